import { instantOf, localDateOf, type Instant, type IsoDate } from '../shared/calendar';

const QUARTER_HOUR_MS = 15 * 60_000;

/**
 * The last minute of a calendar day in the region's zone, as an instant (R-REP, R-INC): what a
 * finished period's 72-hour clocks are read at. Zones lie within UTC−12…UTC+14 and shift by whole
 * quarter hours, so stepping back from 23:59 UTC of the day plus 14 hours finds it; pure.
 */
export function endOfDayIn(day: IsoDate, timeZone: string): Instant {
  const latest = Date.parse(`${day}T23:59:00Z`) + 14 * 3_600_000;
  for (let at = latest; at > latest - 28 * 3_600_000; at -= QUARTER_HOUR_MS) {
    const candidate = instantOf(new Date(at));
    if (localDateOf(candidate, timeZone) === day) return candidate;
  }
  throw new RangeError(`No instant of ${day} in ${timeZone}`);
}
