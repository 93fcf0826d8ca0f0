import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { defineCommand } from '../command';
import { EXIT_OK } from '../exit-codes';
import { valueOption } from '../command-option';
import { demoAsOfOption } from '../demo-as-of-option';
import { seedDemoRegion } from '../seed-demo-region';
import { siteConnection, siteOption } from '../site-connection-options';
import { acknowledgementSealFor, keyFileOption } from '../acknowledgement-key-option';

export const seedDemoCommand = defineCommand({
  name: 'seed-demo',
  summary: 'write the deterministic demo region into an empty, provisioned site',
  options: {
    site: siteOption,
    'key-file': keyFileOption,
    'as-of': demoAsOfOption,
    scale: valueOption({
      placeholder: 'N',
      schema: z.coerce.number({ invalid_type_error: 'must be a number' }).positive('must be above 0').max(4, 'must be at most 4').default(1),
      description: '1 ≈ 4,000 staff, 700 systems, 1,500 assets, 800 processing activities; 0.05 for a small site'
    }),
    seed: valueOption({
      placeholder: 'N',
      schema: z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0 or more').default(1),
      description: 'another seed gives another, equally deterministic region'
    })
  },
  notes: [
    'Refuses a site whose registers hold data. Acknowledgements are sealed with the acknowledgement',
    'key and written as the app (locally the app principal; on SharePoint Online the token\'s identity).'
  ],
  async run(options) {
    const report = await seedDemoRegion(
      siteConnection(options.site, undefined),
      { asOf: options['as-of'], scale: options.scale, seed: options.seed, seal: await acknowledgementSealFor(options.site, options['key-file'], true) },
      DEFAULT_REGION_CONFIG,
      (line) => process.stdout.write(`${line}\n`)
    );
    for (const [register, count] of Object.entries(report.written)) process.stdout.write(`  ${register}: ${count}\n`);
    for (const line of report.skipped) process.stdout.write(`  skipped: ${line}\n`);
    return EXIT_OK;
  }
});
