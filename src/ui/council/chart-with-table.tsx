import * as React from 'react';
import { Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  chart: { minHeight: '200px' }
});

export interface ChartWithTableProps {
  readonly t: Translate;
  /** Names the switch apart from the others on the page. */
  readonly name: string;
  readonly chart: () => React.ReactNode;
  readonly table: () => React.ReactNode;
  readonly testId: string;
}

/**
 * A chart, or its data as a table at the flip of a switch ("Visa som tabell"). The chart is drawn
 * for the eye; the switch is announced with the chart's name, so a screen reader user reaches the
 * numbers in one step (issue 10, WCAG 1.1.1).
 */
export function ChartWithTable({ t, name, chart, table, testId }: ChartWithTableProps): JSX.Element {
  const styles = useStyles();
  const [asTable, setAsTable] = React.useState(false);
  return (
    <div className={styles.root} data-testid={testId}>
      <Switch
        checked={asTable}
        onChange={(_event, data) => setAsTable(data.checked)}
        label={`${t('council.showTable')}: ${name}`}
        data-testid={`${testId}-as-table`}
      />
      {asTable ? table() : <div className={styles.chart}>{chart()}</div>}
    </div>
  );
}
