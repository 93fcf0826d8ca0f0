import * as React from 'react';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { ItemStatus, RegisterDefinition } from './register-definition';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  open: { minWidth: 0, textAlign: 'left', justifyContent: 'flex-start', fontWeight: 'inherit' },
  // E-mail addresses have no spaces: without this they ran over the next column (seen in the screenshots).
  cell: { overflowWrap: 'anywhere' }
});

export interface RegisterGridProps<T> {
  readonly definition: RegisterDefinition<T>;
  readonly items: readonly Stored<T>[];
  readonly statuses: ReadonlyMap<string, ItemStatus>;
  readonly sort: { readonly field: string; readonly descending: boolean };
  readonly caption: string;
  readonly t: Translate;
  onSort(field: string): void;
  onOpen(item: Stored<T>): void;
}

/**
 * One page of a register. Only indexed columns sort (SharePoint refuses other sorts past 5,000
 * items); the first column opens the item, so the keyboard reaches every form through the grid.
 */
export function RegisterGrid<T>({ definition, items, statuses, sort, caption, t, onSort, onOpen }: RegisterGridProps<T>): JSX.Element {
  const styles = useStyles();
  const [first, ...rest] = definition.columns;
  return (
    <Table aria-label={caption} data-testid="register-grid" size="small">
      <TableHeader>
        <TableRow>
          {definition.columns.map((column) => (
            <TableHeaderCell
              key={column.key}
              sortable={column.sortField !== undefined}
              sortDirection={column.sortField !== undefined && sort.field === column.sortField ? (sort.descending ? 'descending' : 'ascending') : undefined}
              onClick={column.sortField === undefined ? undefined : () => onSort(column.sortField ?? '')}
              data-sort-field={column.sortField}
            >
              {t(column.label)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell>{t('fields.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} data-item-id={item.id}>
            <TableCell>
              <Button appearance="transparent" className={styles.open} onClick={() => onOpen(item)} data-testid="register-open">
                {first.value(item.record, t)}
              </Button>
            </TableCell>
            {rest.map((column) => (
              <TableCell key={column.key} className={styles.cell}>
                {column.value(item.record, t)}
              </TableCell>
            ))}
            <TableCell>
              <StatusBadge status={statuses.get(item.id)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
