import type { Locale } from '../../domain/shared/localized-text';

/** A calendar date (YYYY-MM-DD) as the reader writes it: "23 november 2026" / "23 November 2026". */
export function formatDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  // Noon UTC, shown in UTC: the calendar date never shifts with the browser's time zone.
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

/** The receipt's check code: the seal's first 12 hex digits in groups of four, enough to compare by eye. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}
