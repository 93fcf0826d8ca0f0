import { body, bullet, heading } from '../docx/report-blocks';
import { safeText } from '../docx/safe-text';
import { allMeasures, meetsTarget, openActions } from '../report-figures';
import { measureLabel, type ReportBlock, type ReportContext } from '../report-context';

/**
 * R-REP: next year's work (the seed's "Fortsatt arbete under 2024"): the activities carried
 * forward and the KPIs below their targets, which the council prioritises.
 */
export function nextYearSection(context: ReportContext): ReportBlock[] {
  const { text, dashboard } = context;
  const carried = openActions(dashboard.actionPlan);
  const below = allMeasures(dashboard).filter((m) => meetsTarget(m) === false);
  const blocks: ReportBlock[] = [heading(text.t('nextYear.heading', { year: dashboard.year + 1 })), body(text.t('nextYear.intro'))];
  if (carried.length === 0 && below.length === 0) return [...blocks, body(text.t('nextYear.nothing'))];
  if (carried.length > 0) {
    blocks.push(heading(text.t('nextYear.carried'), 3));
    for (const action of carried) {
      const who = action.responsibleName ?? action.responsibleEmail;
      blocks.push(bullet(`${safeText(action.activity)} (${[who, text.date(action.endsOn)].filter((part) => part !== undefined).join(', ')})`));
    }
  }
  if (below.length > 0) {
    blocks.push(heading(text.t('nextYear.focus'), 3));
    for (const m of below) blocks.push(bullet(text.t('nextYear.againstTarget', { measure: measureLabel(m, text), percent: text.percent(m.percent ?? 0), target: text.percent(m.targetPercent ?? 0) })));
  }
  return blocks;
}
