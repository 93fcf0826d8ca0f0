import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

/**
 * A list's views: which fields the view shows, in which order, and how many rows a page holds.
 * Every list has a default view ("All Items", AllItems.aspx), as SharePoint creates one with each
 * list; list pickers and the new-item forms read it. The stand-in stores views but does not render them.
 */

export interface ViewRecord {
  readonly listId: number;
  readonly guid: string;
  readonly title: string;
  readonly isDefault: boolean;
  /** Internal names, in display order: `LinkTitle` is Title with the item menu, as SharePoint names it. */
  readonly fields: readonly string[];
  readonly rowLimit: number;
  /** CAML `<Where>`/`<OrderBy>` of the view. */
  readonly viewQuery: string;
  /** The page's file name under the list's folder: `AllItems.aspx`. */
  readonly fileName: string;
}

export const VIEW_SCHEMA = `
CREATE TABLE IF NOT EXISTS views (list_id INTEGER NOT NULL, guid TEXT NOT NULL, title TEXT NOT NULL, is_default INTEGER NOT NULL DEFAULT 0,
  fields TEXT NOT NULL DEFAULT '[]', row_limit INTEGER NOT NULL DEFAULT 30, view_query TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (list_id, guid));
`;

/** What SharePoint gives a new custom list: "All Items" showing the title with its item menu, 30 rows a page, by ID. */
export const DEFAULT_VIEW = {
  title: 'All Items',
  fields: ['LinkTitle'],
  rowLimit: 30,
  viewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
  fileName: 'AllItems.aspx'
} as const;

interface ViewRow { list_id: number; guid: string; title: string; is_default: number; fields: string; row_limit: number; view_query: string; file_name: string }

function toView(row: ViewRow): ViewRecord {
  return {
    listId: row.list_id, guid: row.guid, title: row.title, isDefault: row.is_default === 1, fields: JSON.parse(row.fields) as string[],
    rowLimit: row.row_limit, viewQuery: row.view_query, fileName: row.file_name
  };
}

export type ViewChanges = Partial<Pick<ViewRecord, 'title' | 'fields' | 'rowLimit' | 'viewQuery' | 'isDefault'>>;

export class ViewStore {
  public constructor(private readonly statement: (sql: string) => Database.Statement) {}

  public views(listId: number): ViewRecord[] {
    return (this.statement('SELECT * FROM views WHERE list_id = ? ORDER BY position').all(listId) as ViewRow[]).map(toView);
  }

  public view(listId: number, guid: string): ViewRecord | undefined {
    const row = this.statement('SELECT * FROM views WHERE list_id = ? AND guid = ?').get(listId, guid.toLowerCase()) as ViewRow | undefined;
    return row && toView(row);
  }

  public defaultView(listId: number): ViewRecord | undefined {
    const row = this.statement('SELECT * FROM views WHERE list_id = ? AND is_default = 1').get(listId) as ViewRow | undefined;
    return row && toView(row);
  }

  public addView(listId: number, view: Omit<ViewRecord, 'listId' | 'guid'>): ViewRecord {
    const position = (this.statement('SELECT COALESCE(MAX(position), 0) + 1 AS n FROM views WHERE list_id = ?').get(listId) as { n: number }).n;
    const guid = randomUUID();
    if (view.isDefault) this.statement('UPDATE views SET is_default = 0 WHERE list_id = ?').run(listId);
    this.statement('INSERT INTO views (list_id, guid, title, is_default, fields, row_limit, view_query, file_name, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(listId, guid, view.title, view.isDefault ? 1 : 0, JSON.stringify(view.fields), view.rowLimit, view.viewQuery, view.fileName, position);
    return this.view(listId, guid) as ViewRecord;
  }

  /** Gives a list without views (a site stored before views existed) SharePoint's default view. */
  public ensureDefaultView(listId: number): void {
    if (this.defaultView(listId) === undefined) this.addView(listId, { ...DEFAULT_VIEW, isDefault: true });
  }

  public updateView(listId: number, guid: string, changes: ViewChanges): void {
    const current = this.view(listId, guid);
    if (!current) return;
    const next = { ...current, ...changes };
    // A list has exactly one default view: making another the default takes it from the old one.
    if (changes.isDefault === true) this.statement('UPDATE views SET is_default = 0 WHERE list_id = ?').run(listId);
    this.statement('UPDATE views SET title = ?, is_default = ?, fields = ?, row_limit = ?, view_query = ? WHERE list_id = ? AND guid = ?')
      .run(next.title, next.isDefault ? 1 : 0, JSON.stringify(next.fields), next.rowLimit, next.viewQuery, listId, current.guid);
  }

  public deleteView(listId: number, guid: string): void {
    this.statement('DELETE FROM views WHERE list_id = ? AND guid = ?').run(listId, guid.toLowerCase());
  }

  public deleteViewsOf(listId: number): void {
    this.statement('DELETE FROM views WHERE list_id = ?').run(listId);
  }

  /** A deleted column leaves every view of its list, as in SharePoint. */
  public removeFieldFromViews(listId: number, internalName: string): void {
    for (const view of this.views(listId)) {
      if (view.fields.includes(internalName)) this.updateView(listId, view.guid, { fields: view.fields.filter((name) => name !== internalName) });
    }
  }
}
