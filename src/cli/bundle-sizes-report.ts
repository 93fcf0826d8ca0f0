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

/** Chunks webpack split off (e.g. the register's item form): fetched when first needed, not with the page. */
function onDemandSizes(): BundleSize[] {
  return readdirSync(ASSETS)
    .filter((file) => file.startsWith('chunk.') && file.endsWith('.js'))
    .map((file) => measureBundle(file.replace(/^chunk\./, '').replace(/_[0-9a-f]+\.js$/, ''), file, readFileSync(join(ASSETS, file))));
}

try {
  const sizes = webPartSizes();
  if (sizes.length === 0) throw new Error(`${MANIFESTS} holds no web part manifest.`);
  console.log('Loaded with the page:');
  for (const line of formatBundleSizes(sizes)) console.log(line);
  const onDemand = onDemandSizes();
  if (onDemand.length > 0) {
    console.log('Loaded on demand (split chunks):');
    // The aim is for what a page loads; a chunk is reported with the aim of 150 KB as well, as a check that it stays small.
    for (const line of formatBundleSizes(onDemand).map((line) => line.replace(/^web part/, 'chunk   '))) console.log(line);
  }
  console.log(`${PACKAGE}: ${(statSync(PACKAGE).size / 1000).toFixed(1)} KB`);
} catch (error) {
  console.error(`The bundle sizes could not be read (${error instanceof Error ? error.message : String(error)}). Run npm run package first.`);
  process.exitCode = 1;
}
