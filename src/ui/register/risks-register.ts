import { isOpenRisk, riskFollowUps } from '../../domain/risks/risk-level';
import { RISK_STATUSES, RISK_TREATMENTS, riskSchema, type Risk } from '../../domain/risks/risk';
import { eq, lt, or } from '../../sharepoint/odata-literal';
import { dateColumnLiteral } from './date-filters';
import type { ItemStatus, RegisterDefinition, StatusContext } from './register-definition';
import type { Stored } from '../../sharepoint/repositories/list-repository';

/** R-RSK-1: an open risk is overdue past its follow-up date, and lacking an owner or a date is a gap too. */
function riskStatuses(items: readonly Stored<Risk>[], { today, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  for (const { record } of items) {
    if (isOpenRisk(record)) statuses.set(record.id, { tone: 'success', label: t('register.followUp.onTrack'), reason: t('register.reasons.followUpOn', { date: record.followUpOn ?? '' }) });
  }
  for (const finding of riskFollowUps(items.map((item) => item.record), today)) {
    const reason =
      finding.problem === 'follow-up-overdue'
        ? t('register.reasons.followUpOverdue', { date: finding.followUpOn ?? '', days: finding.daysOverdue })
        : t(`register.reasons.${finding.problem === 'no-owner' ? 'noOwner' : 'noFollowUpDate'}`);
    const known = statuses.get(finding.riskId);
    const reasons = known?.tone === 'danger' ? `${known.reason} ${reason}` : reason;
    statuses.set(finding.riskId, { tone: 'danger', label: t('register.followUp.overdue'), reason: reasons });
  }
  return Promise.resolve(statuses);
}

export const risksRegister: RegisterDefinition<Risk> = {
  key: 'risks',
  repository: (registers) => registers.risks,
  schema: riskSchema,
  columns: [
    { key: 'title', label: 'fields.title', value: (risk) => risk.title },
    { key: 'ownerEmail', label: 'fields.ownerEmail', sortField: 'Owner', person: true, value: (risk) => risk.ownerEmail ?? '' },
    { key: 'status', label: 'fields.status', sortField: 'Status', value: (risk, t) => t(`values.riskStatus.${risk.status}`) },
    { key: 'followUpOn', label: 'fields.followUpOn', sortField: 'FollowUpOn', value: (risk) => risk.followUpOn ?? '' }
  ],
  defaultSort: { field: 'ID', descending: false },
  views: [
    { key: 'all', filter: () => undefined },
    { key: 'open', filter: () => or(eq('Status', 'identified'), eq('Status', 'in-treatment'), eq('Status', 'monitored')) },
    // Follow-up before today: stored dates are the site's midnight (date-filters.ts), not UTC midnight.
    { key: 'follow-up-due', filter: (today, config) => lt('FollowUpOn', dateColumnLiteral(today, config)) }
  ],
  formFields: [
    { key: 'title', kind: 'text', required: true },
    { key: 'description', kind: 'note' },
    { key: 'ownerEmail', kind: 'email' },
    { key: 'likelihood', kind: 'number', required: true },
    { key: 'consequence', kind: 'number', required: true },
    { key: 'treatment', kind: 'choice', required: true, choices: RISK_TREATMENTS, choiceLabels: 'treatment' },
    { key: 'status', kind: 'choice', required: true, choices: RISK_STATUSES, choiceLabels: 'riskStatus' },
    { key: 'followUpOn', kind: 'date' }
  ],
  statuses: riskStatuses
};
