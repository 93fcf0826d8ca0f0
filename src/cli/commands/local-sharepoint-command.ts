import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { isoDateSchema } from '../../domain/shared/calendar';
import { parseOptions, type Command } from '../command';
import { defaultDataDir, startLocalStack } from '../local-stack';
import { todayInStockholm, waitForShutdown } from '../process-helpers';

const schema = z.object({
  port: z.coerce.number().int().min(0).max(65535, '--port must be a TCP port (0–65535)').default(4321),
  data: z.string().min(1).optional(),
  empty: z.boolean().default(false),
  'as-of': isoDateSchema.optional()
});

export const localSharePointCommand: Command = {
  name: 'local-sharepoint',
  summary: 'run the embedded SharePoint stand-in (http://127.0.0.1:4321/sites/tillit)',
  usage: [
    'tillit local-sharepoint [--port 4321] [--data DIR] [--empty] [--as-of YYYY-MM-DD]',
    '',
    '  --port    TCP port on 127.0.0.1 (default 4321; 0 picks a free one)',
    '  --data    data folder (default $TILLIT_DATA_DIR or ./.tillit)',
    '  --empty   a site without lists: nothing is provisioned or seeded',
    '  --as-of   the demo region\'s "today" on its first run (default: today in Stockholm)',
    '',
    'Sign in with "Authorization: Bearer local:<e-mail>". TILLIT_LOCAL_FAULTS=429:0.25:2 throttles a share of requests.'
  ].join('\n'),
  async run(argv) {
    const options = parseOptions(
      argv,
      { port: { type: 'string' }, data: { type: 'string' }, empty: { type: 'boolean' }, 'as-of': { type: 'string' } },
      schema,
      'local-sharepoint'
    );
    const site = await startLocalStack({
      port: options.port,
      dataDir: options.data ?? defaultDataDir(),
      empty: options.empty,
      asOf: options['as-of'] ?? todayInStockholm(),
      config: DEFAULT_REGION_CONFIG,
      log: (line) => process.stdout.write(`${line}\n`)
    });
    process.stdout.write(`Local SharePoint: ${site.siteUrl}\n(Ctrl+C stops it.)\n`);
    await waitForShutdown();
    await site.close();
    return 0;
  }
};
