import { startAppService, type AppService } from '../../bot/app-service';
import { appServiceEnvironmentSchema } from '../../bot/app-service-environment';
import { describeBuild } from '../../bot/browser-bundles';
import { parseOrThrow } from '../domain/shared/validation';
import { DEFAULT_WORKBENCH_IDENTITY } from '../workbench/workbench-identities';

/**
 * `npm start`'s second server: the app service beside the local SharePoint, with the workbench and
 * the pass-through (DESIGN.md, "The app service, locally"). Prints where to go.
 */
export async function startLocalAppService(localSiteUrl: string, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<AppService> {
  const environment = parseOrThrow(appServiceEnvironmentSchema, env, 'The environment');
  const service = await startAppService({ port: environment.TILLIT_APP_PORT, localSiteUrl, log });
  log(describeBuild(service.bundles));
  log('');
  log(`App service:       ${service.url}  (the bot at /api/messages arrives with its issue)`);
  log(`Workbench:         ${service.workbenchUrl ?? ''}`);
  log(`  Web parts as on a SharePoint page; choose the demo identity, language and theme at the top (first visit: ${DEFAULT_WORKBENCH_IDENTITY.displayName}).`);
  return service;
}
