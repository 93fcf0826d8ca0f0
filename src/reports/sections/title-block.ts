import type { ReportContext, ReportBlock } from '../report-context';
import { body, title } from '../docx/report-blocks';

/** The report's title and what it covers: the period, the day the figures are of, for whom. */
export function reportTitle(context: ReportContext, unitName?: string): string {
  const { text, input } = context;
  return unitName === undefined ? text.t(`title.${input.period.key}`, { year: input.period.year }) : text.t('title.unit', { unit: unitName });
}

export function titleBlock(context: ReportContext, unitName?: string): ReportBlock[] {
  const { text, input, dashboard } = context;
  return [
    title(reportTitle(context, unitName)),
    body(text.t('subtitle.period', { from: text.date(input.period.from), to: text.date(input.period.to), asOf: text.date(dashboard.asOf) })),
    body(text.t(unitName === undefined ? 'subtitle.audience' : 'subtitle.unitAudience')),
    body(text.t('subtitle.generated', { computedAt: text.dateTime(dashboard.computedAt) }), { italics: true })
  ];
}
