import { emailSchema } from '../domain/shared/person-ref';
import { readDateCell } from './cell-date';
import type { ColumnKind } from './import-column';
import type { ImportContext } from './import-context';
import type { ImportIssue } from './import-issue';
import { shownValue } from './import-issue';
import { markupIn } from './markup';
import { normalizedKeyPart } from './natural-key';

/** What is wrong with a cell, without its row and column (the row parser adds them). */
export type CellProblem = Omit<ImportIssue, 'row' | 'column'>;

export type CellReading = { readonly empty: true } | { readonly value: unknown } | { readonly problem: CellProblem };

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

export function isEmptyCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell as text: numbers and booleans as written, a date cell as its YYYY-MM-DD (a name may be a number, "1177"). */
export function cellText(cell: unknown): string {
  if (cell instanceof Date) {
    const reading = readDateCell(cell);
    return 'date' in reading ? reading.date : String(cell);
  }
  return String(cell).trim();
}

function readText(cell: unknown, maxLength: number): CellReading {
  const text = cellText(cell);
  const markup = markupIn(text);
  if (markup !== undefined) return { problem: { kind: 'markup', value: shownValue(markup) } };
  if (text.length > maxLength) return { problem: { kind: 'too-long', value: shownValue(text), limit: maxLength, length: text.length } };
  return { value: text };
}

function readUnit(cell: unknown, context: ImportContext): CellReading {
  const text = cellText(cell);
  const ids = context.unitsByName.get(normalizedKeyPart(text));
  if (ids !== undefined && ids.length === 1) return { value: ids[0] };
  if (ids !== undefined && ids.length > 1) return { problem: { kind: 'ambiguous-unit', value: shownValue(text) } };
  // A unit's list id is accepted too (an export from the register writes names, a hand-made sheet may hold ids).
  if (context.unitIds.has(text)) return { value: text };
  return { problem: { kind: 'unknown-unit', value: shownValue(text) } };
}

function readPerson(cell: unknown, context: ImportContext): CellReading {
  const text = cellText(cell);
  const email = emailSchema.safeParse(text);
  if (!email.success) return { problem: { kind: 'not-an-email', value: shownValue(text) } };
  if (!context.knownPeople.has(email.data)) return { problem: { kind: 'unknown-person', value: shownValue(text) } };
  return { value: email.data };
}

function readInteger(cell: unknown, min: number): CellReading {
  const text = cellText(cell);
  const number = typeof cell === 'number' ? cell : /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(number) || number < min) return { problem: { kind: 'not-a-number', value: shownValue(text), limit: min } };
  return { value: number };
}

/** Reads one non-empty cell as its column's kind; an empty cell is `{ empty: true }` for the row parser to judge. */
export function readCell(kind: ColumnKind, cell: unknown, context: ImportContext): CellReading {
  if (isEmptyCell(cell)) return { empty: true };
  switch (kind.type) {
    case 'text':
      return readText(cell, kind.maxLength);
    case 'date': {
      const reading = readDateCell(cell);
      if ('date' in reading) return { value: reading.date };
      return { problem: { kind: 'unreadable-date', value: shownValue(reading.unreadable), ...(reading.suggestion === undefined ? {} : { suggestion: reading.suggestion }) } };
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return { value: cell };
      const text = normalizedKeyPart(cellText(cell));
      if (YES.has(text)) return { value: true };
      if (NO.has(text)) return { value: false };
      return { problem: { kind: 'not-yes-no', value: shownValue(cellText(cell)) } };
    }
    case 'choice': {
      const text = normalizedKeyPart(cellText(cell));
      const option = kind.options.find((candidate) => [candidate.key, candidate.label.sv, candidate.label.en].some((name) => normalizedKeyPart(name) === text));
      if (option !== undefined) return { value: option.key };
      return { problem: { kind: 'unknown-choice', value: shownValue(cellText(cell)), allowed: kind.options.map((candidate) => candidate.label) } };
    }
    case 'person':
      return readPerson(cell, context);
    case 'unit':
      return readUnit(cell, context);
    case 'integer':
      return readInteger(cell, kind.min);
  }
}
