import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SiteStore } from '../../../src/local-sharepoint/store/site-store';

/**
 * The audit trail (R-SEC-4): the current version is the item itself, the history holds what each
 * update replaced. Adding an item writes one row, not two.
 */
describe('local SharePoint: item versions in the store', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tillit-versions-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function siteWithAnUpdatedItem(versioning: boolean): { store: SiteStore; listId: number; itemId: number } {
    const store = SiteStore.open(dataDir);
    const listId = store.transaction(() => store.addList('Incidenter', 'Incidents', '', 100)).id;
    store.transaction(() => store.updateList(listId, { enableVersioning: versioning }));
    const itemId = store.transaction(() => store.insertItem(listId, { Title: 'Första', EditorId: 7, Modified: '2026-01-01T10:00:00Z' })).id;
    store.transaction(() => store.updateItem(listId, itemId, { Title: 'Andra', EditorId: 8, Modified: '2026-01-02T10:00:00Z' }));
    return { store, listId, itemId };
  }

  it('answers the item as the newest version and what it replaced below it, with who and when', () => {
    const { store, listId, itemId } = siteWithAnUpdatedItem(true);
    try {
      expect(store.versions(listId, itemId)).toEqual([
        { version: 2, data: { Title: 'Andra', EditorId: 8, Modified: '2026-01-02T10:00:00Z' }, editorId: 8, modified: '2026-01-02T10:00:00Z' },
        { version: 1, data: { Title: 'Första', EditorId: 7, Modified: '2026-01-01T10:00:00Z' }, editorId: 7, modified: '2026-01-01T10:00:00Z' }
      ]);
    } finally {
      store.close();
    }
  });

  it('keeps only the current version on a list without versioning, as SharePoint does', () => {
    const { store, listId, itemId } = siteWithAnUpdatedItem(false);
    try {
      expect(store.versions(listId, itemId).map((version) => version.version)).toEqual([2]);
    } finally {
      store.close();
    }
  });

  it('does not answer a version twice on a site that also kept a copy of the current version in the history', () => {
    const { store, listId, itemId } = siteWithAnUpdatedItem(true);
    store.close();
    const old = new Database(join(dataDir, 'site.sqlite'));
    old.prepare('INSERT INTO item_versions (list_id, item_id, version, data, editor_id, modified) VALUES (?, ?, 2, ?, 8, ?)').run(listId, itemId, '{"Title":"Andra"}', '2026-01-02T10:00:00Z');
    old.close();
    const reopened = SiteStore.open(dataDir);
    try {
      expect(reopened.versions(listId, itemId).map((version) => [version.version, version.data.Title])).toEqual([
        [2, 'Andra'],
        [1, 'Första']
      ]);
    } finally {
      reopened.close();
    }
  });
});
