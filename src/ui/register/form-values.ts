import type { ZodType, ZodTypeDef } from 'zod';
import type { FormField } from './register-definition';

/** What the form holds: every editable field as the text in its input. */
export type FormValues = Readonly<Record<string, string>>;

export function formValuesOf(record: object, fields: readonly FormField[]): FormValues {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field.key, source[field.key] === undefined || source[field.key] === null ? '' : String(source[field.key])]));
}

function parsedValue(field: FormField, text: string): unknown {
  const trimmed = text.trim();
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
export function validateForm<T>(schema: ZodType<T, ZodTypeDef, unknown>, base: T, fields: readonly FormField[], values: FormValues): FormOutcome<T> {
  const candidate: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const field of fields) candidate[field.key] = parsedValue(field, values[field.key] ?? '');
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
