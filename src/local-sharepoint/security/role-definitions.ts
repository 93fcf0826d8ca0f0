import type { BasePermissions } from './base-permissions';

/**
 * SharePoint Online's built-in permission levels (role definitions) with their own ids, masks,
 * order and descriptions (as `_api/web/roledefinitions` answers them), so provisioning code that
 * names a level by id, and code that reads a binding's BasePermissions, works on both.
 * "View Only" is not here: Tillit never grants it.
 */
export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  /** SP.RoleType: Guest 1, Reader 2, Contributor 3, WebDesigner 4, Administrator 5, Editor 6. */
  readonly roleTypeKind: number;
  readonly order: number;
  readonly hidden: boolean;
  readonly permissions: BasePermissions;
}

export const ROLE_IDS = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825
} as const;

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: ROLE_IDS.fullControl, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, permissions: { high: 2147483647, low: 4294967295 } },
  {
    id: ROLE_IDS.design,
    name: 'Design',
    description: 'Can view, add, update, delete, approve, and customize.',
    roleTypeKind: 4,
    order: 32,
    hidden: false,
    permissions: { high: 432, low: 1012866047 }
  },
  {
    id: ROLE_IDS.edit,
    name: 'Edit',
    description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
    roleTypeKind: 6,
    order: 48,
    hidden: false,
    permissions: { high: 432, low: 1011030767 }
  },
  {
    id: ROLE_IDS.contribute,
    name: 'Contribute',
    description: 'Can view, add, update, and delete list items and documents.',
    roleTypeKind: 3,
    order: 64,
    hidden: false,
    permissions: { high: 432, low: 1011028719 }
  },
  { id: ROLE_IDS.read, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, permissions: { high: 176, low: 138612833 } },
  {
    id: ROLE_IDS.limitedAccess,
    name: 'Limited Access',
    description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    roleTypeKind: 1,
    order: 160,
    hidden: true,
    permissions: { high: 48, low: 134287360 }
  }
];

export function roleDefinition(id: number): RoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((definition) => definition.id === id);
}
