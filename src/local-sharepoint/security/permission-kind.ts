/**
 * SharePoint's SP.PermissionKind: permission n is bit n-1 of the 64-bit BasePermissions mask
 * (Low holds bits 0–31, High bits 32–63). The values are SharePoint's own, the same as PnPjs's
 * `PermissionKind` (packages/sp/security/types.ts), so `currentUserHasPermissions(PermissionKind.X)`
 * reads the stand-in's masks exactly as it reads SharePoint Online's.
 */
export const PermissionKind = {
  EmptyMask: 0,
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  /** "Override List Behaviors": with it, a person reads and edits every item despite ReadSecurity/WriteSecurity 2. */
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
  FullMask: 65
} as const;

export type PermissionKind = (typeof PermissionKind)[keyof typeof PermissionKind];
