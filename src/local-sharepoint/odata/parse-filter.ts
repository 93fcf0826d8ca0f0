import type { FilterNode } from './filter-ast';
import { tokenizeFilter } from './filter-tokens';
import type { FilterToken } from './filter-tokens';
import { parseComparison } from './parse-comparison';
import { invalidExpression } from './query-errors';
import { ODataQueryError } from './query-model';

/** Recursive descent over the tokens, one method per precedence level. */
class FilterParser {
  private at = 0;

  public constructor(
    private readonly tokens: readonly FilterToken[],
    private readonly filter: string
  ) {}

  public whole(): FilterNode {
    const node = this.or();
    if (this.at !== this.tokens.length) throw invalidExpression(this.filter);
    return node;
  }

  private or(): FilterNode {
    const operands = [this.and()];
    while (this.next()?.kind === 'or') {
      this.at += 1;
      operands.push(this.and());
    }
    return operands.length === 1 ? operands[0] : { kind: 'or', operands };
  }

  private and(): FilterNode {
    const operands = [this.not()];
    while (this.next()?.kind === 'and') {
      this.at += 1;
      operands.push(this.not());
    }
    return operands.length === 1 ? operands[0] : { kind: 'and', operands };
  }

  private not(): FilterNode {
    if (this.next()?.kind !== 'not') return this.primary();
    this.at += 1;
    const operand = this.next();
    // OData binds `not` tighter than `eq`: `not Done eq true` would mean `(not Done) eq true`,
    // which is no condition. Only a group or a bare function call can be negated without parentheses.
    if (operand?.kind === 'comparison' && !/^[A-Za-z]+\(.*\)$/s.test(operand.text)) {
      throw new ODataQueryError("'not' applies to a condition in parentheses: write 'not (Field eq value)'.");
    }
    return { kind: 'not', operand: this.not() };
  }

  private primary(): FilterNode {
    const token = this.next();
    this.at += 1;
    if (token?.kind === 'comparison') return parseComparison(token.text, this.filter);
    if (token?.kind !== 'open') throw invalidExpression(this.filter);
    const node = this.or();
    if (this.next()?.kind !== 'close') throw invalidExpression(this.filter);
    this.at += 1;
    return node;
  }

  private next(): FilterToken | undefined {
    return this.tokens[this.at];
  }
}

/**
 * Parses a `$filter` value (URL-decoded, as URLSearchParams gives it) with OData's precedence:
 * `not` binds tightest, then `and`, then `or`; parentheses group. Each comparison between the
 * operators is read by parseComparison (with @balena/odata-parser).
 */
export function parseFilter(filter: string): FilterNode {
  return new FilterParser(tokenizeFilter(filter), filter).whole();
}
