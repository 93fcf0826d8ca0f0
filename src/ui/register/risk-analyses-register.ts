import { riskAnalysisValidity } from '../../domain/risks/risk-analysis-validity';
import { riskAnalysisSchema, type RiskAnalysis } from '../../domain/risks/risk';
import { addMonthsTo, isoDate, yearOf } from '../../domain/shared/calendar';
import { ge, lt } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import { dateColumnLiteral } from './date-filters';
import type { ItemStatus, RegisterDefinition, StatusContext, StatusTone } from './register-definition';

const TONES = { planned: 'informative', expired: 'danger', 'not-approved': 'warning', 'due-soon': 'warning', current: 'success' } as const satisfies Record<string, StatusTone>;

/** R-RSK-1, R-KPI 2: whether each analysis still counts for its area, and until when; expired in red. */
export function riskAnalysisStatuses(items: readonly Stored<RiskAnalysis>[], { config, today, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  for (const { id, record } of items) {
    const { state, validUntil } = riskAnalysisValidity(record, config, today, config.nudges.dueSoonDays);
    statuses.set(id, { tone: TONES[state], label: t(`register.analysisState.${state}`), reason: t(`register.reasons.analysis.${state}`, { date: validUntil, performedOn: record.performedOn }) });
  }
  return Promise.resolve(statuses);
}

/** Risk analyses per business-critical area (R-RSK, "risk analyses per identified business-critical area"). */
export const riskAnalysesRegister: RegisterDefinition<RiskAnalysis> = {
  key: 'riskAnalyses',
  repository: (registers) => registers.riskAnalyses,
  schema: riskAnalysisSchema,
  usesUnits: true,
  columns: [
    { key: 'title', label: 'fields.title', value: (analysis) => analysis.title },
    { key: 'unitId', label: 'fields.area', value: (analysis, _t, display) => display.unitNames.get(analysis.unitId) ?? '' },
    { key: 'performedOn', label: 'fields.performedOn', sortField: 'PerformedOn', value: (analysis) => analysis.performedOn },
    { key: 'approvedOn', label: 'fields.approvedOn', value: (analysis) => analysis.approvedOn ?? '' }
  ],
  defaultSort: { field: 'PerformedOn', descending: true },
  views: [
    { key: 'all', filter: () => undefined },
    // PerformedOn is indexed (risk-analyses-list.ts).
    { key: 'performed-this-year', filter: (today, config) => ge('PerformedOn', dateColumnLiteral(isoDate(`${yearOf(today)}-01-01`), config)) },
    // Performed before today less the validity: no longer counts for its area (the badge's rule, riskAnalysisValidity).
    { key: 'expired-analyses', filter: (today, config) => lt('PerformedOn', dateColumnLiteral(addMonthsTo(today, -config.risk.analysisValidMonths), config)) }
  ],
  formFields: [
    { key: 'title', kind: 'text', required: true },
    { key: 'unitId', kind: 'unit', required: true, units: 'business-critical' },
    { key: 'performedOn', kind: 'date', required: true },
    { key: 'approvedOn', kind: 'date' }
  ],
  newItem: { defaults: ({ today }) => ({ performedOn: today }) },
  statuses: riskAnalysisStatuses
};
