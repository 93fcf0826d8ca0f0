import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/* `npm start` reports a failure as `tillit` does: one sentence with what to do, exit code 1. */

const START = join(__dirname, '../../src/cli/start.ts');

function start(env: Record<string, string>): { status: number | undefined; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', START], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: join(__dirname, '../..'),
    env: { ...process.env, TILLIT_DEBUG: '', ...env }
  });
  return { status: result.status ?? undefined, stdout: result.stdout, stderr: result.stderr };
}

describe('npm start', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-start-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names a damaged database and its folder, and says what to do', () => {
    writeFileSync(join(dataDir, 'site.sqlite'), 'not a database, '.repeat(100));
    const result = start({ TILLIT_DATA_DIR: dataDir, TILLIT_LOCAL_SHAREPOINT_PORT: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `tillit: The local site's database in ${dataDir} is damaged or not a Tillit database (file is not a database): move the folder away, or delete it to start over with a new demo region.\n`
    );
  }, 60_000);

  it('names a wrong environment variable', () => {
    const result = start({ TILLIT_DATA_DIR: dataDir, TILLIT_LOCAL_SHAREPOINT_PORT: 'many' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^tillit: The environment is invalid: TILLIT_LOCAL_SHAREPOINT_PORT: must be a TCP port.*Correct it and try again\.\n$/);
  }, 60_000);
});
