import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { isoDateSchema } from '../../domain/shared/calendar';
import { parseOptions, type Command } from '../command';
import { todayInStockholm } from '../process-helpers';
import { seedDemoRegion } from '../seed-demo-region';
import { DEFAULT_LOCAL_SITE, siteConnection, siteOptionSchema } from '../site-connection-options';

const schema = z.object({
  site: siteOptionSchema.default(DEFAULT_LOCAL_SITE),
  'as-of': isoDateSchema.optional(),
  scale: z.coerce.number().positive('--scale must be above 0').max(4, '--scale is at most 4').default(1),
  seed: z.coerce.number().int().min(0).default(1)
});

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'write the deterministic demo region into an empty, provisioned site',
  usage: [
    'tillit seed-demo [--site URL] [--as-of YYYY-MM-DD] [--scale 1] [--seed 1]',
    '',
    '  --as-of  the demo\'s "today": what is overdue is overdue on this day (default: today in Stockholm)',
    '  --scale  1 ≈ 4,000 staff, 700 systems, 1,500 assets, 800 processing activities; 0.05 for a small site',
    '  --seed   another seed gives another, equally deterministic region',
    '',
    'Refuses a site whose registers hold data. Acknowledgements are written by their signers, which',
    'only the local SharePoint allows.'
  ].join('\n'),
  async run(argv) {
    const options = parseOptions(argv, { site: { type: 'string' }, 'as-of': { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' } }, schema, 'seed-demo');
    const report = await seedDemoRegion(
      siteConnection(options.site, undefined),
      { asOf: options['as-of'] ?? todayInStockholm(), scale: options.scale, seed: options.seed },
      DEFAULT_REGION_CONFIG,
      (line) => process.stdout.write(`${line}\n`)
    );
    for (const [register, count] of Object.entries(report.written)) process.stdout.write(`  ${register}: ${count}\n`);
    for (const line of report.skipped) process.stdout.write(`  skipped: ${line}\n`);
    return 0;
  }
};
