import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrowserBundles, DEFAULT_BUNDLE_DIR } from '../../bot/browser-bundles';
import { seedDemoDataDir, TEMPLATE_ENV } from './harness/demo-site';

/**
 * Once per browser-test run: the demo region is seeded into a template data folder that every test
 * file copies (seeding is the slow part of a file's start), and the browser bundles are built.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const template = await mkdtemp(join(tmpdir(), 'tillit-e2e-template-'));
  await seedDemoDataDir(template);
  process.env[TEMPLATE_ENV] = template;
  const bundles = await buildBrowserBundles(DEFAULT_BUNDLE_DIR);
  process.stderr.write(`\nBrowser tests: demo region seeded and bundles ${bundles.reused ? 'found current' : 'built'} in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}
