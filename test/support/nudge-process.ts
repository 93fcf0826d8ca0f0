import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * One `tillit nudge` process, as an operator (or the app service's schedule) starts it, for the
 * resilience test: its output kept, its end awaited, and a way to kill it without warning (SIGKILL:
 * no handler runs, no log write is finished — the crash R-NDG-4 must survive).
 */
export interface NudgeProcess {
  readonly child: ChildProcess;
  /** Resolves when the process has ended: its exit code, or the signal that killed it. */
  readonly ended: Promise<{ readonly code: number | undefined; readonly signal: NodeJS.Signals | undefined }>;
  output(): string;
  kill(): void;
}

const CLI = join(__dirname, '../../src/cli/tillit.cjs');

/** The Agents SDK reads its app settings case-insensitively: none of them, so the connector is called anonymously (only the stand-in accepts that). */
const AGENT_SETTINGS = new Set(['clientid', 'clientsecret', 'tenantid', 'certpemfile', 'certkeyfile']);

export function startNudgeProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): NudgeProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !AGENT_SETTINGS.has(name.toLowerCase())));
  const child = spawn(process.execPath, [CLI, 'nudge', ...args], {
    env: { ...inherited, TILLIT_DEBUG: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const ended = new Promise<{ code: number | undefined; signal: NodeJS.Signals | undefined }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code: code ?? undefined, signal: signal ?? undefined }));
  });
  return {
    child,
    ended,
    output: () => output,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  };
}
