import type { FilterNode } from '../../../src/local-sharepoint/odata/filter-ast';
import { parseFilter } from '../../../src/local-sharepoint/odata/parse-filter';

/** A compact picture of a parsed filter: comparisons as `Field op value`, combinations as (and …). */
function shape(node: FilterNode): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.kind} ${node.operands.map(shape).join(' ')})`;
    case 'not':
      return `(not ${shape(node.operand)})`;
    case 'comparison': {
      const value = node.value;
      const shown =
        value.type === 'null' ? 'null' : value.type === 'datetime' ? new Date(value.epochMs).toISOString() : JSON.stringify(value.value);
      return `${node.field.name}${node.field.property ? `/${node.field.property}` : ''} ${node.operator} ${shown}`;
    }
    case 'function':
      return `${node.name}(${node.field.name}, ${JSON.stringify(node.value.type === 'text' ? node.value.value : '?')})`;
  }
}

describe('parseFilter: OData precedence (not > and > or), which @balena/odata-parser alone gets wrong', () => {
  test.each([
    ['A eq 1 or B eq 2 and C eq 3', '(or A eq 1 (and B eq 2 C eq 3))'],
    ['A eq 1 and B eq 2 or C eq 3', '(or (and A eq 1 B eq 2) C eq 3)'],
    ['(A eq 1 or B eq 2) and C eq 3', '(and (or A eq 1 B eq 2) C eq 3)'],
    ['A eq 1 or B eq 2 and C eq 3 or D eq 4', '(or A eq 1 (and B eq 2 C eq 3) D eq 4)'],
    ['A eq 1 and B eq 2 and C eq 3', '(and A eq 1 B eq 2 C eq 3)'],
    ['not (A eq 1) or B eq 2', '(or (not A eq 1) B eq 2)'],
    ['not (A eq 1 or B eq 2)', '(not (or A eq 1 B eq 2))'],
    ['A eq 1 or not (B eq 2) and C eq 3', '(or A eq 1 (and (not B eq 2) C eq 3))'],
    ["not startswith(Title,'x') and B eq 1", '(and (not startswith(Title, "x")) B eq 1)'],
    ['not not (A eq 1)', '(not (not A eq 1))'],
    ['not(A eq 1)', '(not A eq 1)'],
    ['((A eq 1))', 'A eq 1']
  ])('%s', (filter, expected) => {
    expect(shape(parseFilter(filter))).toBe(expected);
  });
});

describe('parseFilter: keywords are words outside literals', () => {
  test.each([
    ["Title eq 'this and that or not'", 'Title eq "this and that or not"'],
    ["Title eq 'a (b) c'", 'Title eq "a (b) c"'],
    ["notes eq 'x' and order eq 1 or android eq 2", '(or (and notes eq "x" order eq 1) android eq 2)'],
    ["Title eq 'a'and B eq 1", '(and Title eq "a" B eq 1)'],
    ["startswith(Title,'a')or B eq 1", '(or startswith(Title, "a") B eq 1)'],
    ["startswith(Title,'a) or (b') or B eq 1", '(or startswith(Title, "a) or (b") B eq 1)'],
    ["substringof('it''s',Title)", 'substringof(Title, "it\'s")'],
    ["Owner/EMail eq 'a@b.se'", 'Owner/EMail eq "a@b.se"'],
    ["Due lt datetime'2026-01-01T00:00:00'", 'Due lt 2026-01-01T00:00:00.000Z'],
    ['A eq -1.5', 'A eq -1.5'],
    ['A   eq   1', 'A eq 1']
  ])('%s', (filter, expected) => {
    expect(shape(parseFilter(filter))).toBe(expected);
  });
});
