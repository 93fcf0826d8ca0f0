/**
 * `npm run bench`: the speed figures of the rules and the embedded SharePoint, printed (not
 * asserted: a timed unit test on a shared CI machine is noise). Run on an idle machine and quote the figures.
 */
import { coldStartBench } from './cold-start-bench';
import { councilBench } from './council-bench';
import { importBench } from './import-bench';
import { nudgeBench } from './nudge-bench';
import { rulesBench } from './rules-bench';
import { standInBench } from './stand-in-bench';
import { tabBench } from './tab-bench';

const BENCHES: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ['rules', rulesBench],
  ['stand-in', standInBench],
  ['cold-start', coldStartBench],
  ['import', importBench],
  ['nudge', nudgeBench],
  ['council', councilBench],
  ['tab', tabBench]
];

/** `npm run bench` runs them all; `npm run bench -- nudge import` only those named. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES.some(([known]) => known === name));
  if (unknown.length > 0) throw new Error(`no benchmark named ${unknown.join(', ')}; there are ${BENCHES.map(([name]) => name).join(', ')}`);
  process.stdout.write(`Tillit benchmarks — node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const [name, bench] of BENCHES) if (wanted.length === 0 || wanted.includes(name)) await bench();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
