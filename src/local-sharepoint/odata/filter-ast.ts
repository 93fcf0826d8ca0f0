/**
 * A `$filter` reduced to what SharePoint list item queries can express: comparisons of one field
 * with one literal, startswith/substringof, combined with and/or/not. Anything else is refused
 * while parsing, so the SQL translation only ever sees this shape.
 */
export type ComparisonOperator = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

export type TextFunction = 'startswith' | 'substringof';

/** `Title` or `Owner/EMail`: SharePoint queries follow at most one navigation. */
export interface FieldPath {
  readonly name: string;
  readonly property: string | undefined;
}

export type Literal =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'datetime'; readonly epochMs: number }
  | { readonly type: 'null' };

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly operands: readonly FilterNode[] }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'comparison'; readonly operator: ComparisonOperator; readonly field: FieldPath; readonly value: Literal }
  | { readonly kind: 'function'; readonly name: TextFunction; readonly field: FieldPath; readonly value: Literal };
