import * as React from 'react';

/** One request for every chart on the page: the first chart to render asks, the others wait for the same module. */
let chartKit: Promise<typeof import('./chart-kit')> | undefined;
function loadChartKit(): Promise<typeof import('./chart-kit')> {
  chartKit ??= import(/* webpackChunkName: 'tillit-council-charts' */ './chart-kit').catch((error: unknown) => {
    // A failed load (the network, a new deployment's chunk names) is tried again on the next render, not remembered.
    chartKit = undefined;
    throw error;
  });
  return chartKit;
}

/**
 * The dashboard's charts, loaded on demand (issue 10: the KPI cards first, the charts after). Render
 * them inside ChartWithTable, whose Suspense shows a placeholder of the chart's place meanwhile; their
 * props are @fluentui/react-charts' own.
 */
export const LineChart = React.lazy(() => loadChartKit().then((kit) => ({ default: kit.LineChart })));
export const HorizontalBarChartWithAxis = React.lazy(() => loadChartKit().then((kit) => ({ default: kit.HorizontalBarChartWithAxis })));
