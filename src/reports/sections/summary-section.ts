import { overdueTotal, allMeasures, incidentsReported, meetsTarget, severeRiskCount, targetedMeasures, weakestMeasure } from '../report-figures';
import { measureLabel, type ReportBlock, type ReportContext } from '../report-context';
import { body, bullet, heading } from '../docx/report-blocks';

/** R-REP: the summary, in sentences made of the figures that follow (the seed's "Sammanfattning"). */
export function summarySection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const measures = allMeasures(dashboard);
  const targeted = targetedMeasures(measures);
  const lines: string[] = [];
  lines.push(
    targeted.length === 0
      ? text.t('summary.noTargets')
      : text.t('summary.measuresAtTarget', { met: targeted.filter((m) => meetsTarget(m) === true).length, total: targeted.length })
  );
  const weakest = weakestMeasure(measures);
  if (weakest !== undefined) {
    lines.push(text.t('summary.weakest', { measure: measureLabel(weakest, text), percent: text.percent(weakest.percent ?? 0), target: text.percent(weakest.targetPercent ?? 0) }));
  }
  const maturityMeasure = measures.find((m) => m.key === 'areas-at-target-maturity');
  const target = dashboard.maturity.scale.find((step) => step.key === dashboard.maturity.targetStatus);
  if (maturityMeasure !== undefined && target !== undefined) {
    lines.push(text.t('summary.maturity', { atTarget: maturityMeasure.numerator, applicable: maturityMeasure.denominator, target: text.local(target.label) }));
  }
  lines.push(text.t('summary.risks', { count: dashboard.risks.open.length, severe: severeRiskCount(dashboard.risks) }));
  lines.push(text.t('summary.incidents', { count: incidentsReported(dashboard), open: dashboard.incidents.open.length }));
  lines.push(text.t('summary.overdue', { count: overdueTotal(dashboard.overdue.totals) }));
  if (dashboard.actionPlan.length > 0) {
    lines.push(
      text.t('summary.actions', {
        total: dashboard.actionPlan.length,
        done: dashboard.actionPlan.filter((action) => action.state === 'done').length,
        overdue: dashboard.actionPlan.filter((action) => action.state === 'overdue').length
      })
    );
  }
  return [heading(text.t('summary.heading')), body(text.t('summary.intro')), ...lines.map((line) => bullet(line))];
}
