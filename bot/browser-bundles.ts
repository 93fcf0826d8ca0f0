import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { z } from 'zod';

/**
 * The browser bundles the app service serves (DESIGN.md: esbuild for the tab and the workbench; the
 * .sppkg keeps SPFx's webpack). Built at the app service's start, into an ignored folder.
 */
export const BROWSER_BUNDLES = {
  workbench: 'src/workbench/workbench-entry.tsx',
  /** The council's Teams tab (issue 10): /tab/, /tab/config and /tab/my-tasks. */
  tab: 'src/tab/tab-entry.tsx'
} as const;
export type BundleName = keyof typeof BROWSER_BUNDLES;

/**
 * The tab is an ES module split into chunks (issue 10, the first render): the KPI cards come with the
 * entry, while the charts (@fluentui/react-charts, d3) and, in Teams only, MSAL arrive as chunks loaded
 * on demand (dynamic import). The workbench stays one classic script: it is a local tool only.
 */
const SPLIT_BUNDLES: ReadonlySet<BundleName> = new Set<BundleName>(['tab']);

/** Where a split bundle's chunks go, under the output folder: names carry a content hash, so they may be cached for good. */
export const CHUNK_FOLDER = 'chunks';

export interface BuiltFile {
  /** The file name inside the output folder, e.g. `workbench.js` or `chunks/council-charts-ABCD1234.js`. */
  readonly file: string;
  readonly bytes: number;
  /** gzip at level 9, as a server would send it. */
  readonly gzipBytes: number;
}

/** `file` is the entry; `bytes` and `gzipBytes` are what a page loads before it runs: the entry and the chunks it imports statically. */
export interface BuiltBundle extends BuiltFile {
  readonly name: BundleName;
  /** A split bundle's files loaded at the start, the entry first (the page may preload them: no waterfall). */
  readonly initial?: readonly BuiltFile[];
  /** A split bundle's chunks loaded later, when the page asks for them (charts, My tasks, MSAL in Teams). */
  readonly chunks?: readonly BuiltFile[];
}

export interface BuildReport {
  readonly outDir: string;
  readonly bundles: readonly BuiltBundle[];
  readonly milliseconds: number;
  /** True when the bundles in the folder were newer than every file they were built from, and were kept. */
  readonly reused: boolean;
}

/** What a build leaves beside the bundles, so that the next start can tell whether they are current. */
const BUILD_RECORD = 'build-record.json';
const buildRecordSchema = z.object({
  entries: z.record(z.string()),
  split: z.array(z.string()),
  inputs: z.array(z.string()),
  /** Per bundle, the files loaded at its start (relative to the output folder, the entry first). */
  initial: z.record(z.array(z.string()))
});
type BuildRecord = z.infer<typeof buildRecordSchema>;

/** The project's root: bot/ sits at the top level beside src/ (DESIGN.md, Folders). */
export const PROJECT_ROOT = join(__dirname, '..');

export const DEFAULT_BUNDLE_DIR = join(PROJECT_ROOT, 'build', 'browser');

function builtFile(outDir: string, file: string): BuiltFile {
  const content = readFileSync(join(outDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

function bundleFiles(outDir: string, record: BuildRecord): BuiltBundle[] {
  const chunkDir = join(outDir, CHUNK_FOLDER);
  const chunkFiles = existsSync(chunkDir) ? readdirSync(chunkDir).filter((file) => file.endsWith('.js')).sort().map((file) => `${CHUNK_FOLDER}/${file}`) : [];
  return (Object.keys(BROWSER_BUNDLES) as BundleName[]).map((name): BuiltBundle => {
    const entry = builtFile(outDir, `${name}.js`);
    if (!SPLIT_BUNDLES.has(name)) return { name, ...entry };
    const initialNames = record.initial[name] ?? [entry.file];
    const initial = initialNames.map((file) => (file === entry.file ? entry : builtFile(outDir, file)));
    const sum = (key: 'bytes' | 'gzipBytes'): number => initial.reduce((total, file) => total + file[key], 0);
    // Only split bundles write chunks, and only the tab is split: every chunk is the tab's.
    const chunks = chunkFiles.filter((file) => !initialNames.includes(file)).map((file) => builtFile(outDir, file));
    return { name, file: entry.file, bytes: sum('bytes'), gzipBytes: sum('gzipBytes'), initial, chunks };
  });
}

/**
 * The files an ES module entry loads before it runs: itself and, transitively, the chunks it imports
 * statically (esbuild moves code shared with a lazy chunk into such chunks); dynamic imports come later.
 */
function initialFilesOf(metafile: Metafile, outDir: string, entryFile: string): string[] {
  const toOutDir = (output: string): string => relative(outDir, join(PROJECT_ROOT, output)).split(sep).join('/');
  const byFile = new Map(Object.entries(metafile.outputs).map(([output, info]) => [toOutDir(output), info]));
  const found: string[] = [];
  const visit = (file: string): void => {
    if (found.includes(file)) return;
    found.push(file);
    for (const imported of byFile.get(file)?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(toOutDir(imported.path));
  };
  visit(entryFile);
  return found;
}

/** What both builds share: minified, for the browsers SharePoint Online and Teams support. */
const COMMON_OPTIONS: BuildOptions = {
  absWorkingDir: PROJECT_ROOT,
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  // The browsers SharePoint Online and Teams support: current Edge, Chrome, Firefox and Safari (all load ES modules and import()).
  target: ['es2020', 'chrome109', 'edge109', 'firefox115', 'safari15'],
  platform: 'browser',
  jsx: 'transform',
  tsconfig: join(PROJECT_ROOT, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'silent',
  metafile: true
};

function entriesOf(split: boolean): Array<{ in: string; out: string }> {
  return (Object.entries(BROWSER_BUNDLES) as Array<[BundleName, string]>).filter(([name]) => SPLIT_BUNDLES.has(name) === split).map(([name, entry]) => ({ in: entry, out: name }));
}

/** The bundles are current when they were built from the same entries and no input changed since. */
function currentRecord(outDir: string): BuildRecord | undefined {
  const recordPath = join(outDir, BUILD_RECORD);
  if (!existsSync(recordPath)) return undefined;
  const record = buildRecordSchema.safeParse(JSON.parse(readFileSync(recordPath, 'utf8')));
  if (!record.success || JSON.stringify(record.data.entries) !== JSON.stringify(BROWSER_BUNDLES) || JSON.stringify(record.data.split) !== JSON.stringify([...SPLIT_BUNDLES])) return undefined;
  const builtAt = statSync(recordPath).mtimeMs;
  const outputsPresent = Object.values(record.data.initial).every((files) => files.every((file) => existsSync(join(outDir, file))));
  const inputsOlder = record.data.inputs.every((input) => existsSync(join(PROJECT_ROOT, input)) && statSync(join(PROJECT_ROOT, input)).mtimeMs < builtAt);
  return outputsPresent && inputsOlder ? record.data : undefined;
}

/**
 * Builds the bundles unless the folder already holds current ones (a second `npm start`, or the
 * browser test suites after the first, start without rebuilding). `force` always rebuilds.
 */
export async function buildBrowserBundles(outDir: string = DEFAULT_BUNDLE_DIR, force: boolean = false): Promise<BuildReport> {
  const started = Date.now();
  const current = force ? undefined : currentRecord(outDir);
  if (current !== undefined) return { outDir, bundles: bundleFiles(outDir, current), milliseconds: Date.now() - started, reused: true };
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const [classic, split] = await Promise.all([
    build({ ...COMMON_OPTIONS, entryPoints: entriesOf(false), outdir: outDir, format: 'iife' }),
    build({ ...COMMON_OPTIONS, entryPoints: entriesOf(true), outdir: outDir, format: 'esm', splitting: true, chunkNames: `${CHUNK_FOLDER}/[name]-[hash]` })
  ]);
  const metafiles = [classic.metafile, split.metafile].filter((metafile): metafile is Metafile => metafile !== undefined);
  const record: BuildRecord = {
    entries: BROWSER_BUNDLES,
    split: [...SPLIT_BUNDLES],
    // Inputs are relative to absWorkingDir.
    inputs: [...new Set(metafiles.flatMap((metafile) => Object.keys(metafile.inputs)))].sort(),
    initial: Object.fromEntries(
      (Object.keys(BROWSER_BUNDLES) as BundleName[]).map((name) => [name, SPLIT_BUNDLES.has(name) && split.metafile !== undefined ? initialFilesOf(split.metafile, outDir, `${name}.js`) : [`${name}.js`]])
    )
  };
  // The record is written last, so a build cut short is never taken as current.
  writeFileSync(join(outDir, BUILD_RECORD), JSON.stringify(record));
  return { outDir, bundles: bundleFiles(outDir, record), milliseconds: Date.now() - started, reused: false };
}

export function describeBuild(report: BuildReport): string {
  const kb = (file: BuiltFile): string => `${(file.gzipBytes / 1024).toFixed(0)} KB`;
  const sizes = report.bundles
    .map((bundle) => {
      const initial = bundle.initial === undefined || bundle.initial.length < 2 ? '' : ` at the start (${bundle.initial.length} files)`;
      const later = bundle.chunks === undefined || bundle.chunks.length === 0 ? '' : `, + ${bundle.chunks.length} chunks on demand (${kb({ ...bundle, gzipBytes: bundle.chunks.reduce((total, chunk) => total + chunk.gzipBytes, 0) })})`;
      return `${bundle.file} ${kb(bundle)} gzipped${initial}${later}`;
    })
    .join(', ');
  const folder = relative(process.cwd(), report.outDir) || '.';
  return report.reused ? `Browser bundles up to date in ${folder}: ${sizes}.` : `Browser bundles built in ${report.milliseconds} ms into ${folder}: ${sizes}.`;
}
