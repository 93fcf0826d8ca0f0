import type { ZodType, ZodTypeDef } from 'zod';
import type { FormField } from './register-definition';
import { instantOfWallClock, wallClockOf } from './wall-clock';

/** What the form holds: every editable field as the text in its input. */
export type FormValues = Readonly<Record<string, string>>;

/** The text of one value in its input: an instant as the region's wall-clock time, a boolean as 'true'/'false'. */
function textOf(field: FormField, value: unknown, timeZone: string | undefined): string {
  if (value === undefined || value === null) return '';
  if (field.kind === 'datetime' && typeof value === 'string' && value !== '') return wallClockOf(value as never, zoneFor(field, timeZone));
  return String(value);
}

/** A wall-clock time means nothing without its zone: a form with a `datetime` field must name the region's. */
function zoneFor(field: FormField, timeZone: string | undefined): string {
  if (timeZone === undefined) throw new RangeError(`The field ${field.key} is a date and time: the form needs the region's time zone`);
  return timeZone;
}

/** `timeZone`: the region's (config.timeZone), required when a field is a `datetime`. */
export function formValuesOf(record: object, fields: readonly FormField[], timeZone?: string): FormValues {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field.key, textOf(field, source[field.key], timeZone)]));
}

function parsedValue(field: FormField, text: string, timeZone: string | undefined): unknown {
  const trimmed = text.trim();
  // Text that is no wall-clock time goes to the schema as it is, so its message names the problem.
  if (field.kind === 'datetime') return trimmed === '' ? undefined : (instantOfWallClock(trimmed, zoneFor(field, timeZone)) ?? trimmed);
  if (field.kind === 'yes-no') return trimmed === '' ? undefined : trimmed === 'true';
  if (field.kind === 'number') return trimmed === '' ? undefined : Number(trimmed);
  if (field.kind === 'email') return trimmed === '' ? undefined : trimmed.toLowerCase();
  if (field.kind === 'date') return trimmed === '' ? undefined : trimmed;
  return text;
}

export type FormOutcome<T> = { readonly ok: true; readonly record: T } | { readonly ok: false; readonly issues: Readonly<Record<string, string>> };

/**
 * The edited record, validated with the domain's schema (the one reads are screened with): the
 * form can never save what the repository would reject. Fields the form does not show keep the
 * values of the record it was opened with.
 */
export function validateForm<T>(schema: ZodType<T, ZodTypeDef, unknown>, base: T, fields: readonly FormField[], values: FormValues, timeZone?: string): FormOutcome<T> {
  const candidate: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const field of fields) candidate[field.key] = parsedValue(field, values[field.key] ?? '', timeZone);
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issues: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    issues[key] ??= issue.message;
  }
  return { ok: false, issues };
}

/** The fields where two versions differ: what a conflict shows side by side (R-SEC-2). */
export function differingFields(fields: readonly FormField[], mine: FormValues, theirs: FormValues): FormField[] {
  return fields.filter((field) => (mine[field.key] ?? '') !== (theirs[field.key] ?? ''));
}
