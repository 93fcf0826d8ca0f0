import { sameColumn } from './column-expression';
import { hasFractionalSecond, storageDateTime } from './datetime-literal';
import { resolveFieldReference } from './field-reference';
import type { ComparisonOperator, FilterNode, Literal, TextFunction } from './filter-ast';
import { filterTarget } from './filter-target';
import type { FilterTarget } from './filter-target';
import { coerceLiteral } from './literal-coercion';
import type { CoercedValue } from './literal-coercion';
import { parseFilter } from './parse-filter';
import { projectionNeedsExpand } from './query-errors';
import { ODataQueryError } from './query-model';
import type { ColumnInfo, ColumnResolver, SqlFragment } from './query-model';
import { compareSql, indexableTextEqualsSql, textFunctionSql } from './scalar-predicate';
import type { SqlValue } from './scalar-predicate';

export interface FilterSql {
  /** A parenthesised boolean SQL expression over `items` (columns `id`, `data`), safe to AND with others. */
  readonly where: SqlFragment;
  /**
   * The column of the leftmost comparison. SharePoint's list view threshold looks at the first
   * clause of a filter: on a large list it must be an indexed column, so the server checks this one.
   */
  readonly firstColumn: ColumnInfo | undefined;
  /** Every column the filter names, first use first (lookup and person columns count toward SharePoint's 12-per-query limit). */
  readonly columns: ColumnInfo[];
}

export interface FilterOptions {
  /**
   * The fields named in `$expand`. When given, a projection such as `Owner/EMail` is refused unless
   * `Owner` is expanded, as SharePoint refuses it; when omitted, projections are not checked.
   */
  readonly expanded?: readonly string[];
}

/** Walks the parsed filter left to right, so parameters and columns come in the order they appear. */
class FilterTranslator {
  public readonly params: SqlFragment['params'][number][] = [];
  /** In order of first use, so the first entry is the leftmost comparison's column. */
  public readonly columns: ColumnInfo[] = [];

  public constructor(
    private readonly resolve: ColumnResolver,
    private readonly options: FilterOptions
  ) {}

  public condition(node: FilterNode): string {
    switch (node.kind) {
      case 'and':
      case 'or':
        return node.operands.map((operand) => `(${this.condition(operand)})`).join(node.kind === 'and' ? ' AND ' : ' OR ');
      case 'not':
        return `NOT (${this.condition(node.operand)})`;
      case 'comparison':
        return this.emit(this.comparison(this.target(node.field.name, node.field.property), node.operator, node.value));
      case 'function':
        return this.emit(this.textFunction(this.target(node.field.name, node.field.property), node.name, node.value));
    }
  }

  private target(name: string, property: string | undefined): { target: FilterTarget; path: string } {
    const reference = resolveFieldReference(name, property, this.resolve);
    if (!this.columns.some((known) => sameColumn(known, reference.column))) this.columns.push(reference.column);
    if (property !== undefined && this.options.expanded !== undefined && !this.options.expanded.includes(name)) {
      throw projectionNeedsExpand(name);
    }
    return { target: filterTarget(reference), path: reference.path };
  }

  private emit(fragment: SqlFragment): string {
    this.params.push(...fragment.params);
    return fragment.sql;
  }

  private comparison({ target, path }: { target: FilterTarget; path: string }, operator: ComparisonOperator, literal: Literal): SqlFragment {
    if (literal.type === 'null') return nullComparison(target, operator, path);
    switch (target.shape) {
      case 'scalar': {
        const value = coerceLiteral(literal, target.valueType, path);
        if (value.type === 'boolean' && operator !== 'eq' && operator !== 'ne') {
          throw new ODataQueryError(`'${path}' is a Boolean field: compare it with eq or ne.`);
        }
        return scalarComparison(target.expression, operator, value);
      }
      case 'array': {
        const value = coerceLiteral(literal, target.valueType, path);
        return arrayContains(target.path, operator, path, (element) => compareSql(element, 'eq', bindable(value), value.type === 'text'));
      }
      case 'user':
      case 'userArray': {
        const value = coerceLiteral(literal, 'text', path);
        return userMatch(target, operator, path, (column) => compareSql(column, operator === 'ne' ? 'eq' : operator, bindable(value), true));
      }
    }
  }

  private textFunction({ target, path }: { target: FilterTarget; path: string }, name: TextFunction, literal: Literal): SqlFragment {
    if (literal.type !== 'text') throw new ODataQueryError(`${name} compares '${path}' with a text in quotes.`);
    switch (target.shape) {
      case 'scalar':
        if (target.valueType !== 'text') throw new ODataQueryError(`${name} applies to text fields; '${path}' is not one.`);
        return textFunctionSql(target.expression, name, literal.value);
      case 'array':
        if (target.valueType !== 'text') throw new ODataQueryError(`${name} applies to text fields; '${path}' holds ids.`);
        return arrayContains(target.path, 'eq', path, (element) => textFunctionSql(element, name, literal.value));
      case 'user':
      case 'userArray':
        return userMatch(target, 'eq', path, (column) => textFunctionSql(column, name, literal.value));
    }
  }
}

/**
 * Translates a SharePoint `$filter` (URL-decoded) into SQL over `items`, every value bound as a
 * parameter. Null semantics are SQL's, which match SharePoint's for scalars: `ne`, `lt`, … are
 * false for an empty field (compare with `eq null` / `ne null` to find or skip empty fields), and
 * `not (…)` of a comparison on an empty field is false too. For multi-value fields `eq` means
 * "contains" and `ne` "does not contain", which an empty field does not.
 */
export function filterToSql(filter: string, resolve: ColumnResolver, options: FilterOptions = {}): FilterSql {
  if (filter.trim() === '') return { where: { sql: '(1 = 1)', params: [] }, firstColumn: undefined, columns: [] };
  const translator = new FilterTranslator(resolve, options);
  const sql = translator.condition(parseFilter(filter));
  return { where: { sql: `(${sql})`, params: translator.params }, firstColumn: translator.columns[0], columns: translator.columns };
}

function bindable(value: CoercedValue): SqlValue {
  return value.type === 'datetime' ? storageDateTime(value.epochMs) : value.value;
}

function scalarComparison(expression: string, operator: ComparisonOperator, value: CoercedValue): SqlFragment {
  if (value.type === 'text' && operator === 'eq') return indexableTextEqualsSql(expression, value.value);
  if (value.type === 'datetime' && hasFractionalSecond(value.epochMs)) return fractionalDateTime(expression, operator, value.epochMs);
  return compareSql(expression, operator, bindable(value), value.type === 'text');
}

/**
 * Stored DateTimes are whole seconds, so against a literal with a fraction of a second:
 * `lt`/`le` hold up to its whole second, `gt`/`ge` from the next one; `eq` never holds and `ne`
 * always does (for a non-empty field): comparing with the literal's own spelling, which no stored
 * value has, gives exactly that with the usual null semantics.
 */
function fractionalDateTime(expression: string, operator: ComparisonOperator, epochMs: number): SqlFragment {
  const second = storageDateTime(epochMs);
  switch (operator) {
    case 'lt':
    case 'le':
      return compareSql(expression, 'le', second, false);
    case 'gt':
    case 'ge':
      return compareSql(expression, 'gt', second, false);
    case 'eq':
    case 'ne':
      return compareSql(expression, operator, new Date(epochMs).toISOString(), false);
  }
}

/** `eq null` / `ne null`: an empty field. For a projection (`Owner/Title eq null`) that means no person or lookup at all. */
function nullComparison(target: FilterTarget, operator: ComparisonOperator, path: string): SqlFragment {
  if (operator !== 'eq' && operator !== 'ne') throw new ODataQueryError(`'${path}' can only be compared with null using eq or ne.`);
  switch (target.shape) {
    case 'scalar':
    case 'user':
      return { sql: `${target.expression} IS ${operator === 'eq' ? '' : 'NOT '}NULL`, params: [] };
    case 'array':
    case 'userArray':
      // An empty multi-value field may be stored as a missing key, null or [].
      return { sql: `coalesce(json_array_length(data, '${target.path}'), 0) ${operator === 'eq' ? '=' : '>'} 0`, params: [] };
  }
}

/** eq: some element matches; ne: none does. Nothing else is defined on a multi-value field. */
function arrayContains(
  jsonPathText: string,
  operator: ComparisonOperator,
  path: string,
  elementMatch: (element: string) => SqlFragment
): SqlFragment {
  if (operator !== 'eq' && operator !== 'ne') throw new ODataQueryError(`'${path}' has several values: compare it with eq (contains) or ne (does not contain).`);
  // json_each has its own `id` column, so the element is always named through its alias.
  const match = elementMatch('element.value');
  const exists = `EXISTS (SELECT 1 FROM json_each(data, '${jsonPathText}') AS element WHERE ${match.sql})`;
  return { sql: operator === 'eq' ? exists : `NOT ${exists}`, params: match.params };
}

/** A person property (`Owner/EMail`) compared through a subquery on site_users, by id. */
function userMatch(
  target: Extract<FilterTarget, { shape: 'user' | 'userArray' }>,
  operator: ComparisonOperator,
  path: string,
  userPredicate: (column: string) => SqlFragment
): SqlFragment {
  const predicate = userPredicate(`su.${target.userColumn}`);
  const users = `SELECT su.id FROM site_users AS su WHERE ${predicate.sql}`;
  if (target.shape === 'user') {
    // For ne the predicate was built as eq: a person whose property differs is one not IN the matches.
    return { sql: `${target.expression} ${operator === 'ne' ? 'NOT IN' : 'IN'} (${users})`, params: predicate.params };
  }
  return arrayContains(target.path, operator === 'ne' ? 'ne' : 'eq', path, (element) => ({ sql: `${element} IN (${users})`, params: predicate.params }));
}
