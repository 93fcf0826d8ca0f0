/**
 * The first start's writer, on its own thread: the repositories (PnPjs) build and read the $batch
 * requests here while the local SharePoint answers them on the main thread, so the two use two
 * cores instead of taking turns on one. Started by local-stack.ts through first-start-worker.cjs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { firstStartJobSchema, runFirstStart, type FirstStartMessage } from './first-start';
import { PhaseClock } from './phase-clock';

function post(message: FirstStartMessage): void {
  parentPort?.postMessage(message);
}

async function main(): Promise<void> {
  const parsed = firstStartJobSchema.safeParse(workerData);
  if (!parsed.success) throw new Error(`The first start was handed a job it cannot read: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const log = (line: string): void => post({ kind: 'line', line });
  const clock = new PhaseClock(log);
  await runFirstStart(parsed.data, clock, log);
  post({ kind: 'done', phases: [...clock.phases] });
}

main().catch((error: unknown) => {
  post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
});
