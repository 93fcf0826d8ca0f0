import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  // Columns as wide as their content needs (Fluent's fixed layout let long headers run into each other).
  table: { tableLayout: 'auto' },
  // break-word, not anywhere: a name or a word is never split while its column can still grow.
  cell: { overflowWrap: 'break-word', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  numeric: { textAlign: 'end', justifyContent: 'flex-end', fontVariantNumeric: 'tabular-nums', overflowWrap: 'normal' }
});

export interface DataColumn {
  readonly key: string;
  readonly header: string;
  readonly numeric?: boolean;
}

export interface DataTableProps {
  /** Names the table for screen readers (WCAG 1.3.1): the chart's title. */
  readonly caption: string;
  readonly columns: readonly DataColumn[];
  readonly rows: ReadonlyArray<{ readonly key: string; readonly cells: Readonly<Record<string, React.ReactNode>> }>;
  readonly testId?: string;
}

/** A chart's data as numbers (issue 10: every chart also as a table, for screen readers and those who prefer numbers). */
export function DataTable({ caption, columns, rows, testId }: DataTableProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="small" className={styles.table} data-testid={testId}>
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} className={mergeClasses(styles.cell, column.numeric && styles.numeric)}>
                {column.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              {columns.map((column) => (
                <TableCell key={column.key} className={mergeClasses(styles.cell, column.numeric && styles.numeric)}>
                  {row.cells[column.key]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
