import * as React from 'react';
import { Button, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { DisplayContext, ItemStatus, RegisterDefinition } from './register-definition';
import { columnWidths } from './column-widths';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  // Long activities and compound Swedish words ran over the next column (seen in the action plan's screenshots).
  open: { minWidth: 0, textAlign: 'left', justifyContent: 'flex-start', fontWeight: 'inherit', overflowWrap: 'anywhere', hyphens: 'auto' },
  // E-mail addresses have no spaces: without this they ran over the next column (seen in the screenshots).
  // Only person cells may break anywhere; elsewhere a word broke mid-word ("Verksamhetskritis-k").
  person: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  // Other cells break a word only when it cannot fit (long unit names such as "…sjukvårdsförvaltningen"), hyphenated where the browser can.
  cell: { overflowWrap: 'break-word', hyphens: 'auto' },
  email: { color: tokens.colorNeutralForeground3 }
});

/** A person by name, with the e-mail beneath: two people may share a name, and the e-mail is what Tillit keys on. */
function PersonCell({ email, name, className }: { readonly email: string; readonly name: string | undefined; readonly className: string }): JSX.Element {
  const styles = useStyles();
  if (email === '') return <></>;
  if (name === undefined) return <>{email}</>;
  return (
    <span className={styles.person}>
      <span>{name}</span>
      <Caption1 className={className}>{email}</Caption1>
    </span>
  );
}

export interface RegisterGridProps<T> {
  readonly definition: RegisterDefinition<T>;
  readonly items: readonly Stored<T>[];
  readonly statuses: ReadonlyMap<string, ItemStatus>;
  /** Names of the page's people by lower-case e-mail (ItemPage.personNames). */
  readonly personNames: ReadonlyMap<string, string>;
  readonly sort: { readonly field: string; readonly descending: boolean };
  readonly caption: string;
  readonly t: Translate;
  readonly display: DisplayContext;
  onSort(field: string): void;
  onOpen(item: Stored<T>): void;
}

/**
 * One page of a register. Only indexed columns sort (SharePoint refuses other sorts past 5,000
 * items); the first column opens the item, so the keyboard reaches every form through the grid.
 */
export function RegisterGrid<T>({ definition, items, statuses, personNames, sort, caption, t, display, onSort, onOpen }: RegisterGridProps<T>): JSX.Element {
  const styles = useStyles();
  const [first, ...rest] = definition.columns;
  const widths = columnWidths(definition.columns);
  return (
    <Table aria-label={caption} data-testid="register-grid" size="small">
      <TableHeader>
        <TableRow>
          {definition.columns.map((column, index) => (
            <TableHeaderCell
              key={column.key}
              style={{ width: widths.columns[index] }}
              sortable={column.sortField !== undefined}
              sortDirection={column.sortField !== undefined && sort.field === column.sortField ? (sort.descending ? 'descending' : 'ascending') : undefined}
              onClick={column.sortField === undefined ? undefined : () => onSort(column.sortField ?? '')}
              data-sort-field={column.sortField}
            >
              {t(column.label)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell style={{ width: widths.status }}>{t(definition.statusLabel ?? 'fields.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => (
          <TableRow key={item.id} data-item-id={item.id}>
            <TableCell>
              <Button appearance="transparent" className={styles.open} onClick={() => onOpen(item)} data-testid="register-open">
                {first.value(item.record, t, display)}
              </Button>
            </TableCell>
            {rest.map((column) => (
              <TableCell key={column.key} className={styles.cell}>
                {column.person ? (
                  <PersonCell email={column.value(item.record, t, display)} name={personNames.get(column.value(item.record, t, display).toLowerCase())} className={styles.email} />
                ) : (
                  column.value(item.record, t, display)
                )}
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
