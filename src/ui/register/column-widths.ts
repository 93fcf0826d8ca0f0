/**
 * Column widths by weight, as shares of the table: equal columns (the table's fixed layout) left names
 * in three lines and dates in half-empty cells, and fixed percentages for the name, people and status
 * left a register with two people (IT systems) one letter a line for its other column.
 */
const WEIGHTS = { name: 3, person: 2.5, status: 2.5, other: 1.5 } as const;

export function columnWidths(columns: ReadonlyArray<{ readonly person?: boolean }>): { readonly columns: string[]; readonly status: string } {
  const weights = columns.map((column, index): number => (index === 0 ? WEIGHTS.name : column.person === true ? WEIGHTS.person : WEIGHTS.other));
  const total = weights.reduce((sum, weight) => sum + weight, WEIGHTS.status);
  const share = (weight: number): string => `${((weight / total) * 100).toFixed(1)}%`;
  return { columns: weights.map(share), status: share(WEIGHTS.status) };
}
