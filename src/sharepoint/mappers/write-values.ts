import type { Instant, IsoDate } from '../../domain/shared/calendar';
import { ValidationError } from '../../domain/shared/errors';
import { MAX_TEXT_LENGTH } from '../lists/list-schema';
import type { FieldValue, PeopleResolver } from './sharepoint-item';
import { siteInstant, siteValueOfCalendarDate } from './site-dates';

/*
 * Writers of one payload value. A payload always carries every column of the list, with null
 * for an empty one, so that the same payload serves add and update and an update clears what
 * the record no longer has.
 */

const ITEM_ID = /^[1-9][0-9]*$/;

/**
 * A reference to another register's item as a lookup value. Domain ids of stored items are
 * SharePoint item ids; anything else cannot be stored, and is refused with the field's name.
 */
export function lookupValue(id: string, path: string): number {
  if (!ITEM_ID.test(id)) {
    throw new ValidationError('The list item', [{ path, message: `must refer to a SharePoint item id (a positive whole number), found "${id}"` }]);
  }
  return Number(id);
}

export function optionalLookupValue(id: string | undefined, path: string): FieldValue {
  return id === undefined ? null : lookupValue(id, path);
}

export function lookupValues(ids: readonly string[], path: string): number[] {
  return ids.map((id, index) => lookupValue(id, `${path}[${index}]`));
}

export function optionalUserValue(email: string | undefined, people: PeopleResolver): FieldValue {
  return email === undefined ? null : people(email);
}

export function userValues(emails: readonly string[], people: PeopleResolver): number[] {
  return emails.map((email) => people(email));
}

/** Text or note; an empty string is stored as empty (null), which reads back as the domain's default. */
export function optionalTextValue(text: string | undefined): FieldValue {
  return text === undefined || text === '' ? null : text;
}

export function optionalNumberValue(value: number | undefined): FieldValue {
  return value === undefined ? null : value;
}

/** Values one per line in a note. */
export function linesValue(values: readonly string[]): FieldValue {
  return values.length === 0 ? null : values.join('\n');
}

export function calendarDateValue(date: IsoDate, siteTimeZone: string): string {
  return siteValueOfCalendarDate(date, siteTimeZone);
}

export function optionalCalendarDateValue(date: IsoDate | undefined, siteTimeZone: string): FieldValue {
  return date === undefined ? null : siteValueOfCalendarDate(date, siteTimeZone);
}

export function instantValue(instant: Instant): string {
  return siteInstant(instant);
}

export function optionalInstantValue(instant: Instant | undefined): FieldValue {
  return instant === undefined ? null : siteInstant(instant);
}

/** A generated Title: a readable summary cut to the 255 characters a Title holds. */
export function summaryTitle(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_TEXT_LENGTH ? oneLine : `${oneLine.slice(0, MAX_TEXT_LENGTH - 1)}…`;
}
