import type { ComparisonOperator, TextFunction } from './filter-ast';
import type { SqlFragment } from './query-model';

/** A value bound to a `?`: values never enter the SQL text. */
export type SqlValue = string | number;

const SQL_OPERATORS: Readonly<Record<ComparisonOperator, string>> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>='
};

/**
 * `<expression> <op> ?` on one SQL value. Text compares with COLLATE NOCASE because SharePoint's
 * comparisons ignore case (see isTextKind in column-expression.ts).
 */
export function compareSql(expression: string, operator: ComparisonOperator, value: SqlValue, text: boolean): SqlFragment {
  return { sql: `${expression} ${SQL_OPERATORS[operator]} ?${text ? ' COLLATE NOCASE' : ''}`, params: [value] };
}

/**
 * Case-insensitive equality on a column that may carry an expression index, which the storage
 * builds with the default BINARY collation. `x = ? COLLATE NOCASE` alone cannot use a BINARY
 * index, so a BINARY range is added that holds every string equal to the value under NOCASE:
 * NOCASE folds ASCII letters only, upper case sorts before lower case, so each such string lies
 * between the value in ASCII upper case and in ASCII lower case. The planner searches the index on
 * that range (or uses a NOCASE index on the equality) and the equality decides.
 */
export function indexableTextEqualsSql(expression: string, value: string): SqlFragment {
  return {
    sql: `(${expression} BETWEEN ? AND ? AND ${expression} = ? COLLATE NOCASE)`,
    params: [asciiUpper(value), asciiLower(value), value]
  };
}

/**
 * startswith / substringof as LIKE, which ignores ASCII case like NOCASE does. `%`, `_` and `\` in
 * the value are escaped, so they match themselves.
 */
export function textFunctionSql(expression: string, name: TextFunction, value: string): SqlFragment {
  const escaped = value.replace(/[\\%_]/g, (char) => `\\${char}`);
  const pattern = name === 'startswith' ? `${escaped}%` : `%${escaped}%`;
  return { sql: `${expression} LIKE ? ESCAPE '\\'`, params: [pattern] };
}

function asciiUpper(value: string): string {
  return value.replace(/[a-z]/g, (char) => char.toUpperCase());
}

function asciiLower(value: string): string {
  return value.replace(/[A-Z]/g, (char) => char.toLowerCase());
}
