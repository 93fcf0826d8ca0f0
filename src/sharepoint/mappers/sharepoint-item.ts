/**
 * The shapes at the SharePoint boundary, kept free of @pnp/sp so that the mappers stay pure.
 *
 * Reading: @pnp/sp 4 sends `Accept: application/json`, which SharePoint Online answers in JSON
 * light (minimal metadata): a multi-value column is a plain array (`SystemsId: [1, 2]`), an
 * expanded person an object (`Owner: { EMail: '…' }`), absent or null when empty. The verbose
 * format (`odata=verbose`) wraps arrays as `{ results: [...] }`; the readers accept both, so a
 * repository or the stand-in may use either.
 */
export type SharePointItem = Readonly<Record<string, unknown>>;

/**
 * A value in an add/update payload, as @pnp/sp 4 posts it with
 * `Content-Type: application/json;charset=utf-8`: person and lookup columns as `<Name>Id` numbers,
 * multi-value columns as plain arrays (`SystemsId: [1, 2]`; no `{ results }` wrapper outside verbose
 * mode), dates as ISO strings in UTC.
 */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint clears a column only when the payload sets it to null
export type FieldValue = string | number | boolean | null | readonly number[] | readonly string[];

export type ItemFields = Record<string, FieldValue>;

/**
 * The site user id of a person, by e-mail. The repository resolves everyone it writes before it
 * maps (ensureUser is I/O; a mapper is not), and throws for someone it could not resolve.
 */
export type PeopleResolver = (email: string) => number;

export interface MappingContext {
  /** The site's regional time zone, in which SharePoint stores date-only values as midnight. */
  readonly siteTimeZone: string;
}

/** The seed regions' sites run on Swedish time. */
export const DEFAULT_MAPPING_CONTEXT: MappingContext = { siteTimeZone: 'Europe/Stockholm' };
