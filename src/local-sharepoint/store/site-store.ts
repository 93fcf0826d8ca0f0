import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FieldKind } from '../odata/query-model';
import { APP_PRINCIPAL_EMAIL, APP_PRINCIPAL_TITLE, SITE_ADMIN_EMAIL } from '../local-site-defaults';
import { EVERYONE_LOGIN, membershipLogin, SECURITY_SCHEMA, SecurityStore, type DirectoryEntry } from './security-store';
import { DEFAULT_VIEW, VIEW_SCHEMA, ViewStore } from './view-store';

export {
  EVERYONE_LOGIN,
  membershipLogin,
  SCOPES,
  type AssociatedGroupKind,
  type DirectoryEntry,
  type GroupRecord,
  type SiteUserRecord
} from './security-store';
import { createUniqueIndex, dropUniqueIndex, guardUniqueValues } from './unique-values';

/** The site's title: its associated groups are named after it ("Tillit Owners"), as in SharePoint. */
export const SITE_TITLE = 'Tillit';

/**
 * The stand-in's storage: one SQLite file per site. Every HTTP request runs in one transaction
 * (see `transaction`), and the journal is WAL, so a crash mid-request leaves no half-written item.
 * Item values are JSON in `items.data`, keyed by SharePoint internal name (query-model.ts).
 * Users, groups and role assignments are SecurityStore's (security-store.ts).
 */

export interface ListRecord {
  readonly id: number;
  readonly guid: string;
  readonly title: string;
  /** The URL segment, fixed at creation from the first title, as in SharePoint: a rename keeps the URL. */
  readonly urlName: string;
  readonly description: string;
  readonly baseTemplate: number;
  readonly created: string;
  readonly modified: string;
  /** 1 = read all items, 2 = read only own items (SharePoint ReadSecurity). */
  readonly readSecurity: number;
  /** 1 = edit all items, 2 = edit only own items, 4 = edit none (SharePoint WriteSecurity). */
  readonly writeSecurity: number;
  readonly hasUniqueRoleAssignments: boolean;
  readonly enableVersioning: boolean;
  readonly nextItemId: number;
}

export interface FieldRecord {
  readonly listId: number;
  readonly guid: string;
  readonly internalName: string;
  readonly title: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly indexed: boolean;
  /** SharePoint's EnforceUniqueValues: no two items share a non-empty value (unique-values.ts); needs `indexed`. */
  readonly enforceUniqueValues: boolean;
  readonly choices: readonly string[];
  readonly lookupListGuid: string | undefined;
  readonly lookupField: string | undefined;
  readonly dateOnly: boolean;
  readonly description: string;
  /** Built-in fields (ID, Created, Author …) cannot be written by a client. */
  readonly readOnly: boolean;
  readonly builtIn: boolean;
  readonly maxLength: number | undefined;
  readonly position: number;
}

export interface ItemRow {
  readonly id: number;
  readonly data: Record<string, unknown>;
  readonly version: number;
}

export interface VersionRow {
  readonly version: number;
  readonly data: Record<string, unknown>;
  readonly editorId: number;
  readonly modified: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS lists (
  id INTEGER PRIMARY KEY, guid TEXT NOT NULL UNIQUE, title TEXT NOT NULL UNIQUE COLLATE NOCASE, url_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '', base_template INTEGER NOT NULL DEFAULT 100, created TEXT NOT NULL, modified TEXT NOT NULL,
  read_security INTEGER NOT NULL DEFAULT 1, write_security INTEGER NOT NULL DEFAULT 1, unique_perms INTEGER NOT NULL DEFAULT 0,
  enable_versioning INTEGER NOT NULL DEFAULT 1, next_item_id INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS fields (
  list_id INTEGER NOT NULL, guid TEXT NOT NULL, internal_name TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
  required INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0, choices TEXT NOT NULL DEFAULT '[]',
  lookup_list TEXT, lookup_field TEXT, date_only INTEGER NOT NULL DEFAULT 0, description TEXT NOT NULL DEFAULT '',
  read_only INTEGER NOT NULL DEFAULT 0, built_in INTEGER NOT NULL DEFAULT 0, max_length INTEGER, position INTEGER NOT NULL,
  enforce_unique INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (list_id, internal_name COLLATE NOCASE));
CREATE TABLE IF NOT EXISTS items (list_id INTEGER NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, version INTEGER NOT NULL,
  PRIMARY KEY (list_id, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS item_versions (list_id INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL,
  data TEXT NOT NULL, editor_id INTEGER NOT NULL, modified TEXT NOT NULL, PRIMARY KEY (list_id, item_id, version)) WITHOUT ROWID;
`;

interface ListRow {
  id: number; guid: string; title: string; url_name: string; description: string; base_template: number; created: string;
  modified: string; read_security: number; write_security: number; unique_perms: number; enable_versioning: number; next_item_id: number;
}
interface FieldRow {
  list_id: number; guid: string; internal_name: string; title: string; kind: string; required: number; indexed: number; choices: string;
  lookup_list: string | null; lookup_field: string | null; date_only: number; description: string; read_only: number; built_in: number;
  max_length: number | null; position: number; enforce_unique: number;
}

function toList(row: ListRow): ListRecord {
  return {
    id: row.id, guid: row.guid, title: row.title, urlName: row.url_name, description: row.description, baseTemplate: row.base_template,
    created: row.created, modified: row.modified, readSecurity: row.read_security, writeSecurity: row.write_security,
    hasUniqueRoleAssignments: row.unique_perms === 1, enableVersioning: row.enable_versioning === 1, nextItemId: row.next_item_id
  };
}

function toField(row: FieldRow): FieldRecord {
  return {
    listId: row.list_id, guid: row.guid, internalName: row.internal_name, title: row.title, kind: row.kind as FieldKind,
    required: row.required === 1, indexed: row.indexed === 1, enforceUniqueValues: row.enforce_unique === 1, choices: JSON.parse(row.choices) as string[],
    lookupListGuid: row.lookup_list ?? undefined, lookupField: row.lookup_field ?? undefined, dateOnly: row.date_only === 1,
    description: row.description, readOnly: row.read_only === 1, builtIn: row.built_in === 1, maxLength: row.max_length ?? undefined,
    position: row.position
  };
}

/** SQLite's NOCASE, which the lists table's title and URL columns use: ASCII letters only ('Å' stays 'Å'). */
function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** SharePoint writes DateTime values back as whole seconds in UTC. */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A new column; `guid` only for SharePoint's built-ins, whose ids are fixed. */
export type NewField = Omit<FieldRecord, 'listId' | 'guid' | 'position'> & { readonly guid?: string };

/**
 * The columns every list has (SharePoint's built-ins that Tillit reads), with the ids SharePoint
 * gives them in every list of every site (`fields/getById('fa564e0f-…')` finds Title anywhere).
 */
const BUILT_IN_FIELDS: readonly NewField[] = [
  { guid: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', internalName: 'ID', title: 'ID', kind: 'counter', required: false, indexed: true, readOnly: true },
  { guid: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', internalName: 'Title', title: 'Title', kind: 'text', required: true, indexed: false, readOnly: false, maxLength: 255 },
  { guid: '8c06beca-0777-48f7-91c7-6da68bc07b69', internalName: 'Created', title: 'Created', kind: 'datetime', required: false, indexed: false, readOnly: true },
  { guid: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', internalName: 'Modified', title: 'Modified', kind: 'datetime', required: false, indexed: false, readOnly: true },
  { guid: '1df5e554-ec7e-46a6-901d-d85a3881cb18', internalName: 'Author', title: 'Created By', kind: 'user', required: false, indexed: false, readOnly: true },
  { guid: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', internalName: 'Editor', title: 'Modified By', kind: 'user', required: false, indexed: false, readOnly: true }
].map((field) => ({
  choices: [], lookupListGuid: undefined, lookupField: undefined, dateOnly: false, description: '', builtIn: true, enforceUniqueValues: false,
  maxLength: undefined, ...field
})) as NewField[];

/**
 * The condition that keeps a query to one list, with the id spelled out: SQLite uses a list's
 * partial indexes (`WHERE list_id = 7`) only for a query whose condition names the same literal.
 */
export function listIdCondition(listId: number): string {
  if (!Number.isSafeInteger(listId)) throw new Error(`A list id must be an integer, not ${String(listId)}.`);
  return `list_id = ${listId}`;
}

/** The SQL text of an expression index on a field: identical to what the OData translation emits. */
function indexName(listId: number, internalName: string): string {
  return `ix_items_${listId}_${internalName.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

export class SiteStore extends SecurityStore {
  /** Fields per list, read on every item request; dropped whenever a list's fields change. */
  private readonly fieldCache = new Map<number, FieldRecord[]>();
  /** Each list's views (view-store.ts). */
  public readonly views: ViewStore;
  /** Every list by id, read on every request; dropped whenever lists change, kept current by item writes. */
  private listCache: Map<number, ListRecord> | undefined;

  private constructor(db: Database.Database) {
    super(db);
    this.views = new ViewStore((sql) => this.stmt(sql));
  }

  /** Opens (or creates) the site in `dataDir`; `:memory:` keeps it in memory for tests. */
  public static open(dataDir: string | ':memory:', directory: readonly DirectoryEntry[] = []): SiteStore {
    let file = ':memory:';
    if (dataDir !== ':memory:') {
      mkdirSync(dataDir, { recursive: true });
      file = join(dataDir, 'site.sqlite');
    }
    const db = new Database(file);
    try {
      // One process owns the site's file, as one farm owns its content database: SQLite then locks
      // the file once instead of in every transaction (several system calls for each item written),
      // and a second server on the same data folder stops at once instead of writing beside the first.
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
    } catch (error) {
      db.close();
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
        throw new Error(`The data folder ${dataDir} is in use by another local SharePoint: stop that one first, or use another folder.`);
      }
      throw error;
    }
    db.pragma('synchronous = NORMAL');
    // A checkpoint every ~40 MB of log instead of SQLite's 4 MB: each one syncs the file to disk,
    // and a first start writes some 400,000 pages. The log file is cut back to 64 MB after each.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
    db.pragma('foreign_keys = ON');
    db.exec(SECURITY_SCHEMA + SCHEMA + VIEW_SCHEMA);
    // A site created before unique values were enforced gains the column (every field stays non-unique).
    const fieldColumns = db.prepare('PRAGMA table_info(fields)').all() as { name: string }[];
    if (!fieldColumns.some((column) => column.name === 'enforce_unique')) db.exec('ALTER TABLE fields ADD COLUMN enforce_unique INTEGER NOT NULL DEFAULT 0');
    const store = new SiteStore(db);
    store.transaction(() => {
      store.initialise(directory);
      store.rebuildSiteWideIndexes();
    });
    return store;
  }

  /** The rollback undid the rows; lists and fields cached during the failed work may show what never landed. */
  protected override afterRollback(): void {
    this.fieldCache.clear();
    this.listCache = undefined;
  }

  /** Read-only raw SQL for the item queries built by the OData translation. */
  public queryItems(sql: string, params: readonly unknown[]): ItemRow[] {
    const rows = this.stmt(sql).all(...params) as { id: number; data: string; version: number }[];
    return rows.map((row) => ({ id: row.id, data: JSON.parse(row.data) as Record<string, unknown>, version: row.version }));
  }

  /** One value of a read-only query (the sort key of a page's last row, for its $skiptoken). */
  public scalar(sql: string, params: readonly unknown[]): unknown {
    const row = this.stmt(sql).get(...params) as { value: unknown } | undefined;
    return row?.value;
  }

  public count(sql: string, params: readonly unknown[]): number {
    return (this.stmt(sql).get(...params) as { n: number }).n;
  }

  private initialise(directory: readonly DirectoryEntry[]): void {
    if (this.meta('siteId') === undefined) {
      this.setMeta('siteId', randomUUID());
      this.setMeta('webId', randomUUID());
      this.setMeta('created', nowIso());
      this.addToDirectory({ email: SITE_ADMIN_EMAIL, title: 'Tillit Admin' });
      const admin = this.ensureUser(membershipLogin(SITE_ADMIN_EMAIL), 1);
      this.markSiteAdmin(admin.id);
      this.ensureUser(EVERYONE_LOGIN, 4);
    }
    for (const entry of directory) this.addToDirectory(entry);
    this.upgrade();
  }

  /** Brings a site stored by an earlier stand-in up to what SharePoint has; each step does nothing the second time. */
  private upgrade(): void {
    this.ensureAssociatedGroups(SITE_TITLE, this.ensureUser(membershipLogin(SITE_ADMIN_EMAIL)).id);
    // The app service's app-only identity reaches the whole site, as Sites.Selected full control does on SharePoint Online.
    if (this.directoryEntry(APP_PRINCIPAL_EMAIL) === undefined) this.addToDirectory({ email: APP_PRINCIPAL_EMAIL, title: APP_PRINCIPAL_TITLE });
    const app = this.ensureUser(membershipLogin(APP_PRINCIPAL_EMAIL), 1);
    if (!app.isSiteAdmin) this.markSiteAdmin(app.id);
    for (const field of BUILT_IN_FIELDS) {
      this.stmt('UPDATE fields SET guid = ? WHERE built_in = 1 AND internal_name = ? AND guid <> ?').run(field.guid, field.internalName, field.guid);
    }
    for (const list of this.lists()) this.views.ensureDefaultView(list.id);
  }

  // --- lists and fields ---

  private cachedLists(): Map<number, ListRecord> {
    this.listCache ??= new Map((this.stmt('SELECT * FROM lists ORDER BY id').all() as ListRow[]).map((row) => [row.id, toList(row)]));
    return this.listCache;
  }

  private findCachedList(matches: (list: ListRecord) => boolean): ListRecord | undefined {
    for (const list of this.cachedLists().values()) if (matches(list)) return list;
    return undefined;
  }

  /** An item write moves the list's next ID and LastItemModifiedDate: the cached record follows. */
  private touchList(id: number, changes: Partial<Pick<ListRecord, 'nextItemId' | 'modified'>>): void {
    const cached = this.listCache?.get(id);
    if (cached !== undefined) this.listCache?.set(id, { ...cached, ...changes });
  }

  public lists(): ListRecord[] {
    return [...this.cachedLists().values()];
  }

  public listByTitle(title: string): ListRecord | undefined {
    const wanted = foldAsciiCase(title);
    return this.findCachedList((list) => foldAsciiCase(list.title) === wanted);
  }

  public listByUrlName(urlName: string): ListRecord | undefined {
    const wanted = foldAsciiCase(urlName);
    return this.findCachedList((list) => foldAsciiCase(list.urlName) === wanted);
  }

  public listByGuid(guid: string): ListRecord | undefined {
    const wanted = guid.toLowerCase();
    return this.findCachedList((list) => list.guid === wanted);
  }

  public listById(id: number): ListRecord {
    const list = this.cachedLists().get(id);
    if (list === undefined) throw new Error(`The site has no list with id ${id}.`);
    return list;
  }

  public addList(title: string, urlName: string, description: string, baseTemplate: number): ListRecord {
    const now = nowIso();
    const info = this.stmt('INSERT INTO lists (guid, title, url_name, description, base_template, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(randomUUID(), title, urlName, description, baseTemplate, now, now);
    this.listCache = undefined;
    const list = this.listById(Number(info.lastInsertRowid));
    for (const field of BUILT_IN_FIELDS) this.addField(list.id, field);
    this.views.addView(list.id, { ...DEFAULT_VIEW, isDefault: true });
    return list;
  }

  public updateList(
    id: number,
    changes: Partial<Pick<ListRecord, 'title' | 'description' | 'readSecurity' | 'writeSecurity' | 'hasUniqueRoleAssignments' | 'enableVersioning'>>
  ): void {
    const current = this.listById(id);
    const next = { ...current, ...changes };
    this.stmt(
        'UPDATE lists SET title = ?, description = ?, read_security = ?, write_security = ?, unique_perms = ?, enable_versioning = ?, modified = ? WHERE id = ?'
      )
      .run(next.title, next.description, next.readSecurity, next.writeSecurity, next.hasUniqueRoleAssignments ? 1 : 0, next.enableVersioning ? 1 : 0, nowIso(), id);
    this.listCache = undefined;
  }

  public deleteList(id: number): void {
    this.fieldCache.delete(id);
    for (const field of this.fields(id)) {
      if (field.indexed && field.kind !== 'counter') this.dropIndex(id, field.internalName);
      if (field.enforceUniqueValues) dropUniqueIndex(this.db, id, field.internalName);
    }
    this.stmt('DELETE FROM item_versions WHERE list_id = ?').run(id);
    this.stmt('DELETE FROM items WHERE list_id = ?').run(id);
    this.stmt('DELETE FROM fields WHERE list_id = ?').run(id);
    this.clearListSecurity(id);
    this.views.deleteViewsOf(id);
    this.stmt('DELETE FROM lists WHERE id = ?').run(id);
    this.listCache = undefined;
    // After the delete: the loop above cached the fields again, and SQLite may give the next list this id.
    this.fieldCache.delete(id);
  }

  public fields(listId: number): FieldRecord[] {
    let fields = this.fieldCache.get(listId);
    if (fields === undefined) {
      fields = (this.stmt('SELECT * FROM fields WHERE list_id = ? ORDER BY position').all(listId) as FieldRow[]).map(toField);
      this.fieldCache.set(listId, fields);
    }
    return fields;
  }

  public addField(listId: number, field: NewField): FieldRecord {
    this.fieldCache.delete(listId);
    const position = (this.stmt('SELECT COALESCE(MAX(position), 0) + 1 AS n FROM fields WHERE list_id = ?').get(listId) as { n: number }).n;
    this.stmt(
        `INSERT INTO fields (list_id, guid, internal_name, title, kind, required, indexed, choices, lookup_list, lookup_field, date_only,
          description, read_only, built_in, max_length, position, enforce_unique) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        listId, field.guid ?? randomUUID(), field.internalName, field.title, field.kind, field.required ? 1 : 0, field.indexed ? 1 : 0,
        JSON.stringify(field.choices), field.lookupListGuid ?? null, field.lookupField ?? null, field.dateOnly ? 1 : 0,
        field.description, field.readOnly ? 1 : 0, field.builtIn ? 1 : 0, field.maxLength ?? null, position, field.enforceUniqueValues ? 1 : 0
      );
    const added = this.fields(listId).find((candidate) => candidate.internalName === field.internalName) as FieldRecord;
    if (added.indexed && added.kind !== 'counter') this.createIndex(listId, added);
    if (added.enforceUniqueValues) createUniqueIndex(this.db, listId, added);
    return added;
  }

  public updateField(
    listId: number,
    internalName: string,
    changes: Partial<Pick<FieldRecord, 'title' | 'required' | 'indexed' | 'choices' | 'description' | 'enforceUniqueValues'>>
  ): void {
    this.fieldCache.delete(listId);
    const current = this.fields(listId).find((field) => field.internalName.toLowerCase() === internalName.toLowerCase());
    if (!current) return;
    const next = { ...current, ...changes };
    this.stmt('UPDATE fields SET title = ?, required = ?, indexed = ?, choices = ?, description = ?, enforce_unique = ? WHERE list_id = ? AND internal_name = ?')
      .run(next.title, next.required ? 1 : 0, next.indexed ? 1 : 0, JSON.stringify(next.choices), next.description, next.enforceUniqueValues ? 1 : 0, listId, current.internalName);
    if (next.enforceUniqueValues !== current.enforceUniqueValues) {
      // Fails with DuplicateValuesError when items already share a value: the caller's transaction rolls the change back.
      if (next.enforceUniqueValues) guardUniqueValues(listId, () => createUniqueIndex(this.db, listId, current));
      else dropUniqueIndex(this.db, listId, current.internalName);
    }
    // Reading `current` above cached the fields as they were; drop them again now that they changed.
    this.fieldCache.delete(listId);
    // ID is the table's own key; every other column, Title included, gets an expression index.
    if (current.kind !== 'counter' && next.indexed !== current.indexed) {
      if (next.indexed) this.createIndex(listId, next);
      else this.dropIndex(listId, current.internalName);
    }
  }

  public deleteField(listId: number, internalName: string): void {
    this.fieldCache.delete(listId);
    this.dropIndex(listId, internalName);
    dropUniqueIndex(this.db, listId, internalName);
    this.stmt('DELETE FROM fields WHERE list_id = ? AND internal_name = ?').run(listId, internalName);
    this.views.removeFieldFromViews(listId, internalName);
    this.fieldCache.delete(listId);
  }

  /**
   * A SharePoint column index becomes an SQLite expression index over exactly the SQL text the
   * OData translation emits (`columnExpression`), so an indexed filter is an index seek. It is a
   * partial index on its own list (`WHERE list_id = <id>`), as SharePoint's indexes are per list:
   * an item written to one list then updates only that list's indexes, not every list's (with
   * some 80 indexes over all lists, a write otherwise touched 80 B-trees). SQLite matches the
   * partial index only against a literal list id, so item queries spell the id out
   * (`listIdCondition`); list_id stays the first key column so the planner weighs it as before.
   */
  private createIndex(listId: number, field: FieldRecord): void {
    const key = field.kind === 'user' || field.kind === 'lookup' ? `${field.internalName}Id` : field.internalName;
    this.db.exec(
      `CREATE INDEX IF NOT EXISTS ${indexName(listId, field.internalName)} ON items(list_id, json_extract(data, '$."${key}"'), id) WHERE ${listIdCondition(listId)}`
    );
  }

  /** Sites written before indexes were per list get them rebuilt once, on open. */
  private rebuildSiteWideIndexes(): void {
    const stale = this.stmt("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_items_%' AND sql NOT LIKE '%WHERE list_id =%'").all() as { name: string }[];
    if (stale.length === 0) return;
    for (const { name } of stale) this.db.exec(`DROP INDEX ${name}`);
    for (const list of this.lists()) {
      for (const field of this.fields(list.id)) if (field.indexed && field.kind !== 'counter') this.createIndex(list.id, field);
    }
  }

  private dropIndex(listId: number, internalName: string): void {
    this.db.exec(`DROP INDEX IF EXISTS ${indexName(listId, internalName)}`);
  }

  // --- items and their versions (the audit trail, R-SEC-4) ---

  public itemCount(listId: number): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
  }

  public item(listId: number, id: number): ItemRow | undefined {
    const row = this.stmt('SELECT id, data, version FROM items WHERE list_id = ? AND id = ?').get(listId, id) as
      | { id: number; data: string; version: number }
      | undefined;
    return row && { id: row.id, data: JSON.parse(row.data) as Record<string, unknown>, version: row.version };
  }

  /**
   * Inserts an item with the list's next ID (SharePoint never reuses an ID, even after a delete).
   * A value a unique column already holds throws DuplicateValuesError before anything is written.
   */
  public insertItem(listId: number, data: Record<string, unknown>): ItemRow {
    const list = this.listById(listId);
    const id = list.nextItemId;
    guardUniqueValues(listId, () => this.stmt('INSERT INTO items (list_id, id, data, version) VALUES (?, ?, ?, 1)').run(listId, id, JSON.stringify(data)));
    const modified = nowIso();
    this.stmt('UPDATE lists SET next_item_id = ?, modified = ? WHERE id = ?').run(id + 1, modified, listId);
    this.touchList(listId, { nextItemId: id + 1, modified });
    return { id, data, version: 1 };
  }

  public updateItem(listId: number, id: number, data: Record<string, unknown>): ItemRow {
    const current = this.item(listId, id);
    if (current !== undefined) this.keepAsHistory(listId, current);
    const version = (current?.version ?? 0) + 1;
    guardUniqueValues(listId, () => this.stmt('UPDATE items SET data = ?, version = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(data), version, listId, id));
    this.markListModified(listId);
    return { id, data, version };
  }

  public deleteItem(listId: number, id: number): void {
    this.stmt('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
    this.markListModified(listId);
  }

  private markListModified(listId: number): void {
    const modified = nowIso();
    this.stmt('UPDATE lists SET modified = ? WHERE id = ?').run(modified, listId);
    this.touchList(listId, { modified });
  }

  /**
   * The version an update replaces goes into the history; the current version is the item itself
   * (its EditorId and Modified say who and when), so adding an item writes no second copy.
   * Without versioning SharePoint keeps no history, only the current version: the audit trail
   * (R-SEC-4) exists only where provisioning switched EnableVersioning on, here as there.
   */
  private keepAsHistory(listId: number, replaced: ItemRow): void {
    if (!this.listById(listId).enableVersioning) {
      this.stmt('DELETE FROM item_versions WHERE list_id = ? AND item_id = ?').run(listId, replaced.id);
      return;
    }
    this.stmt('INSERT OR REPLACE INTO item_versions (list_id, item_id, version, data, editor_id, modified) VALUES (?, ?, ?, ?, ?, ?)')
      .run(listId, replaced.id, replaced.version, JSON.stringify(replaced.data), Number(replaced.data.EditorId ?? 0), String(replaced.data.Modified ?? nowIso()));
  }

  /** Every version of an item, newest (the item as it is) first. */
  public versions(listId: number, itemId: number): VersionRow[] {
    const current = this.item(listId, itemId);
    const rows = this.stmt('SELECT version, data, editor_id, modified FROM item_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC')
      .all(listId, itemId) as { version: number; data: string; editor_id: number; modified: string }[];
    // Sites written before the current version lived only in `items` hold a copy of it here too.
    const history = rows
      .filter((row) => current === undefined || row.version < current.version)
      .map((row) => ({ version: row.version, data: JSON.parse(row.data) as Record<string, unknown>, editorId: row.editor_id, modified: row.modified }));
    if (current === undefined) return history;
    return [{ version: current.version, data: current.data, editorId: Number(current.data.EditorId ?? 0), modified: String(current.data.Modified ?? '') }, ...history];
  }
}
