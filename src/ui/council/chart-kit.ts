/**
 * The charts the council's dashboard draws (@fluentui/react-charts, with d3 beneath): loaded only
 * through lazy-charts.tsx, so that the tab's first render (the KPI cards) does not wait for them
 * (issue 10, the first render; esbuild puts this module and what it needs in a chunk of its own).
 */
export { HorizontalBarChartWithAxis, LineChart } from '@fluentui/react-charts';
