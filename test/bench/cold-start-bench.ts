import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { startLocalStack } from '../../src/cli/local-stack';
import { formatPhase } from '../../src/cli/phase-clock';
import { isoDate } from '../../src/domain/shared/calendar';
import { report, timeMs } from './bench-stats';

/**
 * Cold start of the stand-in with the demo region: the first start (provisioning and writing the
 * whole demo region through @pnp/sp), phase by phase as `npm start` prints them, and a restart
 * on the same data folder.
 */
export async function coldStartBench(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tillit-bench-'));
  const options = { port: 0, dataDir, empty: false, asOf: isoDate('2026-11-23'), config: DEFAULT_REGION_CONFIG, log: (): void => undefined };
  try {
    const first = await timeMs(() => startLocalStack(options));
    await first.result.close();
    report('first start with the demo region (provision + seed via @pnp/sp)', { seconds: first.ms / 1000 });
    for (const phase of first.result.phases) process.stdout.write(`${formatPhase(phase)}\n`);
    const again = await timeMs(() => startLocalStack(options));
    const lists = again.result.store.lists().length;
    await again.result.close();
    report('restart on the same data folder', { ms: again.ms, lists });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
