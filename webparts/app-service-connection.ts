import { AadHttpClient, type AadHttpClientFactory } from '@microsoft/sp-http';

import { readAppServiceSetting } from '../src/sharepoint/browser/app-service-setting';
import type { BrowserSite } from '../src/sharepoint/browser/browser-site';
import { appServiceClient, type AppServiceClient } from '../src/ui/shell/app-service-client';

/**
 * On a SharePoint page or in Teams: the app service's API, called with an Entra token for the
 * signed-in person (SPFx's AadHttpClient; the API permission is requested in package-solution.json).
 * Where the app service is comes from a tenant property, read on the first call.
 */
export function aadAppService(site: BrowserSite, factory: AadHttpClientFactory): AppServiceClient {
  let connection: Promise<{ client: AadHttpClient; url: string }> | undefined;
  const connect = (): Promise<{ client: AadHttpClient; url: string }> => {
    connection ??= readAppServiceSetting(site).then(async (setting) => ({ client: await factory.getClient(setting.resource), url: setting.url.replace(/\/$/, '') }));
    return connection;
  };
  return appServiceClient(async (path, init) => {
    const { client, url } = await connect();
    return client.fetch(`${url}${path}`, AadHttpClient.configurations.v1, {
      method: init.method,
      body: init.body,
      headers: init.body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' }
    });
  });
}
