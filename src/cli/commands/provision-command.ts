import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { provisionSite } from '../../sharepoint/provisioning/provision-site';
import { defineCommand } from '../command';
import { EXIT_OK } from '../exit-codes';
import { connectToSite, siteConnection, signInAsOption, siteOption } from '../site-connection-options';

export const provisionCommand = defineCommand({
  name: 'provision',
  summary: 'create or complete the Tillit lists on a site (idempotent)',
  options: { site: siteOption, as: signInAsOption },
  notes: ['A second run changes nothing; a changed schema adds what is missing. Every change is printed.'],
  async run(options) {
    const sp = connectToSite(siteConnection(options.site, options.as));
    const report = await provisionSite(sp, DEFAULT_REGION_CONFIG);
    for (const change of report.changes) process.stdout.write(`  ${change}\n`);
    process.stdout.write(report.changes.length === 0 ? 'The site already matches the schemas; nothing changed.\n' : `${report.changes.length} changes.\n`);
    return EXIT_OK;
  }
});
