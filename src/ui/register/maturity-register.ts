import { maturityAssessmentSchema, type MaturityAssessment } from '../../domain/maturity/maturity-assessment';
import { newestAssessment } from '../../domain/maturity/maturity-status';
import { yearOf } from '../../domain/shared/calendar';
import { textIn, type Locale } from '../../domain/shared/localized-text';
import { eq, or } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { ConfiguredChoice, ItemStatus, RegisterDefinition, StatusContext } from './register-definition';

/** A configured term in the person's language; a key the configuration no longer has shows as itself. */
const termOf = (terms: readonly ConfiguredChoice[], key: string, locale: Locale): string => {
  const term = terms.find((candidate) => candidate.key === key);
  return term ? textIn(term.label, locale) : key;
};

/**
 * R-MAT, R-KPI 1: an assessment is its area's status for its year unless a newer one of the same
 * year replaced it (maturityForYear decides which wins); the status in force is at or below the
 * region's target level. One read for the page: the assessments of the years on it (Year is indexed).
 */
export async function maturityStatuses(items: readonly Stored<MaturityAssessment>[], { registers, config, locale, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  if (items.length === 0) return statuses;
  const years = [...new Set(items.map((item) => item.record.year))];
  const read = await registers.maturity.readAll(or(...years.map((year) => eq('Year', year))));
  const scale = new Map(config.maturity.scale.map((status) => [status.key, status]));
  const target = scale.get(config.maturity.targetStatus);
  const targetLabel = termOf(config.maturity.scale, config.maturity.targetStatus, locale);
  for (const { id, record } of items) {
    const inForce = newestAssessment(read.valid, record.areaKey, record.year);
    if (inForce !== undefined && inForce.id !== id) {
      statuses.set(id, { tone: 'informative', label: t('register.maturityState.superseded'), reason: t('register.reasons.maturity.superseded', { date: inForce.assessedOn }) });
      continue;
    }
    const status = scale.get(record.statusKey);
    if (status === undefined || !status.applicable) statuses.set(id, { tone: 'informative', label: t('register.maturityState.notApplicable'), reason: '' });
    else if (status.rank === null) statuses.set(id, { tone: 'warning', label: t('register.maturityState.unknown'), reason: t('register.reasons.maturity.unknown') });
    else if (target?.rank !== null && target?.rank !== undefined && status.rank >= target.rank) statuses.set(id, { tone: 'success', label: t('register.maturityState.atTarget'), reason: t('register.reasons.maturity.atTarget', { target: targetLabel }) });
    else statuses.set(id, { tone: 'warning', label: t('register.maturityState.belowTarget'), reason: t('register.reasons.maturity.belowTarget', { target: targetLabel }) });
  }
  return statuses;
}

/** Maturity per MSBFS 2020:6 area and year (R-MAT), on the region's scale, with history per year. */
export const maturityRegister: RegisterDefinition<MaturityAssessment> = {
  key: 'maturity',
  repository: (registers) => registers.maturity,
  schema: maturityAssessmentSchema,
  columns: [
    { key: 'areaKey', label: 'fields.areaKey', value: (assessment, _t, display) => termOf(display.config.maturity.areas, assessment.areaKey, display.locale) },
    { key: 'year', label: 'fields.year', sortField: 'Year', value: (assessment) => String(assessment.year) },
    { key: 'statusKey', label: 'fields.statusKey', value: (assessment, _t, display) => termOf(display.config.maturity.scale, assessment.statusKey, display.locale) },
    { key: 'assessedOn', label: 'fields.assessedOn', value: (assessment) => assessment.assessedOn }
  ],
  statusLabel: 'register.statusColumn.target',
  defaultSort: { field: 'Year', descending: true },
  views: [
    { key: 'all', filter: () => undefined },
    // Year is indexed (maturity-list.ts): one year's assessments, KPI 1 of the annual report.
    { key: 'this-year', filter: (today) => eq('Year', yearOf(today)) },
    { key: 'previous-year', filter: (today) => eq('Year', yearOf(today) - 1) }
  ],
  formFields: [
    { key: 'areaKey', kind: 'choice', required: true, configuredChoices: (config) => config.maturity.areas },
    { key: 'year', kind: 'number', required: true },
    { key: 'statusKey', kind: 'choice', required: true, configuredChoices: (config) => config.maturity.scale },
    { key: 'assessedOn', kind: 'date', required: true },
    { key: 'assessedBy', kind: 'email' },
    { key: 'comment', kind: 'note' }
  ],
  newItem: {
    // This year's assessment by the signed-in person, the area and status still to choose.
    defaults: ({ today, me }) => ({ year: yearOf(today), assessedOn: today, assessedBy: me, areaKey: '', statusKey: '', comment: '' })
  },
  statuses: maturityStatuses
};
