import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
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

export interface BuiltBundle {
  readonly name: BundleName;
  /** The file name inside the output folder, e.g. `workbench.js`. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
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
const buildRecordSchema = z.object({ entries: z.record(z.string()), inputs: z.array(z.string()) });

/** The project's root: bot/ sits at the top level beside src/ (DESIGN.md, Folders). */
export const PROJECT_ROOT = join(__dirname, '..');

export const DEFAULT_BUNDLE_DIR = join(PROJECT_ROOT, 'build', 'browser');

function bundleFiles(outDir: string): BuiltBundle[] {
  return (Object.keys(BROWSER_BUNDLES) as BundleName[]).map((name): BuiltBundle => {
    const file = `${name}.js`;
    const content = readFileSync(join(outDir, file));
    return { name, file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}

/** The bundles are current when they were built from the same entries and no input changed since. */
function isCurrent(outDir: string): boolean {
  const recordPath = join(outDir, BUILD_RECORD);
  if (!existsSync(recordPath)) return false;
  const record = buildRecordSchema.safeParse(JSON.parse(readFileSync(recordPath, 'utf8')));
  if (!record.success || JSON.stringify(record.data.entries) !== JSON.stringify(BROWSER_BUNDLES)) return false;
  const builtAt = statSync(recordPath).mtimeMs;
  const outputsPresent = Object.keys(BROWSER_BUNDLES).every((name) => existsSync(join(outDir, `${name}.js`)));
  return outputsPresent && record.data.inputs.every((input) => existsSync(join(PROJECT_ROOT, input)) && statSync(join(PROJECT_ROOT, input)).mtimeMs < builtAt);
}

/**
 * Builds the bundles unless the folder already holds current ones (a second `npm start`, or the
 * browser test suites after the first, start without rebuilding). `force` always rebuilds.
 */
export async function buildBrowserBundles(outDir: string = DEFAULT_BUNDLE_DIR, force: boolean = false): Promise<BuildReport> {
  const started = Date.now();
  if (!force && isCurrent(outDir)) return { outDir, bundles: bundleFiles(outDir), milliseconds: Date.now() - started, reused: true };
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: Object.entries(BROWSER_BUNDLES).map(([name, entry]) => ({ in: entry, out: name })),
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    // The browsers SharePoint Online and Teams support: current Edge, Chrome, Firefox and Safari.
    target: ['es2020', 'chrome109', 'edge109', 'firefox115', 'safari15'],
    format: 'iife',
    platform: 'browser',
    jsx: 'transform',
    tsconfig: join(PROJECT_ROOT, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'silent',
    metafile: true
  });
  // Inputs are relative to absWorkingDir; the record is written last, so a build cut short is never taken as current.
  writeFileSync(join(outDir, BUILD_RECORD), JSON.stringify({ entries: BROWSER_BUNDLES, inputs: Object.keys(result.metafile.inputs) }));
  return { outDir, bundles: bundleFiles(outDir), milliseconds: Date.now() - started, reused: false };
}

export function describeBuild(report: BuildReport): string {
  const sizes = report.bundles.map((bundle) => `${bundle.file} ${(bundle.gzipBytes / 1024).toFixed(0)} KB gzipped`).join(', ');
  const folder = relative(process.cwd(), report.outDir) || '.';
  return report.reused ? `Browser bundles up to date in ${folder}: ${sizes}.` : `Browser bundles built in ${report.milliseconds} ms into ${folder}: ${sizes}.`;
}
