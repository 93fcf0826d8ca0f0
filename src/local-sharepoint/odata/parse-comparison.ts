import { parse } from '@balena/odata-parser';
import type { ODataBinds } from '@balena/odata-parser';
import { parseDateTimeLiteral } from './datetime-literal';
import type { ComparisonOperator, FieldPath, FilterNode, Literal } from './filter-ast';
import { closingQuote } from './filter-tokens';
import { invalidExpression, notSupportedBySharePoint, notSupportedByStandIn } from './query-errors';
import { ODataQueryError } from './query-model';

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const ARITHMETIC: ReadonlySet<string> = new Set(['add', 'sub', 'mul', 'div', 'mod']);
/** The functions SharePoint's REST documentation lists as unsupported, refused as SharePoint refuses them. */
const SHAREPOINT_UNSUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set([
  'endswith', 'replace', 'substring', 'tolower', 'toupper', 'trim', 'concat', 'indexof', 'length',
  'round', 'floor', 'ceiling', 'contains'
]);

/**
 * The parser expects URL-encoded text: it percent-decodes string literals and reads an unqualified
 * datetime as local time. Our input is decoded, so:
 * - every `%` is re-encoded as `%25`, so `'100%'` survives the parser's decoding;
 * - every `datetime'…'` literal is validated and rewritten with an explicit `Z` (SharePoint reads a
 *   datetime without offset as UTC), so the parser's Date.parse gives the same instant in any TZ.
 * String literals are skipped over whole (with `''` escapes), so their content is never rewritten.
 */
function prepareForParser(filter: string): string {
  let out = '';
  let at = 0;
  while (at < filter.length) {
    const char = filter[at];
    if (char !== "'") {
      out += char === '%' ? '%25' : char;
      at += 1;
      continue;
    }
    const end = closingQuote(filter, at);
    if (end < 0) return out + filter.slice(at).replace(/%/g, '%25'); // unterminated: the parser reports it
    const body = filter.slice(at + 1, end);
    if (/(^|[^A-Za-z0-9_])datetime$/.test(out)) {
      out += `'${new Date(parseDateTimeLiteral(body.replace(/''/g, "'"))).toISOString()}'`;
    } else {
      out += `'${body.replace(/%/g, '%25')}'`;
    }
    at = end + 1;
  }
  return out;
}

interface PropertyPathNode {
  name: string;
  property?: PropertyPathNode;
  key?: unknown;
  count?: unknown;
  options?: unknown;
}

interface BindNode {
  bind: number | string;
}

type CallNode = ['call', { method: string; args: unknown[] }];

function isPropertyPath(node: unknown): node is PropertyPathNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && typeof (node as { name?: unknown }).name === 'string';
}

function isBind(node: unknown): node is BindNode {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && 'bind' in node;
}

function isTextFunctionName(method: string): boolean {
  return method === 'startswith' || method === 'substringof';
}

function isCall(node: unknown): node is CallNode {
  return Array.isArray(node) && node[0] === 'call';
}

/** Reads the parser's tree (`[operator, ...operands]`, `{ name }`, `{ bind }`, null). */
class TreeReader {
  public constructor(
    private readonly binds: ODataBinds,
    private readonly filter: string
  ) {}

  /** A node that must be true or false: a comparison or a text function. */
  public condition(node: unknown): FilterNode {
    if (isPropertyPath(node)) {
      throw new ODataQueryError(`A filter must be a condition, but '${pathText(node)}' is a field: compare it, for example '${pathText(node)} eq true'.`);
    }
    if (!Array.isArray(node)) throw new ODataQueryError('A filter must be a condition, not a single value.');
    const operator = node[0] as unknown;
    const operands = node.slice(1) as unknown[];
    // and/or/not were cut out by the tokenizer; one here would carry the parser's wrong precedence.
    if (operator === 'and' || operator === 'or' || operator === 'not') throw invalidExpression(this.filter);
    if (operator === 'call') return this.textFunction(node as CallNode);
    if (typeof operator === 'string' && COMPARISONS.has(operator)) return this.comparison(operator as ComparisonOperator, operands);
    if (typeof operator === 'string' && ARITHMETIC.has(operator)) throw notSupportedBySharePoint(`The arithmetic operator '${operator}'`);
    if (operator === 'eqany') throw notSupportedBySharePoint("The 'in' operator");
    throw new ODataQueryError(`The operator '${String(operator)}' is not supported in a filter.`);
  }

  private comparison(operator: ComparisonOperator, operands: unknown[]): FilterNode {
    if (operands.length !== 2) throw new ODataQueryError(`A comparison with '${operator}' takes one field and one value; comparisons cannot be chained.`);
    const [left, right] = operands;
    for (const operand of operands) {
      if (Array.isArray(operand) && ARITHMETIC.has(operand[0] as string)) {
        throw notSupportedBySharePoint(`The arithmetic operator '${String(operand[0])}'`);
      }
    }
    // `substringof('x',Title) eq true` is accepted by SharePoint and means the function itself.
    if (isCall(left) && isTextFunctionName(left[1].method) && (operator === 'eq' || operator === 'ne')) {
      const outcome = this.literal(right);
      if (outcome.type !== 'boolean') throw new ODataQueryError(`The result of ${left[1].method}() can only be compared with true or false.`);
      const call = this.textFunction(left);
      return outcome.value === (operator === 'eq') ? call : { kind: 'not', operand: call };
    }
    if (isCall(left) || isCall(right)) {
      const method = (isCall(left) ? left : (right as CallNode))[1].method;
      throw this.unsupportedFunction(method);
    }
    if (!isPropertyPath(left)) {
      if (isPropertyPath(right)) throw new ODataQueryError(`Write the field first: '${pathText(right)} ${operator} …'.`);
      throw new ODataQueryError(`A comparison with '${operator}' must name a field on its left.`);
    }
    if (isPropertyPath(right)) throw notSupportedBySharePoint(`Comparing two fields ('${pathText(left)}' and '${pathText(right)}')`);
    return { kind: 'comparison', operator, field: this.fieldPath(left), value: this.literal(right) };
  }

  private textFunction(node: CallNode): FilterNode {
    const { method, args } = node[1];
    if (method === 'startswith' && args.length === 2 && isPropertyPath(args[0])) {
      return { kind: 'function', name: 'startswith', field: this.fieldPath(args[0]), value: this.literal(args[1]) };
    }
    if (method === 'substringof' && args.length === 2 && isPropertyPath(args[1])) {
      return { kind: 'function', name: 'substringof', field: this.fieldPath(args[1]), value: this.literal(args[0]) };
    }
    if (method === 'startswith') throw new ODataQueryError('startswith takes a field and then a text: startswith(Title,\'abc\').');
    if (method === 'substringof') throw new ODataQueryError('substringof takes a text and then a field: substringof(\'abc\',Title).');
    throw this.unsupportedFunction(method);
  }

  private unsupportedFunction(method: string): ODataQueryError {
    if (method === 'contains') return notSupportedBySharePoint("The function 'contains' (OData v4; use substringof('text',Field))");
    if (SHAREPOINT_UNSUPPORTED_FUNCTIONS.has(method)) return notSupportedBySharePoint(`The function '${method}'`);
    return notSupportedByStandIn(`The function '${method}'`);
  }

  private fieldPath(node: PropertyPathNode): FieldPath {
    if (node.key !== undefined || node.count !== undefined || node.options !== undefined) {
      throw notSupportedBySharePoint(`The path '${pathText(node)}'`);
    }
    const property = node.property;
    if (property === undefined) return { name: node.name, property: undefined };
    if (property.property !== undefined || property.key !== undefined || property.count !== undefined) {
      throw notSupportedBySharePoint(`The path '${pathText(node)}' (a query can follow one lookup, not more)`);
    }
    return { name: node.name, property: property.name };
  }

  private literal(node: unknown): Literal {
    if (node === null) return { type: 'null' };
    if (!isBind(node)) throw new ODataQueryError('Expected a value (a text in quotes, a number, true, false, null or datetime\'…\').');
    if (typeof node.bind === 'string') throw notSupportedByStandIn(`The parameter alias '${node.bind}'`);
    const [type, value] = this.binds[node.bind] as [string, unknown];
    switch (type) {
      case 'Text':
        return { type: 'text', value: value as string };
      case 'Real':
        return { type: 'number', value: value as number };
      case 'Boolean':
        return { type: 'boolean', value: value as boolean };
      case 'Date Time':
        // Typed as Date, delivered as epoch milliseconds by the version we use: accept both.
        return { type: 'datetime', epochMs: value instanceof Date ? value.getTime() : (value as number) };
      default:
        throw notSupportedBySharePoint(`A literal of type '${type}'`);
    }
  }
}

/**
 * Reads one comparison of a `$filter` (`Title eq 'a'`, `startswith(Title,'a')`, `Done eq true`)
 * with @balena/odata-parser and narrows the parser's general OData tree to what SharePoint list
 * item queries accept (filter-ast.ts), refusing everything else with a message that names it.
 * The boolean structure around comparisons is parse-filter.ts's job (see filter-tokens.ts for why).
 */
export function parseComparison(text: string, filter: string): FilterNode {
  let parsed: { tree: unknown; binds: ODataBinds };
  try {
    parsed = parse(prepareForParser(text), { startRule: 'ProcessRule', rule: 'FilterByExpression' });
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof URIError) throw invalidExpression(filter);
    throw error;
  }
  return new TreeReader(parsed.binds, filter).condition(parsed.tree);
}

function pathText(node: PropertyPathNode): string {
  return node.property ? `${node.name}/${pathText(node.property)}` : node.name;
}
