import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SITE_ADMIN_EMAIL } from '../../src/local-sharepoint/local-site-defaults';

const TILLIT = join(__dirname, '../../src/cli/tillit.cjs');

function tillit(args: string[]): { status: number | undefined; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TILLIT, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status ?? undefined, stdout: result.stdout, stderr: result.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function waitForSiteUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no site URL within 60 s; output:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local SharePoint: (http:\/\/127\.0\.0\.1:\d+\/sites\/tillit)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${String(code)} before listening:\n${output}`)));
  });
}

describe('the tillit command line', () => {
  it('refuses to serve production without its settings, naming each one on its own line (README, Production)', () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TILLIT_')));
    const result = spawnSync(process.execPath, [TILLIT, 'serve'], { encoding: 'utf8', timeout: 120_000, env });
    expect(result.status).toBe(1);
    for (const name of ['TILLIT_SITE_URL', 'TILLIT_APP_CLIENT_ID', 'TILLIT_APP_CERT_PEM_FILE', 'TILLIT_ACKNOWLEDGEMENT_KEY', 'TILLIT_BOT_CLIENT_ID']) {
      expect(result.stderr.split('\n')).toContainEqual(expect.stringMatching(/^ {2}- TILLIT_[A-Z_]+: /));
      expect(result.stderr.split('\n').some((line) => line.startsWith(`  - ${name}: `))).toBe(true);
    }
  }, 60_000);

  it('names a bad option and shows the usage, with exit code 2', () => {
    const result = tillit(['local-sharepoint', '--port', 'many']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/port/);
    expect(result.stderr).toMatch(/tillit local-sharepoint \[--port PORT\]/);
    expect(result.stderr).toMatch(/--port PORT +TCP port .*\(default: 4321\)/);
  }, 60_000);

  it('says, in one sentence and without a stack, that nothing answers at a local site; exit code 1', async () => {
    const port = await freePort();
    const result = tillit(['provision', '--site', `http://127.0.0.1:${port}/sites/tillit`]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`tillit provision: Nothing answers at 127.0.0.1:${port}: start the local SharePoint first ('npm start' or 'tillit local-sharepoint'), or give the right --site.\n`);
  }, 60_000);

  it('refuses a SharePoint Online site without an access token', () => {
    const result = tillit(['provision', '--site', 'https://region.sharepoint.com/sites/tillit']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/TILLIT_ACCESS_TOKEN/);
  }, 60_000);

  describe('local-sharepoint --empty, then provision twice', () => {
    let dataDir: string;
    let child: ChildProcessWithoutNullStreams;

    beforeAll(() => {
      dataDir = mkdtempSync(join(tmpdir(), 'tillit-cli-'));
    });

    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('serves an empty site on 127.0.0.1, which provision fills once and then leaves alone', async () => {
      child = spawn(process.execPath, [TILLIT, 'local-sharepoint', '--port', '0', '--empty', '--data', dataDir]);
      const siteUrl = await waitForSiteUrl(child);

      const lists = await fetch(`${siteUrl}/_api/web/lists`, { headers: { Authorization: `Bearer local:${SITE_ADMIN_EMAIL}`, Accept: 'application/json' } });
      expect(((await lists.json()) as { value: unknown[] }).value).toEqual([]);

      const first = tillit(['provision', '--site', siteUrl]);
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/Lists\/Assets: list created/);
      const second = tillit(['provision', '--site', siteUrl]);
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/nothing changed/);

      const anonymous = await fetch(`${siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
      expect(anonymous.status).toBe(401);

      // A second stand-in on the same port: one sentence with what to do, no stack trace.
      const port = new URL(siteUrl).port;
      const clash = tillit(['local-sharepoint', '--port', port, '--empty', '--data', join(dataDir, 'second')]);
      expect(clash.status).toBe(1);
      expect(clash.stderr).toBe(`tillit local-sharepoint: Port ${port} is in use: stop the other Tillit (or whatever listens there) or choose another with --port (0 picks a free one).\n`);
    }, 120_000);
  });
});
