import Database from 'better-sqlite3';
import type { ColumnInfo, ColumnResolver, FieldKind, SqlFragment } from '../../../src/local-sharepoint/odata/query-model';

/**
 * One list with a field of every kind, stored as the stand-in stores it, and a resolver that knows
 * fields by internal name (`Owner` → stored as `OwnerId`), ID also as Id.
 */
const FIELDS: readonly [string, FieldKind, boolean][] = [
  ['ID', 'counter', true],
  ['Title', 'text', false],
  ['Notes', 'note', false],
  ['Priority', 'number', true],
  ['Done', 'boolean', false],
  ['Due', 'datetime', false],
  ['Status', 'choice', true],
  ['Tags', 'multichoice', false],
  ['Owner', 'user', true],
  ['Reviewers', 'usermulti', false],
  ['Asset', 'lookup', false],
  ['Assets', 'lookupmulti', false]
];

function columnOf(internalName: string, kind: FieldKind, indexed: boolean): ColumnInfo {
  const lookup = kind === 'user' || kind === 'usermulti' || kind === 'lookup' || kind === 'lookupmulti';
  return {
    internalName,
    kind,
    indexed,
    storageKey: lookup ? `${internalName}Id` : internalName,
    multi: kind === 'multichoice' || kind === 'usermulti' || kind === 'lookupmulti'
  };
}

export const COLUMNS: ReadonlyMap<string, ColumnInfo> = new Map(FIELDS.map(([name, kind, indexed]) => [name, columnOf(name, kind, indexed)]));

/** Resolves by internal name, as the stand-in's list schema does. */
export const resolveByName: ColumnResolver = (name) => COLUMNS.get(name) ?? (name === 'Id' ? { ...column('ID'), internalName: 'Id' } : undefined);

/** Resolves lookup and person fields by their id key only (`OwnerId`), the other convention the contract allows. */
export const resolveByIdKey: ColumnResolver = (name) => {
  for (const info of COLUMNS.values()) {
    if (info.storageKey === name) return { ...info, internalName: name };
  }
  return undefined;
};

export function column(name: string): ColumnInfo {
  const info = COLUMNS.get(name);
  if (!info) throw new Error(`No fixture column ${name}`);
  return info;
}

export const USERS = [
  { id: 1, login: 'i:0#.f|membership|anna@region.se', title: 'Anna Andersson', email: 'anna@region.se' },
  { id: 2, login: 'i:0#.f|membership|bjorn@region.se', title: "Björn O'Brien", email: 'bjorn@region.se' },
  { id: 3, login: 'i:0#.f|membership|cecilia@region.se', title: 'Cecilia Ek', email: 'cecilia@region.se' }
];

/** Items of list 1; absent keys are fields never set. A copy of item 1 sits in list 2 to prove list isolation. */
export const ITEMS: readonly Record<string, unknown>[] = [
  {
    ID: 1, Title: 'Brandvägg', Notes: 'Granska regler varje kvartal', Priority: 1, Done: true, Due: '2026-01-01T00:00:00Z',
    Status: 'Open', Tags: ['Nät', 'Kritisk'], OwnerId: 1, ReviewersId: [1, 2], AssetId: 10, AssetsId: [10, 11]
  },
  {
    ID: 2, Title: "O'Brien's laptop", Priority: 2.5, Done: false, Due: '2026-01-01T00:00:01Z',
    Status: 'Closed', Tags: ['Klient'], OwnerId: 2, ReviewersId: [2], AssetId: 11, AssetsId: [11]
  },
  {
    ID: 3, Title: "'); DROP TABLE items; --", Notes: null, Priority: 3, Done: false, Due: '2026-06-30T12:00:00Z',
    Status: 'Closed', Tags: [], OwnerId: null, ReviewersId: [], AssetId: null, AssetsId: []
  },
  { ID: 4, Title: '100% säkert_fil', Priority: null, Done: true, Due: null, Status: 'In progress', OwnerId: 3 },
  { ID: 5, Title: null, Priority: 0, Done: false, Due: '2025-12-31T23:59:59Z', Status: null, Tags: ['kritisk'], OwnerId: 1, AssetId: 12 },
  { ID: 6, Title: 'brandvägg', Priority: -1, Done: true, Status: 'Open', OwnerId: 2 }
];

export function openDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE items (list_id INTEGER NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id));
    CREATE TABLE site_users (id INTEGER PRIMARY KEY, login_name TEXT, title TEXT, email TEXT);
  `);
  const insertUser = db.prepare('INSERT INTO site_users (id, login_name, title, email) VALUES (?, ?, ?, ?)');
  for (const user of USERS) insertUser.run(user.id, user.login, user.title, user.email);
  const insertItem = db.prepare('INSERT INTO items (list_id, id, data) VALUES (?, ?, ?)');
  for (const item of ITEMS) insertItem.run(1, item.ID, JSON.stringify(item));
  insertItem.run(2, 1, JSON.stringify(ITEMS[0]));
  return db;
}

/** The ids of list 1's items matching a WHERE fragment, in id order. */
export function matchingIds(db: Database.Database, where: SqlFragment): number[] {
  const rows = db.prepare(`SELECT id FROM items WHERE list_id = ? AND ${where.sql} ORDER BY id`).all(1, ...where.params) as { id: number }[];
  return rows.map((row) => row.id);
}

/** The ids of list 1's items in the order an ORDER BY list gives. */
export function orderedIds(db: Database.Database, orderBy: string): number[] {
  const rows = db.prepare(`SELECT id FROM items WHERE list_id = ? ORDER BY ${orderBy}`).all(1) as { id: number }[];
  return rows.map((row) => row.id);
}

/**
 * SQL text with its fixed quoted parts (JSON paths, the LIKE escape character) removed: what is
 * left must hold no quote at all, or a value has leaked into the text.
 */
export function withoutFixedQuotes(sql: string): string {
  return sql.replace(/'\$\."[A-Za-z0-9_]+"'/g, '').replace(/ESCAPE '\\'/g, '');
}
