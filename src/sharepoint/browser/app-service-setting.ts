import '@pnp/sp/webs';
import { z } from 'zod';
import type { BrowserSite } from './browser-site';

/** The tenant property (storage entity) that tells Tillit's web parts where the app service is. */
export const APP_SERVICE_STORAGE_KEY = 'TillitAppService';

/**
 * `{ "url": "https://tillit.region.se/api", "resource": "api://tillit.region.se/<client id>" }`:
 * the app service's API base and the Entra resource its tokens are asked for (SPFx's
 * AadHttpClient). A tenant property, set once by the administrator with
 * `m365 spo storageentity set`, because every page of every site uses the same app service.
 */
export const appServiceSettingSchema = z.object({
  url: z.string().url().refine((url) => url.startsWith('https://'), 'must be an https:// address'),
  resource: z.string().trim().min(1)
});
export type AppServiceSetting = z.infer<typeof appServiceSettingSchema>;

export async function readAppServiceSetting(site: BrowserSite): Promise<AppServiceSetting> {
  const entity = (await site.sp.web.getStorageEntity(APP_SERVICE_STORAGE_KEY)) as { Value?: string | null } | undefined;
  const raw = entity?.Value ?? undefined;
  if (raw === undefined || raw === '') {
    throw new Error(`The tenant property ${APP_SERVICE_STORAGE_KEY} is not set: the administrator sets it to {"url": …, "resource": …} (README, "Production").`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`The tenant property ${APP_SERVICE_STORAGE_KEY} is not JSON: ${raw.slice(0, 200)}`);
  }
  const parsed = appServiceSettingSchema.safeParse(value);
  if (!parsed.success) throw new Error(`The tenant property ${APP_SERVICE_STORAGE_KEY} is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}
