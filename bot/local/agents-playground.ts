import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PLAYGROUND_PERSONAL_CHAT_ID, playgroundConfig } from './playground-personas';

export interface PlaygroundOptions {
  /** The bot's endpoint, `http://127.0.0.1:3978/api/messages`. */
  readonly botEndpoint: string;
  /** Agents Playground's port (its default is 56150); 0 is not supported by the tool: it then picks its own. */
  readonly port: number;
  /** A folder of Tillit's own for the generated `.m365agentsplayground.yml` (the tool reads it from its working directory). */
  readonly workDir: string;
  readonly log: (line: string) => void;
  /** How long to wait for it to listen; its first start unpacks a 15 MB bundle. */
  readonly startTimeoutMs?: number;
}

export interface RunningPlayground {
  /** `http://127.0.0.1:56150` */
  readonly url: string;
  readonly port: number;
  /** The personal chat's fixed id (DESIGN.md: without it the id is random at each start). */
  readonly personalChatId: string;
  /** How long it took to listen, in ms (reported by `npm start` and the tests). */
  readonly startMs: number;
  stop(): Promise<void>;
}

const PLAYGROUND_CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const LOOPBACK_ONLY = path.join(__dirname, 'loopback-only.cjs');

/**
 * Microsoft 365 Agents Playground, offline (DESIGN.md): no browser opened, no telemetry, the mocked
 * connector at its own `/_connector`, the personal chat at a fixed id, the users from the demo
 * region (playground-personas.ts). It falls back to a random port when the one asked for is taken,
 * so the port is read from what it prints. Stopped with SIGTERM, then SIGKILL.
 */
export async function startAgentsPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  await mkdir(options.workDir, { recursive: true });
  await writeFile(path.join(options.workDir, '.m365agentsplayground.yml'), `${JSON.stringify(playgroundConfig(), null, 2)}\n`, 'utf8');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--require', LOOPBACK_ONLY, PLAYGROUND_CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry', '--service-url', `http://127.0.0.1:${options.port}/_connector`, '--conversation-id', PLAYGROUND_PERSONAL_CHAT_ID],
    {
      cwd: options.workDir,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  const port = await listeningPort(child, options.startTimeoutMs ?? 60_000, options.log);
  if (port !== options.port) {
    await stopChild(child);
    throw new Error(`Agents Playground could not have port ${options.port} (it chose ${port}): set TILLIT_PLAYGROUND_PORT to a free port.`);
  }
  const startMs = performance.now() - started;
  return { url: `http://127.0.0.1:${port}`, port, personalChatId: PLAYGROUND_PERSONAL_CHAT_ID, startMs, stop: () => stopChild(child) };
}

function listeningPort(child: ChildProcess, timeoutMs: number, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    // A timeout is reported as the child's error, so one handler ends the wait either way.
    const timer = setTimeout(() => child.emit('error', new Error(`Agents Playground did not start within ${timeoutMs / 1000} s. Its output:\n${output}`)), timeoutMs);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        // Later output (its own errors) goes to the log, prefixed, never to a test's stdout unasked.
        child.stdout?.on('data', (later: Buffer) => log(`playground: ${later.toString('utf8').trimEnd()}`));
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => fail(new Error(`Agents Playground exited (${String(code)}) before it listened. Its output:\n${output}`)));
    child.once('error', fail);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
