import type { ZodError, ZodType, ZodTypeDef } from 'zod';
import { ValidationError, type ValidationIssue } from './errors';

function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)';
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

export function issuesOf(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Parses or throws a ValidationError that names every bad field; never lets bad data travel deeper. */
export function parseOrThrow<Output, Input>(
  schema: ZodType<Output, ZodTypeDef, Input>,
  value: unknown,
  subject: string
): Output {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(subject, issuesOf(result.error));
  return result.data;
}

export interface RejectedRecord {
  readonly index: number;
  /** The record's id when it had a readable one, so a coordinator can find and fix the item. */
  readonly id: string | undefined;
  readonly issues: readonly ValidationIssue[];
}

export interface ScreenedRecords<T> {
  readonly valid: T[];
  readonly rejected: RejectedRecord[];
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id = (value as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Validates a register read back from storage item by item: a malformed item is reported with its
 * id and left out, and never stops a page or a nudge run (DESIGN.md habit 2).
 */
export function screenRecords<Output, Input>(
  schema: ZodType<Output, ZodTypeDef, Input>,
  values: readonly unknown[]
): ScreenedRecords<Output> {
  const valid: Output[] = [];
  const rejected: RejectedRecord[] = [];
  values.forEach((value, index) => {
    const result = schema.safeParse(value);
    if (result.success) valid.push(result.data);
    else rejected.push({ index, id: idOf(value), issues: issuesOf(result.error) });
  });
  return { valid, rejected };
}
