import { loadRegionConfig } from '../../config/load-region-config';
import type { RegionConfig } from '../../config/region-config';
import type { BrowserSite } from '../../sharepoint/browser/browser-site';
import { readSignedInPerson, type SignedInPerson } from '../../sharepoint/browser/signed-in-person';
import { registerRepositories, type RegisterRepositories } from '../../sharepoint/repositories/register-repositories';
import type { AppServiceClient } from './app-service-client';

/**
 * What every web part component may use (DESIGN.md habit 3: components receive repositories, they
 * do not build queries). Built once per web part by `createWebPartServices`, from the SPFx context
 * on a page and from the app service's pass-through in the workbench: the same services either way.
 */
export interface WebPartServices {
  readonly config: RegionConfig;
  readonly registers: RegisterRepositories;
  readonly signedInPerson: () => Promise<SignedInPerson>;
  /** The app service's API: what a person does only through Tillit (signing, snoozing, their tasks). */
  readonly appService: AppServiceClient;
}

export function createWebPartServices(site: BrowserSite, appService: AppServiceClient, config: RegionConfig = loadRegionConfig()): WebPartServices {
  let registers: RegisterRepositories | undefined;
  return {
    config,
    // Built on first use: a web part that shows only configuration never pays for the register mappers' set-up.
    get registers(): RegisterRepositories {
      registers ??= registerRepositories(site.sp, site.sitePath);
      return registers;
    },
    signedInPerson: () => readSignedInPerson(site),
    appService
  };
}
