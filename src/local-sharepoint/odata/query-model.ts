/**
 * The contract between the stand-in's storage and its OData query translation.
 *
 * Storage keeps one row per list item in SQLite: `items(list_id, id, data, ...)`, where `data` is
 * the item's field values as JSON, keyed by internal name exactly as SharePoint's JSON light
 * answers them. A column's value in SQL is `json_extract(data, '$."<InternalName>"')`:
 * - Text, Note, Choice: string; MultiChoice: JSON array of strings.
 * - Number, Counter (ID): number. Boolean: true/false (json_extract gives 1/0).
 * - DateTime: ISO 8601 UTC string `YYYY-MM-DDTHH:MM:SSZ`, so string order is time order.
 * - User and Lookup: stored as `<Name>Id` (number); UserMulti and LookupMulti as `<Name>Id`,
 *   a JSON array of numbers. `<Name>` itself is not stored; `$expand=<Name>` joins the users table.
 * The query modules only build SQL text with `?` parameters; they never touch the database.
 */
import type { FieldKind } from '../../sharepoint/lists/field-kinds';

/** The kinds are SharePoint's, declared once with the list schemas (sharepoint/lists/field-kinds.ts). */
export type { FieldKind };

export interface ColumnInfo {
  /** The name a query uses: `Title`, `ID`, `Modified`, `OwnerId` for a user field named Owner. */
  readonly internalName: string;
  readonly kind: FieldKind;
  readonly indexed: boolean;
  /** The JSON key the value is stored under (`OwnerId` for user/lookup fields, else the internal name). */
  readonly storageKey: string;
  /** True when the value is a JSON array (multichoice, usermulti, lookupmulti). */
  readonly multi: boolean;
}

/** Looks up a column by the name used in a query; undefined for an unknown column (a 400 like SharePoint). */
export type ColumnResolver = (name: string) => ColumnInfo | undefined;

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly (string | number | null)[];
}

/** An OData query that SharePoint would refuse: answered as HTTP 400 with this message. */
export class ODataQueryError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ODataQueryError';
  }
}
