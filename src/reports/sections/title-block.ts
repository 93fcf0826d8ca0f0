import type { FiguresBasis } from '../../domain/council/council-dashboard-of-period';
import type { ReportText } from '../i18n/report-text';
import type { ReportContext, ReportBlock } from '../report-context';
import { body, title } from '../docx/report-blocks';

/** The report's title and what it covers: the period, the day the figures are of, for whom. */
export function reportTitle(context: ReportContext, unitName?: string): string {
  const { text, input } = context;
  return unitName === undefined ? text.t(`title.${input.period.key}`, { year: input.period.year }) : text.t('title.unit', { unit: unitName });
}

/** The period in words: the year for the annual report, else its first and last day ("1 januari 2026–30 april 2026"). */
export function periodInWords(context: ReportContext): string {
  const { text, input } = context;
  return input.period.key === 'year' ? String(input.period.year) : `${text.date(input.period.from)}–${text.date(input.period.to)}`;
}

/** "a, b och c" / "a, b and c" (the project's TypeScript lib has no Intl.ListFormat). */
function listInWords(text: ReportText, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${text.t('basis.and')} ${items[items.length - 1]}`;
}

/**
 * R-REP: which day the figures are of and what they rest on, said on the title page: a running
 * period's are today's; a finished period's are as at its last day, its KPIs as kept on a day near
 * it or computed from the registers as of it, and what the registers cannot rewind is named.
 */
export function basisLines(context: ReportContext, basis: FiguresBasis): string[] {
  const { text, input } = context;
  const span = { from: text.date(input.period.from), to: text.date(input.period.to), day: text.date(basis.day) };
  if (basis.kind === 'live') return [text.t('basis.running', span)];
  const lines = [text.t('basis.finished', span)];
  lines.push(
    basis.kind === 'kept'
      ? text.t(`basis.kept.${basis.source}`, { keptOn: text.date(basis.keptOn) })
      : text.t('basis.computed', { day: span.day, computedOn: text.date(basis.computedOn) })
  );
  lines.push(
    text.t('basis.method', {
      day: span.day,
      computedOn: text.date(basis.computedOn),
      keptAsToday: listInWords(text, basis.keptAsToday.map((state) => text.t(`basis.keptAsToday.${state}`)))
    })
  );
  return lines;
}

export function titleBlock(context: ReportContext, unitName?: string): ReportBlock[] {
  const { text, input, dashboard } = context;
  // Looked at as a PDF: the day first and in bold, where the eye lands under the title; the method
  // note (what the registers cannot rewind) last, in italics, so it does not crowd the page's head.
  const [day, kpis, method] =
    input.basis === undefined
      ? [text.t('subtitle.period', { from: text.date(input.period.from), to: text.date(input.period.to), asOf: text.date(dashboard.asOf) })]
      : basisLines(context, input.basis);
  return [
    title(reportTitle(context, unitName)),
    body(day ?? '', { bold: input.basis !== undefined }),
    ...(kpis === undefined ? [] : [body(kpis)]),
    body(text.t(unitName === undefined ? 'subtitle.audience' : 'subtitle.unitAudience')),
    body(text.t('subtitle.generated', { computedAt: text.dateTime(dashboard.computedAt) }), { italics: true }),
    ...(method === undefined ? [] : [body(method, { italics: true })])
  ];
}
