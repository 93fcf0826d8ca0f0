import type { ListPermissions } from './list-schema';

/**
 * The permission patterns the lists share (R-SEC-1). Information and system owners who edit their
 * own registers' items through the app are members: the app writes with the user's own token, so
 * SharePoint, not the UI, is what stops an edit.
 */

/** A register the whole region may read, kept by the coordinators. */
export const REGISTER_PERMISSIONS: ListPermissions = {
  read: ['owners', 'members', 'visitors'],
  edit: ['owners', 'members'],
  itemLevel: 'all'
};

/** Kept by the security coordinator alone (the organisation tree, role assignments, documents to sign). */
export const COORDINATOR_PERMISSIONS: ListPermissions = {
  read: ['owners', 'members', 'visitors'],
  edit: ['owners'],
  itemLevel: 'all'
};

/** Not for the whole region: risks map the region's weaknesses; minutes may too. */
export const RESTRICTED_PERMISSIONS: ListPermissions = {
  read: ['owners', 'members'],
  edit: ['owners', 'members'],
  itemLevel: 'all'
};

/** Operational data of the bot and the nudge run, written with the app's own identity. */
export const OPERATIONS_PERMISSIONS: ListPermissions = {
  read: ['owners'],
  edit: ['owners'],
  itemLevel: 'all'
};
