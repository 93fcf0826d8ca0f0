import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SiteStore, type NewField } from '../../../src/local-sharepoint/store/site-store';

const STATUS: NewField = {
  internalName: 'Status', title: 'Status', kind: 'choice', required: false, indexed: true, choices: ['open', 'closed'],
  lookupListGuid: undefined, lookupField: undefined, dateOnly: false, description: '', readOnly: false, builtIn: false, maxLength: undefined,
  enforceUniqueValues: false
};

interface IndexRow {
  readonly name: string;
  readonly sql: string;
}

/** SharePoint's column indexes are per list; so are the stand-in's SQLite indexes (one list's writes touch only its own). */
describe('local SharePoint: a column index belongs to its list', () => {
  let dataDir: string;
  const file = (): string => join(dataDir, 'site.sqlite');

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-indexes-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function indexesOn(db: Database.Database): IndexRow[] {
    return db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_items_%' ORDER BY name").all() as IndexRow[];
  }

  function twoListsWithStatus(): { store: SiteStore; first: number; second: number } {
    const store = SiteStore.open(dataDir);
    const first = store.transaction(() => store.addList('Incidenter', 'Incidents', '', 100)).id;
    const second = store.transaction(() => store.addList('Risker', 'Risks', '', 100)).id;
    store.transaction(() => {
      store.addField(first, STATUS);
      store.addField(second, STATUS);
      for (let n = 1; n <= 50; n += 1) store.insertItem(first, { Title: `I${n}`, Status: n % 5 === 0 ? 'closed' : 'open' });
      for (let n = 1; n <= 50; n += 1) store.insertItem(second, { Title: `R${n}`, Status: 'open' });
    });
    return { store, first, second };
  }

  it('indexes only the rows of its own list, and an indexed filter on that list seeks in it', () => {
    const { store, first, second } = twoListsWithStatus();
    store.close();
    const db = new Database(file(), { readonly: true });
    try {
      const statusIndexes = indexesOn(db).filter((index) => index.name.endsWith('_Status'));
      expect(statusIndexes.map((index) => index.sql)).toEqual([
        `CREATE INDEX ix_items_${first}_Status ON items(list_id, json_extract(data, '$."Status"'), id) WHERE list_id = ${first}`,
        `CREATE INDEX ix_items_${second}_Status ON items(list_id, json_extract(data, '$."Status"'), id) WHERE list_id = ${second}`
      ]);
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM items WHERE list_id = ${first} AND json_extract(data, '$."Status"') = ? ORDER BY id`).all('closed') as { detail: string }[];
      expect(plan.map((step) => step.detail.replace('COVERING ', '')).join(' | ')).toContain(`USING INDEX ix_items_${first}_Status`);
      const closed = db.prepare(`SELECT COUNT(*) AS n FROM items INDEXED BY ix_items_${first}_Status WHERE list_id = ${first} AND json_extract(data, '$."Status"') = ?`).get('closed') as { n: number };
      expect(closed.n).toBe(10);
    } finally {
      db.close();
    }
  });

  it('rebuilds the site-wide indexes of a site written before indexes were per list, once, on open', () => {
    const { store, first } = twoListsWithStatus();
    store.close();
    const old = new Database(file());
    old.exec(`DROP INDEX ix_items_${first}_Status`);
    old.exec(`CREATE INDEX ix_items_${first}_Status ON items(list_id, json_extract(data, '$."Status"'), id)`);
    old.close();
    const reopened = SiteStore.open(dataDir);
    reopened.close();
    const db = new Database(file(), { readonly: true });
    try {
      expect(indexesOn(db).every((index) => index.sql.endsWith(`WHERE list_id = ${index.name.split('_')[2]}`))).toBe(true);
      expect(indexesOn(db).map((index) => index.name)).toContain(`ix_items_${first}_Status`);
    } finally {
      db.close();
    }
  });
});
