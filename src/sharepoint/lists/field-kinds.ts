/**
 * The column kinds of SharePoint that Tillit knows, and SharePoint's own name for each: the
 * `Type` of a CAML `<Field>` and the `TypeAsString` SharePoint answers. The one table of them:
 * provisioning writes these names (field-xml.ts), and the local stand-in, which may read the list
 * schemas, stores, answers and parses the same kinds. Pure data.
 */

/** The kinds a Tillit list column can have (list-schema.ts's FieldSchema uses exactly these). */
export type ListFieldKind =
  | 'text'
  | 'note'
  | 'number'
  | 'boolean'
  | 'datetime'
  | 'choice'
  | 'multichoice'
  | 'user'
  | 'usermulti'
  | 'lookup'
  | 'lookupmulti';

/** Every kind a SharePoint column has here: the list kinds and `counter`, which only the built-in ID is. */
export type FieldKind = ListFieldKind | 'counter';

/** SharePoint's type name per kind: `Type="UserMulti"` in CAML, `TypeAsString: "UserMulti"` in REST. */
export const SHAREPOINT_TYPE_NAMES: Readonly<Record<FieldKind, string>> = {
  counter: 'Counter',
  text: 'Text',
  note: 'Note',
  number: 'Number',
  boolean: 'Boolean',
  datetime: 'DateTime',
  choice: 'Choice',
  multichoice: 'MultiChoice',
  user: 'User',
  usermulti: 'UserMulti',
  lookup: 'Lookup',
  lookupmulti: 'LookupMulti'
};
