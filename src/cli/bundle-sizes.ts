import { gzipSync } from 'node:zlib';
import { z } from 'zod';

/**
 * The size of each web part's bundle as SharePoint serves it: the raw file and gzipped (SharePoint's
 * CDN and IIS send scripts gzipped). Issue 7 aims at 150 KB gzipped or less per web part; a bundle
 * above the aim is reported, not refused, because the issue names it an aim.
 */
export const GZIPPED_AIM_BYTES = 150_000;

/** The part of a built component manifest (release/manifests/<id>.manifest.json) that names its bundle. */
export const builtManifestSchema = z.object({
  alias: z.string().min(1),
  componentType: z.string(),
  loaderConfig: z.object({
    entryModuleId: z.string().min(1),
    scriptResources: z.record(z.object({ type: z.string(), path: z.string().optional() }).passthrough())
  })
});
export type BuiltManifest = z.infer<typeof builtManifestSchema>;

export interface BundleSize {
  readonly webPart: string;
  readonly file: string;
  readonly rawBytes: number;
  readonly gzippedBytes: number;
}

/** The file of a web part's entry module; a manifest that names none is a broken build, said so. */
export function entryFileOf(manifest: BuiltManifest): string {
  const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
  if (entry?.type !== 'path' || entry.path === undefined) {
    throw new Error(`The manifest of ${manifest.alias} names no file for its entry module ${manifest.loaderConfig.entryModuleId}.`);
  }
  return entry.path;
}

/** Gzip at zlib's default level, the level web servers use unless told otherwise. */
export function measureBundle(webPart: string, file: string, contents: Uint8Array): BundleSize {
  return { webPart, file, rawBytes: contents.byteLength, gzippedBytes: gzipSync(contents).byteLength };
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** One aligned line per web part, largest gzipped first, and a warning line for each above the aim. */
export function formatBundleSizes(sizes: readonly BundleSize[], aimBytes: number = GZIPPED_AIM_BYTES): string[] {
  const sorted = [...sizes].sort((a, b) => b.gzippedBytes - a.gzippedBytes);
  const width = Math.max('web part'.length, ...sorted.map((size) => size.webPart.length));
  const lines = [`${'web part'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzipped'.padStart(10)}`];
  for (const size of sorted) {
    lines.push(`${size.webPart.padEnd(width)}  ${kilobytes(size.rawBytes).padStart(10)}  ${kilobytes(size.gzippedBytes).padStart(10)}`);
  }
  for (const size of sorted.filter((candidate) => candidate.gzippedBytes > aimBytes)) {
    lines.push(`Warning: ${size.webPart} is ${kilobytes(size.gzippedBytes)} gzipped, above the aim of ${kilobytes(aimBytes)} (issue 7).`);
  }
  return lines;
}
