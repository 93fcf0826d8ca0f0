import { instantOf, localDateOf, type IsoDate } from '../../domain/shared/calendar';

/** Today in the region's time zone: what "overdue" means to the person at the page. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return localDateOf(instantOf(now), timeZone);
}
