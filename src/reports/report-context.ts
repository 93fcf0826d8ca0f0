import type { Paragraph, Table } from 'docx';
import type { CouncilDashboard, MeasureData } from '../contracts/council-dashboard';
import type { ReportText } from './i18n/report-text';
import type { ReportInput } from './report-input';

/** What every section is written with: the input, its dashboard and the language's words. */
export interface ReportContext {
  readonly input: ReportInput;
  readonly dashboard: CouncilDashboard;
  readonly text: ReportText;
}

export type ReportBlock = Paragraph | Table;

/** A measure's name: the region's own (a training audience) or the report's words for the fixed ones. */
export function measureLabel(measure: MeasureData, text: ReportText): string {
  if (measure.label !== undefined) return text.local(measure.label);
  const key = `goals.measures.${measure.key}`;
  return text.has(key) ? text.t(key) : measure.key;
}

/** A word for a key of an open set (a category, a state), or the key itself when the report has none. */
export function wordFor(text: ReportText, group: string, key: string, values?: Record<string, string | number>): string {
  const path = `${group}.${key}`;
  return text.has(path) ? text.t(path, values) : key;
}

export function percentOrNotMeasured(value: number | undefined, text: ReportText): string {
  return value === undefined ? text.t('table.notMeasured') : text.percent(value);
}
