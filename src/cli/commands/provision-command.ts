import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { provisionSite } from '../../sharepoint/provisioning/provision-site';
import { parseOptions, type Command } from '../command';
import { connectToSite, DEFAULT_LOCAL_SITE, siteConnection, siteOptionSchema } from '../site-connection-options';

const schema = z.object({ site: siteOptionSchema.default(DEFAULT_LOCAL_SITE), as: z.string().email('--as must be an e-mail address').optional() });

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'create or complete the Tillit lists on a site (idempotent)',
  usage: [
    'tillit provision [--site URL] [--as EMAIL]',
    '',
    `  --site  the site (default ${DEFAULT_LOCAL_SITE}); SharePoint Online needs TILLIT_ACCESS_TOKEN`,
    '  --as    local SharePoint only: whom to sign in as (default admin@tillit.local)',
    '',
    'A second run changes nothing; a changed schema adds what is missing. Every change is printed.'
  ].join('\n'),
  async run(argv) {
    const options = parseOptions(argv, { site: { type: 'string' }, as: { type: 'string' } }, schema, 'provision');
    const sp = connectToSite(siteConnection(options.site, options.as));
    const report = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    for (const change of report.changes) process.stdout.write(`  ${change}\n`);
    process.stdout.write(report.changes.length === 0 ? 'The site already matches the schemas; nothing changed.\n' : `${report.changes.length} changes.\n`);
    return 0;
  }
};
