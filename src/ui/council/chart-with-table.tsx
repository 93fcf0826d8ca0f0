import * as React from 'react';
import { Button, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Translate } from '../../i18n/translator';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  chart: {
    minHeight: '200px',
    // The charts' legends capitalise every word ("Områden På Målnivå"); the tab writes names in sentence case, as Swedish does.
    '& .fui-legend__legend, & .fui-legend__text': { textTransform: 'none' }
  },
  waiting: { minHeight: '200px', display: 'flex', alignItems: 'center', justifyContent: 'center', columnGap: tokens.spacingHorizontalS }
});

export interface ChartWithTableProps {
  readonly t: Translate;
  /** Names the switch apart from the others on the page. */
  readonly name: string;
  readonly chart: () => React.ReactNode;
  readonly table: () => React.ReactNode;
  readonly testId: string;
}

interface ChartLoadBoundaryProps {
  readonly t: Translate;
  readonly onShowTable: () => void;
  readonly children: React.ReactNode;
}

/**
 * The charts come in a chunk of their own (lazy-charts.tsx); should it not load (the network, a
 * deployment between the page and the chunk), the section says so and offers its table, which needs nothing more.
 */
class ChartLoadBoundary extends React.Component<ChartLoadBoundaryProps, { readonly failed: boolean }> {
  public state = { failed: false };

  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  public componentDidCatch(error: unknown): void {
    console.warn(`A council chart did not load: ${error instanceof Error ? error.message : String(error)}`);
  }

  public render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Text as="p" role="status">
        {this.props.t('council.chartFailed')}{' '}
        <Button appearance="transparent" onClick={this.props.onShowTable}>
          {this.props.t('council.showTable')}
        </Button>
      </Text>
    );
  }
}

/**
 * A chart, or its data as a table at the flip of a switch ("Visa som tabell"). The chart is drawn
 * for the eye; the switch is announced with the chart's name, so a screen reader user reaches the
 * numbers in one step (issue 10, WCAG 1.1.1). The table is there at once; the chart waits for its
 * chunk behind a placeholder of its own height, so nothing below it jumps twice.
 */
export function ChartWithTable({ t, name, chart, table, testId }: ChartWithTableProps): JSX.Element {
  const styles = useStyles();
  const [asTable, setAsTable] = React.useState(false);
  const waiting = (
    <div className={styles.waiting}>
      <Spinner size="tiny" label={t('council.chartLoading')} />
    </div>
  );
  return (
    <div className={styles.root} data-testid={testId}>
      <Switch
        checked={asTable}
        onChange={(_event, data) => setAsTable(data.checked)}
        label={`${t('council.showTable')}: ${name}`}
        data-testid={`${testId}-as-table`}
      />
      {asTable ? (
        table()
      ) : (
        <div className={styles.chart}>
          <ChartLoadBoundary t={t} onShowTable={() => setAsTable(true)}>
            <React.Suspense fallback={waiting}>{chart()}</React.Suspense>
          </ChartLoadBoundary>
        </div>
      )}
    </div>
  );
}
