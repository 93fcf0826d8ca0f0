/**
 * `npm run bench`: the speed figures of the rules and the embedded SharePoint, printed (not
 * asserted: a timed unit test on a shared CI machine is noise). Run on an idle machine and quote the figures.
 */
import { coldStartBench } from './cold-start-bench';
import { importBench } from './import-bench';
import { rulesBench } from './rules-bench';
import { standInBench } from './stand-in-bench';

async function main(): Promise<void> {
  process.stdout.write(`Tillit benchmarks — node ${process.version}, ${process.platform}/${process.arch}\n`);
  await rulesBench();
  await standInBench();
  await coldStartBench();
  await importBench();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
