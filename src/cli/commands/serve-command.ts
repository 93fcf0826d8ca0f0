import { productionSettingsFrom } from '../../../bot/production/production-settings';
import { startProductionAppService } from '../../../bot/production/production-start';
import { defineCommand } from '../command';
import { EXIT_OK } from '../exit-codes';
import { waitForShutdown } from '../process-helpers';

/** The production start of the app service; its settings are the environment's (README, "Production"). */
export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'run the app service for SharePoint Online and Teams (production): the API, the bot and the daily nudge run',
  options: {},
  notes: [
    'Settings from the environment (README, "Production"); a start with any missing or wrong stops and names them all:',
    '  TILLIT_SITE_URL            the Tillit site, https://<tenant>.sharepoint.com/sites/<name>',
    '  TILLIT_TENANT_ID           the region\'s Entra tenant id',
    '  TILLIT_APP_CLIENT_ID       the app service\'s Entra app (Sites.Selected on the site; exposes access_as_user)',
    '  TILLIT_APP_CERT_PEM_FILE, TILLIT_APP_CERT_KEY_FILE   its certificate and private key (SharePoint refuses secrets app-only)',
    '  TILLIT_API_AUDIENCE        the app\'s application ID URI, as the Teams app\'s appIdUri (default api://<TILLIT_APP_CLIENT_ID>)',
    '  TILLIT_ACKNOWLEDGEMENT_KEY the acknowledgement chain\'s key, base64 of 32 bytes, from the key vault',
    '  TILLIT_BOT_CLIENT_ID, TILLIT_BOT_TENANT_ID and TILLIT_BOT_CLIENT_SECRET or TILLIT_BOT_CERT_PEM_FILE + _KEY_FILE: the bot',
    '  optional: TILLIT_REGION_CONFIG_FILE (JSON overrides of the defaults), TILLIT_MY_TASKS_URL (the My tasks page),',
    '  TILLIT_APP_HOST (default 127.0.0.1), TILLIT_APP_PORT (default 3978), TILLIT_AUTHORITY_HOST (national clouds).',
    'For the local stack use npm start.'
  ],
  async run() {
    const settings = productionSettingsFrom(process.env);
    const service = await startProductionAppService(settings, (line) => process.stdout.write(`${line}\n`));
    await waitForShutdown();
    await service.close();
    return EXIT_OK;
  }
});
