import Database from 'better-sqlite3';
import { filterToSql } from '../../../src/local-sharepoint/odata/filter-to-sql';
import type { SqlFragment } from '../../../src/local-sharepoint/odata/query-model';
import { resolveByName } from './query-fixtures';

/*
 * An indexed SharePoint column is an SQLite expression index on columnExpression's text. These
 * tests ask SQLite's planner whether the translated filters can seek such an index.
 */
let db: Database.Database;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec('CREATE TABLE items (list_id INTEGER NOT NULL, id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (list_id, id))');
  db.exec('CREATE TABLE site_users (id INTEGER PRIMARY KEY, login_name TEXT, title TEXT, email TEXT)');
  const insert = db.prepare('INSERT INTO items (list_id, id, data) VALUES (?, ?, ?)');
  const statuses = ['Open', 'Closed', 'In progress', 'Waiting'];
  for (let id = 1; id <= 400; id += 1) {
    const data = { Status: statuses[id % 4], Priority: id % 10, OwnerId: (id % 7) + 1, Due: `2026-01-${String((id % 28) + 1).padStart(2, '0')}T00:00:00Z`, Title: `Item ${id}` };
    insert.run(1 + (id % 2), id, JSON.stringify(data));
  }
});
afterAll(() => db.close());

function plan(where: SqlFragment): string {
  const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT id, data FROM items WHERE list_id = ? AND ${where.sql}`).all(1, ...where.params) as { detail: string }[];
  return rows.map((row) => row.detail).join(' | ');
}

function withIndex(ddl: string, check: () => void): void {
  db.exec(ddl);
  try {
    check();
  } finally {
    db.exec('DROP INDEX ix');
  }
}

describe('expression indexes serve the translated filters', () => {
  test("Status eq 'Open' seeks the index the brief describes (BINARY collation)", () => {
    withIndex(`CREATE INDEX ix ON items(list_id, json_extract(data, '$."Status"'))`, () => {
      const { where } = filterToSql("Status eq 'Open'", resolveByName);
      expect(plan(where)).toMatch(/SEARCH items USING INDEX ix \(list_id=\? AND <expr>>\? AND <expr><\?\)/);
      // …and the range does not change the answer: every case-insensitive match, and only those.
      const count = (filter: string): number => {
        const fragment = filterToSql(filter, resolveByName).where;
        return (db.prepare(`SELECT count(*) AS n FROM items WHERE list_id = ? AND ${fragment.sql}`).get(1, ...fragment.params) as { n: number }).n;
      };
      expect(count("Status eq 'Open'")).toBe(100); // list 1 holds the even ids; every fourth is Open
      expect(count("Status eq 'oPEN'")).toBe(100);
      expect(count("Status eq 'in PROGRESS'")).toBe(100); // the other even ids
      expect(count("Status eq 'Ope'")).toBe(0);
    });
  });

  test("the stand-in's index shape (list_id, value, id) is sought the same way", () => {
    withIndex(`CREATE INDEX ix ON items(list_id, json_extract(data, '$."Status"'), id)`, () => {
      expect(plan(filterToSql("Status eq 'Open' and Priority gt 3", resolveByName).where)).toMatch(
        /SEARCH items USING INDEX ix \(list_id=\? AND <expr>>\? AND <expr><\?\)/
      );
    });
  });

  test('a NOCASE index is sought by equality', () => {
    withIndex(`CREATE INDEX ix ON items(list_id, json_extract(data, '$."Title"') COLLATE NOCASE)`, () => {
      expect(plan(filterToSql("Title eq 'item 7'", resolveByName).where)).toMatch(/SEARCH items USING INDEX ix \(list_id=\? AND <expr>=\?\)/);
    });
  });

  test.each([
    ['Priority eq 3', 'Priority', /USING INDEX ix \(list_id=\? AND <expr>=\?\)/],
    ['OwnerId eq 5', 'OwnerId', /USING INDEX ix \(list_id=\? AND <expr>=\?\)/],
    ['Owner/Id eq 5', 'OwnerId', /USING INDEX ix \(list_id=\? AND <expr>=\?\)/],
    ["Due ge datetime'2026-01-20T00:00:00Z'", 'Due', /USING INDEX ix \(list_id=\? AND <expr>>\?\)/],
    ["Due lt datetime'2026-01-20T00:00:00.5Z'", 'Due', /USING INDEX ix \(list_id=\? AND <expr><\?\)/]
  ])('%s seeks an index on %s', (filter, key, expected) => {
    withIndex(`CREATE INDEX ix ON items(list_id, json_extract(data, '$."${key}"'))`, () => {
      expect(plan(filterToSql(filter, resolveByName).where)).toMatch(expected);
    });
  });

  test('an index spelled differently is not used: why the spelling is fixed', () => {
    withIndex(`CREATE INDEX ix ON items(list_id, json_extract(data, '$.Priority'))`, () => {
      expect(plan(filterToSql('Priority eq 3', resolveByName).where)).not.toContain('<expr>');
    });
  });
});
