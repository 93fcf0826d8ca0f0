import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseOrThrow } from '../domain/shared/validation';
import { builtManifestSchema, entryFileOf, formatBundleSizes, measureBundle, type BundleSize } from './bundle-sizes';

/**
 * The last step of `npm run package`: prints each web part's bundle, raw and gzipped, from the files
 * `gulp bundle --ship` wrote to release/ (the ones package-solution puts in the .sppkg), and the
 * package's own size. It reads the real build; it fails only when the build is not there.
 */
const ROOT = join(__dirname, '..', '..');
const MANIFESTS = join(ROOT, 'release', 'manifests');
const ASSETS = join(ROOT, 'release', 'assets');
const PACKAGE = join(ROOT, 'sharepoint', 'solution', 'tillit.sppkg');

function webPartSizes(): BundleSize[] {
  const sizes: BundleSize[] = [];
  for (const name of readdirSync(MANIFESTS).filter((file) => file.endsWith('.manifest.json'))) {
    const manifest = parseOrThrow(builtManifestSchema, JSON.parse(readFileSync(join(MANIFESTS, name), 'utf8')), `The built manifest ${name}`);
    if (manifest.componentType !== 'WebPart') continue;
    const file = entryFileOf(manifest);
    sizes.push(measureBundle(manifest.alias, file, readFileSync(join(ASSETS, file))));
  }
  return sizes;
}

try {
  const sizes = webPartSizes();
  if (sizes.length === 0) throw new Error(`${MANIFESTS} holds no web part manifest.`);
  for (const line of formatBundleSizes(sizes)) console.log(line);
  console.log(`${PACKAGE}: ${(statSync(PACKAGE).size / 1000).toFixed(1)} KB`);
} catch (error) {
  console.error(`The bundle sizes could not be read (${error instanceof Error ? error.message : String(error)}). Run npm run package first.`);
  process.exitCode = 1;
}
