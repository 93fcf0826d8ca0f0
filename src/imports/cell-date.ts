import { isIsoDate, type IsoDate } from '../domain/shared/calendar';

export type DateReading = { readonly date: IsoDate } | { readonly unreadable: string; readonly suggestion?: IsoDate };

const TWO = (value: number): string => String(value).padStart(2, '0');

function written(year: number, month: number, day: number): IsoDate | undefined {
  if (year < 1000 || year > 9999) return undefined;
  const text = `${year}-${TWO(month)}-${TWO(day)}`;
  return isIsoDate(text) ? text : undefined;
}

/** Day-first (30/11/2026, 30.11.2026) as Swedish and most European sheets write it; month-first only when day-first cannot be a date. */
const NUMERIC_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** ISO with a time after it (2026-11-30 00:00, 2026-11-30T00:00:00): what some exports write for a date. */
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** 20261130, as some LMS exports write it. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function guess(text: string): IsoDate | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return written(year, second, first) ?? written(year, first, second);
  }
  const withTime = ISO_WITH_TIME.exec(text);
  if (withTime !== null) return isIsoDate(withTime[1]) ? withTime[1] : undefined;
  const compact = COMPACT.exec(text);
  if (compact !== null) return written(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return undefined;
}

/**
 * A date cell. Excel date cells arrive from read-excel-file as Date objects holding the day at
 * UTC midnight, so their UTC calendar fields are the day the sheet shows. Text must be written
 * YYYY-MM-DD: any other form is refused, never guessed into the register (is 03/04/2026 the 3rd
 * of April or the 4th of March?), but a likely meaning is offered as the fix.
 */
export function readDateCell(cell: unknown): DateReading {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { unreadable: String(cell) };
    const date = written(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
    return date === undefined ? { unreadable: cell.toISOString() } : { date };
  }
  const text = String(cell).trim();
  if (isIsoDate(text)) return { date: text };
  const suggestion = guess(text);
  return suggestion === undefined ? { unreadable: text } : { unreadable: text, suggestion };
}
