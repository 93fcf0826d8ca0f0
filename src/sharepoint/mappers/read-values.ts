import { calendarDateOfSiteValue } from './site-dates';
import type { SharePointItem } from './sharepoint-item';

/*
 * Readers of one column of a list item. They never throw: a value of an unexpected shape is
 * passed on as it is, so that the domain schema names the bad field and screenRecords reports
 * the item with its id (DESIGN.md habit 2). Empty values (null, absent, '') become undefined, so
 * that the domain's defaults and optional fields apply.
 */

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A multi-value column: a plain array in JSON light, `{ results: [...] }` in verbose; undefined for any other shape. */
export function multiValues(value: unknown): readonly unknown[] | undefined {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value.results)) return value.results as unknown[];
  return undefined;
}

/** The item's id as the domain writes it: SharePoint's integer ID as a string. */
export function readId(item: SharePointItem): unknown {
  const id = item.ID ?? item.Id;
  return typeof id === 'number' ? String(id) : id ?? undefined;
}

/** The item's ETag (`"3"`), for the conditional update that prevents lost updates (R-SEC-2). */
export function readEtag(item: SharePointItem): string | undefined {
  const etag = item['odata.etag'] ?? (isRecord(item.__metadata) ? item.__metadata.etag : undefined);
  return typeof etag === 'string' ? etag : undefined;
}

/** Text, note and choice columns. */
export function readText(item: SharePointItem, name: string): unknown {
  const value = item[name];
  return isEmpty(value) ? undefined : value;
}

export function readNumber(item: SharePointItem, name: string): unknown {
  const value = item[name];
  return isEmpty(value) ? undefined : value;
}

export function readBoolean(item: SharePointItem, name: string): unknown {
  const value = item[name];
  return isEmpty(value) ? undefined : value;
}

/** A note holding one value per line; blank lines and surrounding spaces are not values. */
export function readLines(item: SharePointItem, name: string): unknown {
  const value = item[name];
  if (isEmpty(value)) return [];
  if (typeof value !== 'string') return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function readMultiChoice(item: SharePointItem, name: string): unknown {
  const value = item[name];
  return multiValues(value) ?? value;
}

/** A date-only column as the calendar date in the site's time zone. */
export function readCalendarDate(item: SharePointItem, name: string, siteTimeZone: string): unknown {
  const value = item[name];
  if (isEmpty(value)) return undefined;
  if (typeof value !== 'string') return value;
  return calendarDateOfSiteValue(value, siteTimeZone) ?? value;
}

/** A DateTime column as an instant; SharePoint answers in UTC (`2026-03-01T07:30:00Z`). */
export function readInstant(item: SharePointItem, name: string): unknown {
  const value = item[name];
  return isEmpty(value) ? undefined : value;
}

/** A single lookup: SharePoint answers `<Name>Id`, a number, null when empty. */
export function readLookupId(item: SharePointItem, name: string): unknown {
  const value = item[`${name}Id`];
  if (isEmpty(value)) return undefined;
  return typeof value === 'number' ? String(value) : value;
}

export function readLookupIds(item: SharePointItem, name: string): unknown {
  const value = item[`${name}Id`];
  const values = multiValues(value);
  if (values === undefined) return value;
  return values.map((id) => (typeof id === 'number' ? String(id) : id));
}

function emailOf(person: unknown): unknown {
  if (isEmpty(person)) return undefined;
  if (!isRecord(person)) return person;
  const email = person.EMail;
  return isEmpty(email) ? undefined : email;
}

/**
 * A person column read with `$select=<Name>Id,<Name>/EMail&$expand=<Name>`. A person who is set
 * (`<Name>Id`) but comes back without an e-mail (an account without a mailbox, or a query that
 * forgot the expansion) is not silently "nobody": a marker fails validation with the item's id.
 */
export function readUserEmail(item: SharePointItem, name: string): unknown {
  const email = emailOf(item[name]);
  if (email !== undefined) return email;
  const id = item[`${name}Id`];
  return isEmpty(id) ? undefined : `(site user ${String(id)} has no e-mail)`;
}

export function readUserEmails(item: SharePointItem, name: string): unknown {
  const value = item[name];
  const people = multiValues(value);
  if (people === undefined) return value;
  const emails = people.map(emailOf).filter((email) => email !== undefined);
  const ids = multiValues(item[`${name}Id`]);
  if (ids !== undefined && ids.length > emails.length) {
    return [...emails, `(${ids.length - emails.length} site users without e-mail)`];
  }
  return emails;
}
