import { REPORT_PERIODS, type ReportPeriodKey } from '../contracts/council-report';
import { isBefore, isoDate, type IsoDate } from '../domain/shared/calendar';

export { REPORT_PERIODS, type ReportPeriodKey };

export interface ReportPeriod {
  readonly key: ReportPeriodKey;
  readonly year: number;
  /** First day of the period. */
  readonly from: IsoDate;
  /** Last day of the period. */
  readonly to: IsoDate;
}

/** First and last month (1–12) of each period. */
const MONTHS: Record<ReportPeriodKey, readonly [number, number]> = {
  year: [1, 12],
  'tertial-1': [1, 4],
  'tertial-2': [5, 8],
  'tertial-3': [9, 12],
  'half-1': [1, 6],
  'half-2': [7, 12]
};

const pad = (value: number): string => String(value).padStart(2, '0');

function lastDayOf(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so the machine's zone plays no part.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function reportPeriodOf(year: number, key: ReportPeriodKey): ReportPeriod {
  const [first, last] = MONTHS[key];
  return {
    key,
    year,
    from: isoDate(`${String(year).padStart(4, '0')}-${pad(first)}-01`),
    to: isoDate(`${String(year).padStart(4, '0')}-${pad(last)}-${pad(lastDayOf(year, last))}`)
  };
}

/**
 * The day a period's figures are of: its last day, or today while it is still running (a report
 * on the current tertial shows today's figures, never a future date's).
 */
export function figuresDayOf(period: ReportPeriod, today: IsoDate): IsoDate {
  return isBefore(today, period.to) ? today : period.to;
}

/** Whether a day falls in the period. */
export function isInPeriod(period: ReportPeriod, day: IsoDate): boolean {
  return !isBefore(day, period.from) && !isBefore(period.to, day);
}
