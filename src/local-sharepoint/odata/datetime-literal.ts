import { ODataQueryError } from './query-model';

/**
 * `datetime'…'` literals as SharePoint reads them: ISO 8601, date alone or with a time, seconds and
 * fractions optional, offset optional — and a time without an offset is UTC (SharePoint's REST
 * service does not apply the site's time zone to filter literals).
 */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** SharePoint's DateTime range: earlier or later values cannot be stored, so they cannot be meant. */
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(8900, 11, 31, 23, 59, 59, 999);

/** An instant in epoch milliseconds, or an ODataQueryError for text that is no valid date and time. */
export function parseDateTimeLiteral(text: string): number {
  const match = ISO_DATE_TIME.exec(text);
  const invalid = (): ODataQueryError => new ODataQueryError(`'${text}' is not a valid DateTime value.`);
  if (!match) throw invalid();
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? '0'));
  // Date.UTC reads years 0–99 as 1900–1999; such years are outside SharePoint's range anyway.
  if (year < 1900) throw invalid();
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(local);
  // Date.UTC rolls 2026-02-30 over into March; SharePoint refuses it, and so do we.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) throw invalid();
  const instant = local - offsetMinutes(match[8]) * 60_000;
  if (instant < EARLIEST || instant > LATEST) throw invalid();
  return instant;
}

/** The stored spelling `YYYY-MM-DDTHH:MM:SSZ` of the whole second the instant falls in. */
export function storageDateTime(epochMs: number): string {
  return new Date(Math.floor(epochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** True when the instant has a fraction of a second, which no stored value (whole seconds) has. */
export function hasFractionalSecond(epochMs: number): boolean {
  return epochMs % 1000 !== 0;
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * (hours * 60 + minutes);
}
