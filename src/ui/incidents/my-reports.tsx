import * as React from 'react';
import { Badge, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import type { Incident } from '../../domain/incidents/incident';
import type { Translate } from '../../i18n/translator';
import { wallClockOf } from '../register/wall-clock';

const useStyles = makeStyles({ table: { tableLayout: 'auto' }, text: { margin: 0 } });

const TONES = { reported: 'warning', assessed: 'informative', closed: 'success' } as const;

export interface MyReportsProps {
  readonly t: Translate;
  readonly reports: readonly Incident[];
  readonly timeZone: string;
  readonly headingId: string;
}

/** "Mina rapporter": what the employee has reported, when, and how far it has come (R-INC). */
export function MyReports({ t, reports, timeZone, headingId }: MyReportsProps): JSX.Element {
  const styles = useStyles();
  if (reports.length === 0) return <Text as="p" className={styles.text}>{t('incidents.mine.none')}</Text>;
  return (
    <Table size="small" className={styles.table} aria-labelledby={headingId} data-testid="my-reports">
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('incidents.mine.what')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('incidents.mine.reported')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('incidents.mine.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {reports.map((report) => (
          <TableRow key={report.id} data-testid="my-report" data-id={report.id}>
            <TableCell>{report.title}</TableCell>
            <TableCell>{wallClockOf(report.reportedAt, timeZone).replace('T', ' ')}</TableCell>
            <TableCell>
              <Badge appearance="tint" color={TONES[report.status]} size="large">
                {t(`incidents.mine.states.${report.status}`)}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
