import { EMPTY_MASK, FULL_MASK, hasPermission, permissionNames, unionOf, withoutPermissions } from '../../../src/local-sharepoint/security/base-permissions';
import { PermissionKind } from '../../../src/local-sharepoint/security/permission-kind';
import { ROLE_DEFINITIONS } from '../../../src/local-sharepoint/security/role-definitions';

function namesOf(roleName: string): string[] {
  const definition = ROLE_DEFINITIONS.find((candidate) => candidate.name === roleName);
  if (!definition) throw new Error(`No role ${roleName}`);
  return permissionNames(definition.permissions);
}

/**
 * The permission levels' masks decode to the permissions SharePoint Online lists for them (its
 * permission level pages; the same lists appear decoded in SharePoint answers quoted by
 * pnp/cli-microsoft365's tests), so the stand-in's masks are SharePoint's, not invented (R-SEC-1).
 */
describe('SharePoint permission levels and masks', () => {
  it('decodes Read to what a reader may do', () => {
    expect(namesOf('Read')).toEqual([
      'ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'CreateSSCSite', 'BrowseUserInfo',
      'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts'
    ]);
  });

  it('decodes Edit: lists managed, but no approving and no overriding list behaviours', () => {
    expect(namesOf('Edit')).toEqual([
      'ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems', 'OpenItems', 'ViewVersions', 'DeleteVersions', 'ManagePersonalViews',
      'ManageLists', 'ViewFormPages', 'Open', 'ViewPages', 'CreateSSCSite', 'BrowseDirectories', 'BrowseUserInfo', 'AddDelPrivateWebParts',
      'UpdatePersonalWebParts', 'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts', 'EditMyUserInfo'
    ]);
  });

  it('decodes Contribute as Edit without ManageLists, and Design as Edit with approving, customising and CancelCheckout', () => {
    expect(namesOf('Contribute')).toEqual(namesOf('Edit').filter((name) => name !== 'ManageLists'));
    const added = namesOf('Design').filter((name) => !namesOf('Edit').includes(name));
    expect(added).toEqual(['ApproveItems', 'CancelCheckout', 'AddAndCustomizePages', 'ApplyThemeAndBorder', 'ApplyStyleSheets']);
  });

  it('decodes Limited Access to opening, not viewing items; Full Control to every permission', () => {
    expect(namesOf('Limited Access')).toEqual(['ViewFormPages', 'Open', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs']);
    expect(namesOf('Full Control')).toHaveLength(Object.keys(PermissionKind).length - 2);
    expect(hasPermission(FULL_MASK, PermissionKind.FullMask)).toBe(true);
  });

  it('reads and changes bits in both halves of the mask', () => {
    const mask = unionOf({ high: 0, low: 4 }, { high: 0x40000000, low: 0 });
    expect(hasPermission(mask, PermissionKind.EditListItems)).toBe(true);
    expect(hasPermission(mask, PermissionKind.EnumeratePermissions)).toBe(true);
    expect(hasPermission(mask, PermissionKind.ViewListItems)).toBe(false);
    expect(withoutPermissions(mask, PermissionKind.EnumeratePermissions, PermissionKind.EditListItems)).toEqual(EMPTY_MASK);
    expect(withoutPermissions(FULL_MASK, PermissionKind.EditListItems).low).toBe(4294967291);
    expect(hasPermission(EMPTY_MASK, PermissionKind.EmptyMask)).toBe(true);
  });
});
