import type Database from 'better-sqlite3';
import { ROLE_IDS } from '../security/role-definitions';
import { SqliteStore } from './sqlite-store';

/**
 * The site's security storage: the local directory (who may sign in), the site's users and
 * SharePoint groups with their members, and role assignments (who has which permission level
 * where). Lists, fields and items are SiteStore's (site-store.ts), which builds on this.
 */

export interface SiteUserRecord {
  readonly id: number;
  readonly loginName: string;
  readonly title: string;
  readonly email: string;
  readonly isSiteAdmin: boolean;
  /** 1 = user, 4 = security group ("Everyone except external users"), 8 = SharePoint group. */
  readonly principalType: number;
}

export interface GroupRecord {
  readonly id: number;
  readonly title: string;
  readonly description: string;
}

export interface DirectoryEntry {
  readonly email: string;
  readonly title: string;
}

/** The login name SharePoint Online gives an Entra ID account. */
export function membershipLogin(email: string): string {
  return `i:0#.f|membership|${email.toLowerCase()}`;
}

/** The claim of "Everyone except external users" (the region's whole staff). */
export const EVERYONE_LOGIN = 'c:0-.f|rolemanager|spo-grid-all-users/local';

export const SECURITY_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS directory (email TEXT PRIMARY KEY COLLATE NOCASE, title TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS site_users (
  id INTEGER PRIMARY KEY, login_name TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE, is_site_admin INTEGER NOT NULL DEFAULT 0, principal_type INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS site_groups (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS role_assignments (scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id));
CREATE TABLE IF NOT EXISTS unique_item_scopes (list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, PRIMARY KEY (list_id, item_id));
`;

/**
 * Where role assignments live: the web, a list that stopped inheriting, or an item that did.
 * A securable object that inherits has no assignments of its own; its parent's apply.
 */
export const SCOPES = {
  web: 'web',
  list: (listId: number): string => `list:${listId}`,
  item: (listId: number, itemId: number): string => `item:${listId}:${itemId}`
} as const;

/** The site's associated groups (SP.Web AssociatedOwnerGroup, …), kept by id in the site's metadata. */
export type AssociatedGroupKind = 'owner' | 'member' | 'visitor';

const ASSOCIATED_GROUPS: readonly { kind: AssociatedGroupKind; metaKey: string; suffix: string; roleDefId: number }[] = [
  { kind: 'owner', metaKey: 'associatedOwnerGroup', suffix: 'Owners', roleDefId: ROLE_IDS.fullControl },
  { kind: 'member', metaKey: 'associatedMemberGroup', suffix: 'Members', roleDefId: ROLE_IDS.edit },
  { kind: 'visitor', metaKey: 'associatedVisitorGroup', suffix: 'Visitors', roleDefId: ROLE_IDS.read }
];

interface UserRow { id: number; login_name: string; title: string; email: string; is_site_admin: number; principal_type: number }

function toUser(row: UserRow): SiteUserRecord {
  return { id: row.id, loginName: row.login_name, title: row.title, email: row.email, isSiteAdmin: row.is_site_admin === 1, principalType: row.principal_type };
}

export abstract class SecurityStore extends SqliteStore {
  protected constructor(db: Database.Database) {
    super(db);
  }

  // --- the local directory (the region's Entra ID, for sign-in) ---

  public addToDirectory(entry: DirectoryEntry): void {
    this.stmt('INSERT INTO directory (email, title) VALUES (?, ?) ON CONFLICT(email) DO UPDATE SET title = excluded.title')
      .run(entry.email.toLowerCase(), entry.title);
  }

  public directoryEntry(email: string): DirectoryEntry | undefined {
    return this.stmt('SELECT email, title FROM directory WHERE email = ?').get(email.toLowerCase()) as DirectoryEntry | undefined;
  }

  // --- site users and groups ---

  /** Adds the account to the site's user list if missing (SharePoint's ensureuser); undefined when the directory has no such account. */
  public ensureUser(loginName: string, principalType = 1): SiteUserRecord {
    const known = this.userByLogin(loginName);
    if (known) return known;
    let title: string;
    let email: string;
    if (loginName.toLowerCase() === EVERYONE_LOGIN) {
      title = 'Everyone except external users';
      email = '';
    } else {
      email = loginName.split('|').pop() ?? loginName;
      title = this.directoryEntry(email)?.title ?? email;
    }
    const info = this.stmt('INSERT INTO site_users (login_name, title, email, principal_type) VALUES (?, ?, ?, ?)')
      .run(loginName.toLowerCase(), title, email.toLowerCase(), principalType);
    return this.userById(Number(info.lastInsertRowid)) as SiteUserRecord;
  }

  public userByLogin(loginName: string): SiteUserRecord | undefined {
    const row = this.stmt('SELECT * FROM site_users WHERE login_name = ?').get(loginName.toLowerCase()) as UserRow | undefined;
    return row && toUser(row);
  }

  public userById(id: number): SiteUserRecord | undefined {
    const row = this.stmt('SELECT * FROM site_users WHERE id = ?').get(id) as UserRow | undefined;
    return row && toUser(row);
  }

  public userByEmail(email: string): SiteUserRecord | undefined {
    const row = this.stmt('SELECT * FROM site_users WHERE email = ? AND principal_type = 1').get(email.toLowerCase()) as UserRow | undefined;
    return row && toUser(row);
  }

  public users(): SiteUserRecord[] {
    return (this.stmt('SELECT * FROM site_users ORDER BY id').all() as UserRow[]).map(toUser);
  }

  protected markSiteAdmin(userId: number): void {
    this.stmt('UPDATE site_users SET is_site_admin = 1 WHERE id = ?').run(userId);
  }

  public addGroup(title: string, description: string): GroupRecord {
    // Groups and users share SharePoint's principal id space; ids from 1000 keep them apart here.
    const next = (this.stmt('SELECT COALESCE(MAX(id), 999) + 1 AS n FROM site_groups').get() as { n: number }).n;
    this.stmt('INSERT INTO site_groups (id, title, description) VALUES (?, ?, ?)').run(next, title, description);
    return { id: next, title, description };
  }

  public groups(): GroupRecord[] {
    return this.stmt('SELECT id, title, description FROM site_groups ORDER BY id').all() as GroupRecord[];
  }

  public groupById(id: number): GroupRecord | undefined {
    return this.stmt('SELECT id, title, description FROM site_groups WHERE id = ?').get(id) as GroupRecord | undefined;
  }

  public groupByTitle(title: string): GroupRecord | undefined {
    return this.stmt('SELECT id, title, description FROM site_groups WHERE title = ?').get(title) as GroupRecord | undefined;
  }

  public addGroupMember(groupId: number, userId: number): void {
    this.stmt('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)').run(groupId, userId);
  }

  public removeGroupMember(groupId: number, userId: number): void {
    this.stmt('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(groupId, userId);
  }

  public groupMembers(groupId: number): SiteUserRecord[] {
    const rows = this.stmt('SELECT u.* FROM site_users u JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ? ORDER BY u.id')
      .all(groupId) as UserRow[];
    return rows.map(toUser);
  }

  /**
   * The principals a person acts as: themselves (when a site user), "Everyone except external
   * users", and the groups either is a member of. Undefined is a directory account not yet on the site.
   */
  public principalIdsOf(userId: number | undefined): number[] {
    const everyone = this.userByLogin(EVERYONE_LOGIN)?.id ?? -1;
    const own = userId ?? -1;
    const rows = this.stmt('SELECT group_id FROM group_members WHERE user_id IN (?, ?)').all(own, everyone) as { group_id: number }[];
    return [own, everyone, ...rows.map((row) => row.group_id)].filter((id) => id >= 0);
  }

  /** The groups the user is a member of in person (SP.User Groups): not those reached through "Everyone". */
  public directGroupsOf(userId: number): GroupRecord[] {
    return this.stmt('SELECT g.id, g.title, g.description FROM site_groups g JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ? ORDER BY g.id')
      .all(userId) as GroupRecord[];
  }

  public updateGroup(id: number, changes: Partial<Pick<GroupRecord, 'title' | 'description'>>): void {
    const current = this.groupById(id);
    if (!current) return;
    const next = { ...current, ...changes };
    this.stmt('UPDATE site_groups SET title = ?, description = ? WHERE id = ?').run(next.title, next.description, id);
  }

  /** Removes a group with its memberships and every permission given to it; an associated group is then unset. */
  public removeGroup(id: number): void {
    this.stmt('DELETE FROM group_members WHERE group_id = ?').run(id);
    this.stmt('DELETE FROM role_assignments WHERE principal_id = ?').run(id);
    this.stmt('DELETE FROM site_groups WHERE id = ?').run(id);
    for (const associated of ASSOCIATED_GROUPS) if (this.meta(associated.metaKey) === String(id)) this.deleteMeta(associated.metaKey);
  }

  public associatedGroup(kind: AssociatedGroupKind): GroupRecord | undefined {
    const entry = ASSOCIATED_GROUPS.find((associated) => associated.kind === kind);
    const id = entry === undefined ? undefined : this.meta(entry.metaKey);
    return id === undefined ? undefined : this.groupById(Number(id));
  }

  /**
   * Every SharePoint Online site comes with "<site> Owners", "<site> Members" and "<site> Visitors",
   * holding Full Control, Edit and Read on the site, and its creator among the owners. Run once
   * per site; a site stored before the stand-in had associated groups gets them on its next start.
   */
  protected ensureAssociatedGroups(siteTitle: string, creatorId: number): void {
    for (const associated of ASSOCIATED_GROUPS) {
      if (this.meta(associated.metaKey) !== undefined) continue;
      const title = `${siteTitle} ${associated.suffix}`;
      const group = this.groupByTitle(title) ?? this.addGroup(title, '');
      this.setMeta(associated.metaKey, String(group.id));
      this.addRoleAssignment(SCOPES.web, group.id, associated.roleDefId);
      if (associated.kind === 'owner') this.addGroupMember(group.id, creatorId);
    }
  }

  // --- role assignments, by scope (SCOPES) ---

  public roleAssignments(scope: string): { principalId: number; roleDefId: number }[] {
    const rows = this.stmt('SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id').all(scope) as {
      principal_id: number;
      role_def_id: number;
    }[];
    return rows.map((row) => ({ principalId: row.principal_id, roleDefId: row.role_def_id }));
  }

  public addRoleAssignment(scope: string, principalId: number, roleDefId: number): void {
    this.stmt('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)').run(scope, principalId, roleDefId);
  }

  public removeRoleAssignment(scope: string, principalId: number, roleDefId: number): void {
    this.stmt('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(scope, principalId, roleDefId);
  }

  public clearRoleAssignments(scope: string): void {
    this.stmt('DELETE FROM role_assignments WHERE scope = ?').run(scope);
  }

  // --- items that stopped inheriting their list's permissions ---

  public hasUniqueItemScope(listId: number, itemId: number): boolean {
    return this.stmt('SELECT 1 AS found FROM unique_item_scopes WHERE list_id = ? AND item_id = ?').get(listId, itemId) !== undefined;
  }

  public setUniqueItemScope(listId: number, itemId: number, unique: boolean): void {
    if (unique) this.stmt('INSERT OR IGNORE INTO unique_item_scopes (list_id, item_id) VALUES (?, ?)').run(listId, itemId);
    else this.clearItemSecurity(listId, itemId);
  }

  /** The items of a list with their own permissions: usually none, so a query can afford to check each. */
  public uniqueItemIds(listId: number): number[] {
    return (this.stmt('SELECT item_id FROM unique_item_scopes WHERE list_id = ? ORDER BY item_id').all(listId) as { item_id: number }[]).map((row) => row.item_id);
  }

  public clearItemSecurity(listId: number, itemId: number): void {
    this.stmt('DELETE FROM unique_item_scopes WHERE list_id = ? AND item_id = ?').run(listId, itemId);
    this.clearRoleAssignments(SCOPES.item(listId, itemId));
  }

  /** Everything a deleted list's permissions left: its own assignments and its items'. */
  public clearListSecurity(listId: number): void {
    for (const itemId of this.uniqueItemIds(listId)) this.clearItemSecurity(listId, itemId);
    this.clearRoleAssignments(SCOPES.list(listId));
  }
}
