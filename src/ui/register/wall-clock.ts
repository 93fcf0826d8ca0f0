import { TZDate } from '@date-fns/tz';
import { instantOf, type Instant } from '../../domain/shared/calendar';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const two = (value: number): string => String(value).padStart(2, '0');

/**
 * An instant as the region's wall-clock time, `YYYY-MM-DDTHH:mm` (what a datetime-local input
 * holds): an incident discovered 08:30 in Stockholm reads 08:30 wherever the browser's clock is set.
 */
export function wallClockOf(at: Instant, timeZone: string): string {
  const local = new TZDate(Date.parse(at), timeZone);
  return `${local.getFullYear()}-${two(local.getMonth() + 1)}-${two(local.getDate())}T${two(local.getHours())}:${two(local.getMinutes())}`;
}

/** The instant a wall-clock time in the region's zone names; undefined for text that is not one. */
export function instantOfWallClock(text: string, timeZone: string): Instant | undefined {
  const match = WALL_CLOCK.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const local = new TZDate(year, month - 1, day, hour, minute, timeZone);
  // A date that does not exist (2026-02-30) rolls over; refuse it rather than store another day.
  if (local.getMonth() !== month - 1 || local.getDate() !== day) return undefined;
  return instantOf(new Date(local.getTime()));
}
