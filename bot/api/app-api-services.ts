import type { SPFI } from '@pnp/sp';
import type { RegionConfig } from '../../src/config/region-config';
import { DEFAULT_MAPPING_CONTEXT } from '../../src/sharepoint/mappers/sharepoint-item';
import { registerRepositories, type RegisterRepositories } from '../../src/sharepoint/repositories/register-repositories';
import { connectToSite } from '../../src/sharepoint/sp-factory';
import type { Seal } from '../../src/domain/acknowledgements/acknowledgement-chain';
import { AcknowledgementChainStore } from '../../src/sharepoint/acknowledgements/acknowledgement-chain-store';
import { signedInAccount } from '../../src/sharepoint/acknowledgements/site-identity';
import type { CallerOf } from '../http/caller-identity';

/**
 * What the app service's API routes use (DESIGN.md habit 3, narrowed per route with Pick<>): the
 * Tillit site reached with the app's own identity, the region's configuration, who is calling, and
 * the clock. The routes decide on the caller's behalf only what the caller may do (R-SEC-1).
 */
export interface AppApiServices {
  /** The Tillit site, signed in as the app (APP_PRINCIPAL_EMAIL locally, an app-only token on SharePoint Online). */
  readonly site: SPFI;
  /** `/sites/tillit` */
  readonly sitePath: string;
  /** Every list's repository, with the app's identity. */
  readonly registers: RegisterRepositories;
  readonly config: RegionConfig;
  readonly callerOf: CallerOf;
  /** The clock: routes never read Date.now() themselves, so tests set the day (DESIGN.md habit 1). */
  readonly now: () => Date;
  readonly log: (line: string) => void;
  /**
   * The keyed seal of the acknowledgement chain (R-ACK, R-SEC-4) and the one writer of the chain in
   * this process; undefined without a key (signing and verification then answer 503).
   */
  readonly acknowledgementSeal: Seal | undefined;
  readonly acknowledgementChain: AcknowledgementChainStore | undefined;
  /** The app's own account as SharePoint names it as Author and Editor of what the app writes. */
  readonly appAccount: () => Promise<string>;
}

export interface AppApiConnection {
  /** `https://region.sharepoint.com/sites/tillit`, or the local SharePoint's site. */
  readonly siteUrl: string;
  /** The app's own token for the site (DESIGN.md: only the token differs between SharePoint Online and the stand-in). */
  readonly token: () => Promise<string>;
  readonly callerOf: CallerOf;
  readonly config: RegionConfig;
  readonly log: (line: string) => void;
  readonly now?: () => Date;
  /** The acknowledgement key's seal (src/cli/acknowledgement-key.ts); without it nothing can be signed. */
  readonly acknowledgementSeal?: Seal;
  /** The app's account; read from SharePoint (the signed-in user) when not given. */
  readonly appAccount?: string;
}

/** The API's services over one site connection (the same @pnp/sp stack as the CLI's). */
export function appApiServices(connection: AppApiConnection): AppApiServices {
  const site = connectToSite({ siteUrl: connection.siteUrl, token: connection.token });
  const sitePath = new URL(connection.siteUrl).pathname.replace(/\/$/, '');
  const registers = registerRepositories(site, sitePath, DEFAULT_MAPPING_CONTEXT);
  const seal = connection.acknowledgementSeal;
  let appAccount: Promise<string> | undefined = connection.appAccount === undefined ? undefined : Promise.resolve(connection.appAccount.toLowerCase());
  return {
    site,
    sitePath,
    registers,
    acknowledgementSeal: seal,
    acknowledgementChain: seal === undefined ? undefined : new AcknowledgementChainStore({ sp: site, sitePath, acknowledgements: registers.acknowledgements, settings: registers.settings }, seal),
    appAccount: () => {
      // Asked once; a failure is not remembered, so the next call asks again.
      appAccount ??= signedInAccount(site).catch((error: unknown) => {
        appAccount = undefined;
        throw error;
      });
      return appAccount;
    },
    config: connection.config,
    callerOf: connection.callerOf,
    now: connection.now ?? ((): Date => new Date()),
    log: connection.log
  };
}
