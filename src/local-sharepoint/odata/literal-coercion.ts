import { parseDateTimeLiteral } from './datetime-literal';
import type { Literal } from './filter-ast';
import type { ValueType } from './filter-target';
import { ODataQueryError } from './query-model';

/** A non-null filter value converted to the field's type, ready to bind. */
export type CoercedValue =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  /** Booleans are bound as 1/0 because json_extract yields 1/0 for JSON true/false. */
  | { readonly type: 'boolean'; readonly value: 0 | 1 }
  | { readonly type: 'datetime'; readonly epochMs: number };

const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?$/;

/**
 * SharePoint converts a filter value to the field's type, accepting the conversions below and
 * refusing the rest: a number for a text field, numeric text for a number, 1/0 for a Boolean,
 * and an ISO text for a DateTime.
 */
export function coerceLiteral(literal: Exclude<Literal, { type: 'null' }>, valueType: ValueType, fieldPath: string): CoercedValue {
  const refuse = (expected: string): ODataQueryError =>
    new ODataQueryError(`The value ${describe(literal)} cannot be compared with '${fieldPath}', which needs ${expected}.`);
  switch (valueType) {
    case 'text':
      if (literal.type === 'text') return literal;
      if (literal.type === 'number') return { type: 'text', value: String(literal.value) };
      throw refuse("a text in quotes ('…')");
    case 'number':
      if (literal.type === 'number') return literal;
      if (literal.type === 'text' && NUMERIC_TEXT.test(literal.value)) return { type: 'number', value: Number(literal.value) };
      throw refuse('a number');
    case 'boolean':
      if (literal.type === 'boolean') return { type: 'boolean', value: literal.value ? 1 : 0 };
      // SharePoint accepts `Done eq 1`: a Boolean is a bit in its database.
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return { type: 'boolean', value: literal.value };
      throw refuse('true or false (or 1 or 0)');
    case 'datetime':
      if (literal.type === 'datetime') return literal;
      if (literal.type === 'text') return { type: 'datetime', epochMs: parseDateTimeLiteral(literal.value) };
      throw refuse("a datetime'YYYY-MM-DDTHH:MM:SSZ'");
  }
}

function describe(literal: Exclude<Literal, { type: 'null' }>): string {
  switch (literal.type) {
    case 'text':
      return `'${literal.value}'`;
    case 'number':
      return String(literal.value);
    case 'boolean':
      return String(literal.value);
    case 'datetime':
      return `datetime'${new Date(literal.epochMs).toISOString()}'`;
  }
}
