import { OVERDUE_KINDS } from '../../src/contracts/council-dashboard';
import type { Locale } from '../../src/domain/shared/localized-text';
import type { ReportPeriodKey } from '../../src/reports/report-period';
import { botText } from '../i18n/bot-translator';
import { adaptiveCard, text, type AdaptiveCard, type CardElement } from './adaptive-card';
import { escapeCardMarkdown } from './card-markdown';

type OverdueKind = (typeof OVERDUE_KINDS)[number];

/** An area's figures as the card shows them (bot/council/area-follow-up.ts derives them from the council's dashboard). */
export interface AreaFollowUpCardInput {
  readonly locale: Locale;
  readonly unitName: string;
  readonly year: number;
  readonly period: ReportPeriodKey;
  /** The day the figures are of (YYYY-MM-DD). */
  readonly asOf: string;
  readonly overdue: Readonly<Record<OverdueKind, number>>;
  /** The region's average per unit, per kind: what "many" means. */
  readonly averagePerUnit: Readonly<Record<OverdueKind, number>>;
  /** Open risks per level, lowest level first, with the level's name in the card's language. */
  readonly risksByLevel: readonly { readonly label: string; readonly count: number }[];
  readonly openIncidents: number;
  /** Absolute: where the area's Word report is offered (the Teams personal tab's deep link, or the app service's /tab/my-tasks locally; src/contracts/area-report-link.ts). */
  readonly reportUrl: string;
}

/**
 * R-REP, the action plan's section 4 (in May and December area and department chiefs get their own
 * follow-up): the area's overdue work per kind against the region's average, its open risks by level
 * and its open incidents, and a button to the area's Word report. Register text (the unit's name) is
 * escaped for the card's markdown; the figures are the dashboard's, as in the report.
 */
export function areaFollowUpCard(input: AreaFollowUpCardInput): AdaptiveCard {
  const { t, date } = botText(input.locale);
  const number = new Intl.NumberFormat(input.locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
  const unit = escapeCardMarkdown(input.unitName);
  const total = OVERDUE_KINDS.reduce((sum, kind) => sum + input.overdue[kind], 0);
  const averageTotal = OVERDUE_KINDS.reduce((sum, kind) => sum + input.averagePerUnit[kind], 0);
  const period = t(`areaFollowUp.periods.${input.period}`, { year: input.year });
  const body: CardElement[] = [
    text(t('areaFollowUp.title'), { style: 'heading', weight: 'bolder', size: 'large' }),
    text(t('areaFollowUp.unit', { unit }), { weight: 'bolder', size: 'medium', spacing: 'none' }),
    text(t('areaFollowUp.period', { period, date: date(input.asOf) }), { isSubtle: true, spacing: 'small' }),
    text(t('areaFollowUp.intro')),
    text(t('areaFollowUp.overdueHeading'), { style: 'heading', weight: 'bolder', spacing: 'large' })
  ];
  if (total === 0) {
    body.push(text(t('areaFollowUp.nothingOverdue'), { color: 'good' }));
  } else {
    body.push({
      type: 'FactSet',
      facts: [
        ...OVERDUE_KINDS.filter((kind) => input.overdue[kind] > 0).map((kind) => ({
          title: t(`areaFollowUp.kinds.${kind}`),
          value: t('areaFollowUp.overdueValue', { count: input.overdue[kind], average: number.format(input.averagePerUnit[kind]) })
        })),
        { title: t('areaFollowUp.overdueTotal'), value: t('areaFollowUp.overdueValue', { count: total, average: number.format(averageTotal) }) }
      ]
    });
  }
  body.push(text(t('areaFollowUp.risksHeading'), { style: 'heading', weight: 'bolder', spacing: 'large' }));
  const risks = input.risksByLevel.filter((level) => level.count > 0);
  if (risks.length === 0) body.push(text(t('areaFollowUp.noRisks')));
  else body.push({ type: 'FactSet', facts: [...risks].reverse().map((level) => ({ title: escapeCardMarkdown(level.label, 40), value: String(level.count) })) });
  body.push(text(input.openIncidents === 0 ? t('areaFollowUp.noIncidents') : t('areaFollowUp.incidents', { count: input.openIncidents }), { spacing: 'medium' }));
  return adaptiveCard({
    lang: input.locale,
    body,
    actions: [{ type: 'Action.OpenUrl', title: t('areaFollowUp.openReport'), url: input.reportUrl }],
    fallbackText: t('areaFollowUp.fallback', { unit: input.unitName, url: input.reportUrl })
  });
}
