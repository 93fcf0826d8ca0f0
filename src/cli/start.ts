/**
 * `npm start`: Tillit locally on the embedded default — no tenant, no internet. Starts the local
 * SharePoint (provisioned and holding the demo region from the first run on) and keeps it running
 * and the app service with the workbench and the bot (src/cli/app-service-start.ts), and Agents
 * Playground pointed at the bot, until Ctrl+C. The Teams tab joins here as its issue lands.
 */
import { z } from 'zod';
import { DEFAULT_REGION_CONFIG } from '../config/default-region';
import { isoDateSchema } from '../domain/shared/calendar';
import { parseOrThrow } from '../domain/shared/validation';
import { DEFAULT_LOCAL_PORT, SITE_ADMIN_EMAIL } from '../local-sharepoint/local-site-defaults';
import { startLocalAppService } from './app-service-start';
import { DEFAULT_PLAYGROUND_PORT, startLocalPlayground } from './playground-start';
import { withFailureContext } from './failure-context';
import { defaultDataDir, startLocalStack } from './local-stack';
import { todayInStockholm, waitForShutdown } from './process-helpers';
import { reportFailure } from './report-failure';
import { tcpPortSchema } from './tcp-port-schema';

const environmentSchema = z.object({
  TILLIT_LOCAL_SHAREPOINT_PORT: tcpPortSchema.default(String(DEFAULT_LOCAL_PORT)),
  TILLIT_DEMO_AS_OF: isoDateSchema.optional(),
  /** Agents Playground's port (its own default); 127.0.0.1 only. */
  TILLIT_PLAYGROUND_PORT: tcpPortSchema.default(String(DEFAULT_PLAYGROUND_PORT))
});

async function main(): Promise<void> {
  const environment = parseOrThrow(environmentSchema, process.env, 'The environment');
  const log = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  log('Tillit — lokal körning / local run');
  const dataDir = defaultDataDir();
  const context = { dataDir, dataDirSetting: 'TILLIT_DATA_DIR', portSetting: 'set TILLIT_LOCAL_SHAREPOINT_PORT' };
  const site = await withFailureContext(context, () =>
    startLocalStack({
      port: environment.TILLIT_LOCAL_SHAREPOINT_PORT,
      dataDir,
      empty: false,
      asOf: environment.TILLIT_DEMO_AS_OF ?? todayInStockholm(),
      config: DEFAULT_REGION_CONFIG,
      log
    })
  );
  log('');
  log(`Local SharePoint:  ${site.siteUrl}`);
  log('  Sign in with the header "Authorization: Bearer local:<e-mail>", e.g. local:asa.lindstrom@regionexempel.se (security coordinator).');
  log(`  Try: curl -H "Authorization: Bearer local:${SITE_ADMIN_EMAIL}" -H "Accept: application/json" "${site.siteUrl}/_api/web/lists?\\$select=Title,ItemCount"`);
  const appService = await withFailureContext({ portSetting: 'set TILLIT_APP_PORT' }, () => startLocalAppService(site.siteUrl, DEFAULT_REGION_CONFIG, site.acknowledgementKey, log)).catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  const playground = await withFailureContext({ portSetting: 'set TILLIT_PLAYGROUND_PORT' }, () => startLocalPlayground(appService.url, environment.TILLIT_PLAYGROUND_PORT, dataDir, log)).catch(async (error: unknown) => {
    await appService.close();
    await site.close();
    throw error;
  });
  log('');
  log('Not part of the local run yet (its issue is open): the Teams tab for the security council.');
  log('Ctrl+C stops Tillit.');
  await waitForShutdown();
  await playground?.stop();
  await appService.close();
  await site.close();
}

main().catch((error: unknown) => {
  process.exitCode = reportFailure('tillit', error, { write: (text) => process.stderr.write(text) });
});
