import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security/list';
import { PermissionKind, type IBasePermissions } from '@pnp/sp/security';
import { z } from 'zod';
import { translateErrors } from '../sharepoint-errors';
import type { IList } from '@pnp/sp/lists';

/** What the signed-in person may do in one list, as SharePoint decides it (R-SEC-1): the UI offers only these. */
export interface ListAbilities {
  readonly view: boolean;
  readonly add: boolean;
  readonly edit: boolean;
  readonly remove: boolean;
}

const basePermissionsSchema = z.object({ High: z.union([z.string(), z.number()]), Low: z.union([z.string(), z.number()]) });

/** The signed-in person's EffectiveBasePermissions on the repository's list. */
export async function readListAbilities(list: IList, what: string): Promise<ListAbilities> {
  const answer = await translateErrors(what, () => list.getCurrentUserEffectivePermissions());
  const parsed = basePermissionsSchema.parse(answer);
  const permissions: IBasePermissions = { High: Number(parsed.High), Low: Number(parsed.Low) };
  // @pnp/sp's own decoding of the two 32-bit halves (sp.js' arithmetic), not a copy of it.
  const has = (kind: PermissionKind): boolean => list.hasPermissions(permissions, kind);
  return {
    view: has(PermissionKind.ViewListItems),
    add: has(PermissionKind.AddListItems),
    edit: has(PermissionKind.EditListItems),
    remove: has(PermissionKind.DeleteListItems)
  };
}

/**
 * Whether SharePoint lets `loginName` read every item of a list despite item-level permissions
 * ("Override list behaviours", CancelCheckout: the site's owners and administrators). The app
 * service asks this with its own identity, to grant through its API no more than SharePoint grants
 * the same person directly (R-SEC-1).
 */
export async function readsEveryItem(list: IList, loginName: string, what: string): Promise<boolean> {
  const answer = await translateErrors(what, () => list.getUserEffectivePermissions(loginName));
  const parsed = basePermissionsSchema.parse(answer);
  const permissions: IBasePermissions = { High: Number(parsed.High), Low: Number(parsed.Low) };
  return list.hasPermissions(permissions, PermissionKind.ViewListItems) && list.hasPermissions(permissions, PermissionKind.CancelCheckout);
}
