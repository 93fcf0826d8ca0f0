import { createNestablePublicClientApplication, InteractionRequiredAuthError, type IPublicClientApplication } from '@azure/msal-browser';
import { nestedAppAuth } from '@microsoft/teams-js';

export interface NestedAppAuthSettings {
  readonly clientId: string;
  readonly tenantId: string;
}

/** Asks Entra ID for a token for one resource's scopes as the person signed in to Teams. */
export type TokenFor = (scopes: readonly string[]) => Promise<string>;

/**
 * Nested app authentication in Teams (DESIGN.md, "Sign-in in the tab", verified recipe): TeamsJS is
 * initialised first (teams-host.ts), the host must recommend the NAA channel, then MSAL's nestable
 * client asks silently and, when Entra ID needs the person (consent, MFA), in a popup the host shows.
 * One token per resource: the app service's API scope, and `https://{tenant}.sharepoint.com/.default`.
 */
export async function nestedAppAuthTokens(settings: NestedAppAuthSettings): Promise<TokenFor> {
  if (!nestedAppAuth.isNAAChannelRecommended()) {
    throw new Error('this Teams client does not offer nested app authentication; use a current Teams (web, desktop or mobile)');
  }
  const client: IPublicClientApplication = await createNestablePublicClientApplication({
    auth: { clientId: settings.clientId, authority: `https://login.microsoftonline.com/${settings.tenantId}` }
  });
  return async (scopes) => {
    const request = { scopes: [...scopes], account: client.getActiveAccount() ?? client.getAllAccounts()[0] ?? undefined };
    try {
      return (await client.acquireTokenSilent(request)).accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw error;
      const answer = await client.acquireTokenPopup({ scopes: [...scopes] });
      client.setActiveAccount(answer.account);
      return answer.accessToken;
    }
  };
}
