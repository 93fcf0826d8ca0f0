import * as React from 'react';
import { Badge, Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../../domain/shared/localized-text';
import type { Translate } from '../../../i18n/translator';
import { StatusBadge } from '../status-badge';
import type { ItemStatus } from '../register-definition';
import type { RoleSlotRow, Vacancy } from './role-slot-rows';

const useStyles = makeStyles({
  // Swedish role names are long compounds ("Informationssäkerhetssamordnare"): they wrap inside their cell instead of running under the next.
  open: { minWidth: 0, textAlign: 'left', justifyContent: 'flex-start', fontWeight: 'inherit', whiteSpace: 'normal', overflowWrap: 'anywhere', hyphens: 'auto' },
  // The table lays its columns out evenly; the role and the holder need the room, the mandate and acknowledgement little.
  roleColumn: { width: '20%' },
  unitColumn: { width: '17%' },
  holderColumn: { width: '22%' },
  mandateColumn: { width: '11%' },
  acknowledgementColumn: { width: '14%' },
  statusColumn: { width: '16%' },
  // A badge is one line high by default: a two-word label ("Ej bekräftad") wrapped over itself in a narrow column.
  badge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', textAlign: 'center' },
  // E-mail addresses have no spaces: without this they run over the next column.
  // 'anywhere' broke unit names mid-word ("…förvaltnin-gen", seen in the screenshots): break a word only when it cannot fit, hyphenated where the browser can.
  cell: { overflowWrap: 'break-word', hyphens: 'auto' },
  holder: { display: 'flex', flexDirection: 'column' },
  email: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }
});

export function vacancyReason(vacancy: Vacancy, t: Translate): string {
  if (vacancy.reason === 'ended') return t('rolesRegister.vacancy.ended', { holder: vacancy.formerHolderEmail, date: vacancy.endedOn });
  if (vacancy.reason === 'holder-left') {
    const holder = vacancy.formerHolderName ?? vacancy.formerHolderEmail;
    return vacancy.leftOn === undefined ? t('rolesRegister.vacancy.holder-left', { holder }) : t('rolesRegister.vacancy.holder-left-on', { holder, date: vacancy.leftOn });
  }
  return t(`rolesRegister.vacancy.${vacancy.reason}`);
}

/** Vacant in red with the reason in words (colour never carries the meaning alone, WCAG 1.4.1). */
export function slotStatus(row: RoleSlotRow, t: Translate): ItemStatus {
  if (row.vacancy) return { tone: 'danger', label: t('rolesRegister.status.vacant'), reason: vacancyReason(row.vacancy, t) };
  return { tone: 'success', label: t('rolesRegister.status.filled'), reason: '' };
}

export interface RoleSlotGridProps {
  readonly rows: readonly RoleSlotRow[];
  readonly caption: string;
  readonly locale: Locale;
  readonly t: Translate;
  unitLabel(row: RoleSlotRow): string;
  onOpen(row: RoleSlotRow): void;
}

/** One page of role slots; the role's name opens the slot, so the keyboard reaches every form through the grid. */
export function RoleSlotGrid({ rows, caption, locale, t, unitLabel, onOpen }: RoleSlotGridProps): JSX.Element {
  const styles = useStyles();
  return (
    <Table aria-label={caption} data-testid="roles-grid" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.roleColumn}>{t('rolesRegister.columns.role')}</TableHeaderCell>
          <TableHeaderCell className={styles.unitColumn}>{t('rolesRegister.columns.unit')}</TableHeaderCell>
          <TableHeaderCell className={styles.holderColumn}>{t('rolesRegister.columns.holder')}</TableHeaderCell>
          <TableHeaderCell className={styles.mandateColumn}>{t('rolesRegister.columns.mandate')}</TableHeaderCell>
          <TableHeaderCell className={styles.acknowledgementColumn}>{t('rolesRegister.columns.acknowledgement')}</TableHeaderCell>
          <TableHeaderCell className={styles.statusColumn}>{t('rolesRegister.columns.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-slot-id={row.id} data-vacant={row.vacancy ? row.vacancy.reason : undefined}>
            <TableCell>
              <Button appearance="transparent" className={styles.open} onClick={() => onOpen(row)} data-testid="roles-open">
                {row.role.label[locale]}
              </Button>
            </TableCell>
            <TableCell className={styles.cell}>{unitLabel(row)}</TableCell>
            <TableCell className={styles.cell}>
              {row.holderEmail !== undefined && (
                <span className={styles.holder}>
                  <span>{row.holderName ?? row.holderEmail}</span>
                  <span className={styles.email}>{row.holderEmail}</span>
                </span>
              )}
            </TableCell>
            <TableCell data-mandate={row.mandateMissing ? 'missing' : undefined}>
              {row.vacancy === undefined &&
                (row.mandateMissing ? (
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {t('rolesRegister.mandate.missing')}
                  </Badge>
                ) : (
                  t(`rolesRegister.mandate.${row.role.requiresMandate ? 'documented' : 'not-required'}`)
                ))}
            </TableCell>
            <TableCell data-acknowledgement={row.vacancy === undefined ? row.acknowledgement : undefined}>
              {row.vacancy === undefined &&
                (row.acknowledgement === 'unsigned' ? (
                  <Badge appearance="tint" color="warning" className={styles.badge}>
                    {t('rolesRegister.acknowledgement.unsigned')}
                  </Badge>
                ) : (
                  t(`rolesRegister.acknowledgement.${row.acknowledgement}`)
                ))}
            </TableCell>
            <TableCell>
              <StatusBadge status={slotStatus(row, t)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
