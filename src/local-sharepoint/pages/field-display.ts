import type { FieldRecord } from '../store/site-store';

/**
 * A field's value as SharePoint's display form shows it, from the item as REST answers it with
 * people and lookups expanded (page-rest.ts): people by name, lookups by their value, dates in the
 * site's time zone, choices as stored, several values joined. Plain text; the page escapes it.
 */

/** The stand-in's site is the region's: Swedish, Stockholm time (src/config/default-region.ts). */
const SITE_TIME_ZONE = 'Europe/Stockholm';
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: SITE_TIME_ZONE });
const DATE_ONLY = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeZone: SITE_TIME_ZONE });
const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 10 });

/**
 * `$select=*,Author/Title,…&$expand=Author,…`: every column, with people and lookups answered by what
 * the page shows (a person's name, the lookup's shown column), as SharePoint requires both parts.
 */
export function expandedQuery(fields: readonly FieldRecord[]): URLSearchParams {
  const expandable = fields.filter((field) => ['user', 'usermulti', 'lookup', 'lookupmulti'].includes(field.kind));
  const shownOf = (field: FieldRecord): string => (field.kind === 'lookup' || field.kind === 'lookupmulti' ? field.lookupField ?? 'Title' : 'Title');
  const query = new URLSearchParams({ $select: ['*', ...expandable.map((field) => `${field.internalName}/${shownOf(field)}`)].join(',') });
  if (expandable.length > 0) query.set('$expand', expandable.map((field) => field.internalName).join(','));
  return query;
}

function expandedText(field: FieldRecord, value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  const shown = field.kind === 'user' || field.kind === 'usermulti' ? record.Title : record[field.lookupField ?? 'Title'];
  return shown === null || shown === undefined ? '' : String(shown);
}

function dateText(field: FieldRecord, value: unknown): string {
  if (typeof value !== 'string') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return (field.dateOnly ? DATE_ONLY : DATE_TIME).format(date);
}

export function displayValue(field: FieldRecord, item: Readonly<Record<string, unknown>>): string {
  const value = item[field.internalName];
  switch (field.kind) {
    case 'user':
    case 'lookup':
      return expandedText(field, value);
    case 'usermulti':
    case 'lookupmulti':
      return (Array.isArray(value) ? value : []).map((entry) => expandedText(field, entry)).filter((text) => text !== '').join('; ');
    case 'multichoice':
      return (Array.isArray(value) ? value : []).map(String).join('; ');
    case 'datetime':
      return dateText(field, value);
    case 'boolean':
      return value === true ? 'Ja' : value === false ? 'Nej' : '';
    case 'number':
      return typeof value === 'number' ? NUMBER.format(value) : '';
    case 'counter':
      return String(item.ID ?? item.Id ?? '');
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}
