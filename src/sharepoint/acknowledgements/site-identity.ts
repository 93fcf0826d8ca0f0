import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { SITE_GROUPS } from '../lists/list-schema';
import { SiteGroupMembership } from '../repositories/site-group-membership';
import { claimsLoginOf } from '../repositories/site-people';
import { translateErrors } from '../sharepoint-errors';

/** The e-mail of the account `sp` is signed in as: the app's own, as SharePoint names it as Author and Editor. */
export async function signedInAccount(sp: SPFI): Promise<string> {
  const user = await translateErrors('the signed-in account', () => sp.web.currentUser.select('Email')());
  return String(user.Email).toLowerCase();
}

/**
 * Whether `email` is in the site's owners group (the security coordinator's office, R-SEC-1): those
 * who answer for the list's integrity and see the chain's verification.
 */
export async function isSiteOwner(sp: SPFI, email: string): Promise<boolean> {
  const logins = await new SiteGroupMembership(sp).loginNamesIn(SITE_GROUPS.owners);
  return logins.includes(claimsLoginOf(email).toLowerCase());
}
