import { invalidExpression } from './query-errors';

/**
 * A `$filter` cut at its boolean structure: grouping parentheses, `and`, `or`, `not`, and the
 * comparisons between them (`Title eq 'a'`, `startswith(Title,'a')`) as opaque text.
 *
 * This layer exists because @balena/odata-parser gives `and` and `or` the same precedence,
 * left to right, so `A or B and C` comes out as `(A or B) and C`, and its tree does not show
 * parentheses, so the two cannot be told apart afterwards. OData (and SharePoint) bind `and`
 * tighter than `or`; parse-filter.ts applies that to these tokens.
 */
export type FilterToken =
  | { readonly kind: 'open' | 'close' | 'and' | 'or' | 'not' }
  | { readonly kind: 'comparison'; readonly text: string };

const KEYWORD = /^(and|or|not)(?=[\s(]|$)/;

export function tokenizeFilter(filter: string): FilterToken[] {
  const tokens: FilterToken[] = [];
  let comparison = '';
  const flush = (): void => {
    if (comparison.trim() !== '') tokens.push({ kind: 'comparison', text: comparison.trim() });
    comparison = '';
  };
  let at = 0;
  while (at < filter.length) {
    const char = filter[at];
    if (char === "'") {
      const end = closingQuote(filter, at);
      if (end < 0) throw invalidExpression(filter);
      comparison += filter.slice(at, end + 1);
      at = end + 1;
    } else if (char === '(' && /([A-Za-z0-9_]|\sin\s*)$/.test(comparison)) {
      // A function's argument list (`startswith(`) belongs to the comparison, parentheses and all;
      // so does the list of `Field in (…)`, which SharePoint refuses, so that it is refused by name.
      const end = closingParenthesis(filter, at);
      if (end < 0) throw invalidExpression(filter);
      comparison += filter.slice(at, end + 1);
      at = end + 1;
    } else if (char === '(' || char === ')') {
      flush();
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      at += 1;
    } else {
      // A keyword starts a word: after nothing, a space, or a closing quote or parenthesis
      // (`'a'and`, `startswith(Title,'a')and`, which the parser accepts too).
      const keyword = comparison === '' || /[\s')]$/.test(comparison) ? KEYWORD.exec(filter.slice(at)) : null;
      if (keyword) {
        flush();
        tokens.push({ kind: keyword[1] as 'and' | 'or' | 'not' });
        at += keyword[1].length;
      } else {
        comparison += char;
        at += 1;
      }
    }
  }
  flush();
  return tokens;
}

/** The index of the quote closing the literal opened at `open`, stepping over `''`; -1 if none. */
export function closingQuote(text: string, open: number): number {
  let at = open + 1;
  while (at < text.length) {
    if (text[at] === "'") {
      if (text[at + 1] !== "'") return at;
      at += 2;
    } else {
      at += 1;
    }
  }
  return -1;
}

function closingParenthesis(text: string, open: number): number {
  let depth = 0;
  let at = open;
  while (at < text.length) {
    const char = text[at];
    if (char === "'") {
      const end = closingQuote(text, at);
      if (end < 0) return -1;
      at = end + 1;
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth === 0) return at;
    }
    at += 1;
  }
  return -1;
}
