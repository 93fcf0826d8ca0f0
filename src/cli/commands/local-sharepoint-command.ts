import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { DEFAULT_LOCAL_PORT, DEFAULT_LOCAL_SITE_URL, LOCAL_HOST, SITE_ADMIN_EMAIL } from '../../local-sharepoint/local-site-defaults';
import { defineCommand } from '../command';
import { EXIT_OK } from '../exit-codes';
import { flagOption, valueOption } from '../command-option';
import { demoAsOfOption } from '../demo-as-of-option';
import { withFailureContext } from '../failure-context';
import { defaultDataDir, startLocalStack } from '../local-stack';
import { waitForShutdown } from '../process-helpers';
import { tcpPortSchema } from '../tcp-port-schema';

export const localSharePointCommand = defineCommand({
  name: 'local-sharepoint',
  summary: `run the embedded SharePoint stand-in (${DEFAULT_LOCAL_SITE_URL})`,
  options: {
    port: valueOption({ placeholder: 'PORT', schema: tcpPortSchema.default(String(DEFAULT_LOCAL_PORT)), description: `TCP port on ${LOCAL_HOST}; 0 picks a free one` }),
    data: valueOption({ placeholder: 'DIR', schema: z.string().trim().min(1, 'must name a folder').default(() => defaultDataDir()), description: 'the site\'s data folder; TILLIT_DATA_DIR sets the default, else ./.tillit' }),
    empty: flagOption('a site without lists: nothing is provisioned or seeded'),
    'as-of': demoAsOfOption
  },
  notes: [
    '--as-of counts on the first run only, when the demo region is written; later starts reuse the data folder.',
    `Sign in with "Authorization: Bearer local:<e-mail>" (the site administrator is ${SITE_ADMIN_EMAIL}).`,
    'TILLIT_LOCAL_FAULTS=429:0.25:2 throttles a share of requests.'
  ],
  async run(options) {
    const context = { dataDir: options.data, dataDirSetting: '--data', portSetting: 'choose another with --port (0 picks a free one)' };
    const site = await withFailureContext(context, () =>
      startLocalStack({
        port: options.port,
        dataDir: options.data,
        empty: options.empty,
        asOf: options['as-of'],
        config: DEFAULT_REGION_CONFIG,
        log: (line) => process.stdout.write(`${line}\n`)
      })
    );
    process.stdout.write(`Local SharePoint: ${site.siteUrl}\n(Ctrl+C stops it.)\n`);
    await waitForShutdown();
    await site.close();
    return EXIT_OK;
  }
});
