import { breachClock } from '../../domain/incidents/breach-clock';
import { INCIDENT_CATEGORIES, INCIDENT_STATUSES, incidentSchema, type Incident } from '../../domain/incidents/incident';
import type { Instant } from '../../domain/shared/calendar';
import { eq, or } from '../../sharepoint/odata-literal';
import type { Stored } from '../../sharepoint/repositories/list-repository';
import type { FormField, ItemStatus, RegisterDefinition, StatusContext } from './register-definition';
import { wallClockOf } from './wall-clock';

/** An instant as people in the region read it: 2026-11-30 14:05. */
const shown = (at: Instant | undefined, timeZone: string): string => (at === undefined ? '' : wallClockOf(at, timeZone).replace('T', ' '));

/**
 * R-INC: a personal data breach shows its 72-hour clock (GDPR Art. 33: from discovery to the
 * report to IMY), overdue in red with the deadline; any other incident shows whether the unit
 * chief has assessed it.
 */
export function incidentStatuses(items: readonly Stored<Incident>[], { config, now, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  const zone = config.timeZone;
  for (const { id, record } of items) {
    const clock = breachClock(record, config, now);
    const deadline = shown(clock.deadline, zone);
    const label = t(`values.breachClock.${clock.state}`);
    if (clock.state === 'running') {
      const hours = Math.floor((clock.minutesLeft ?? 0) / 60);
      statuses.set(id, { tone: 'warning', label, reason: t('register.reasons.breach.running', { deadline, hours }) });
    } else if (clock.state === 'overdue') {
      statuses.set(id, { tone: 'danger', label, reason: t('register.reasons.breach.overdue', { deadline }) });
    } else if (clock.state === 'reported-late') {
      statuses.set(id, { tone: 'danger', label, reason: t('register.reasons.breach.reportedLate', { at: shown(record.reportedToAuthorityAt, zone), deadline }) });
    } else if (clock.state === 'reported-in-time') {
      statuses.set(id, { tone: 'success', label, reason: t('register.reasons.breach.reportedInTime', { at: shown(record.reportedToAuthorityAt, zone) }) });
    } else if (clock.state === 'not-reportable') {
      statuses.set(id, { tone: 'informative', label, reason: t('register.reasons.breach.notReportable') });
    } else if (record.status === 'reported') {
      statuses.set(id, { tone: 'warning', label: t('register.incidentState.toAssess'), reason: t('register.reasons.incidentToAssess', { at: shown(record.reportedAt, zone) }) });
    } else {
      statuses.set(id, { tone: record.status === 'closed' ? 'success' : 'informative', label: t(`values.incidentStatus.${record.status}`), reason: '' });
    }
  }
  return Promise.resolve(statuses);
}

const REPORT_FIELDS: readonly FormField[] = [
  { key: 'title', kind: 'text', required: true },
  { key: 'description', kind: 'note' },
  { key: 'category', kind: 'choice', required: true, choices: INCIDENT_CATEGORIES, choiceLabels: 'incidentCategory' },
  { key: 'unitId', kind: 'unit', required: true, units: 'all' },
  { key: 'discoveredAt', kind: 'datetime', required: true }
];

/** Incidents and deviations (R-INC). Anyone reports; a reporter reads only her own reports (item-level security, R-SEC-1). */
export const incidentsRegister: RegisterDefinition<Incident> = {
  key: 'incidents',
  repository: (registers) => registers.incidents,
  schema: incidentSchema,
  usesUnits: true,
  columns: [
    { key: 'title', label: 'fields.title', value: (incident) => incident.title },
    { key: 'category', label: 'fields.category', sortField: 'Category', value: (incident, t) => t(`values.incidentCategory.${incident.category}`) },
    { key: 'unitId', label: 'fields.unitId', value: (incident, _t, display) => display.unitNames.get(incident.unitId) ?? '' },
    { key: 'discoveredAt', label: 'fields.discoveredAt', sortField: 'DiscoveredAt', value: (incident, _t, display) => shown(incident.discoveredAt, display.config.timeZone) }
  ],
  // Newest first: the breaches whose clock runs are the recent ones.
  defaultSort: { field: 'DiscoveredAt', descending: true },
  views: [
    { key: 'all', filter: () => undefined },
    // Status and Category are indexed (incidents-list.ts).
    { key: 'to-assess', filter: () => eq('Status', 'reported') },
    { key: 'open-incidents', filter: () => or(eq('Status', 'reported'), eq('Status', 'assessed')) },
    { key: 'personal-data-breaches', filter: () => eq('Category', 'personal-data-breach') }
  ],
  formFields: [
    ...REPORT_FIELDS,
    { key: 'status', kind: 'choice', required: true, choices: INCIDENT_STATUSES, choiceLabels: 'incidentStatus' },
    { key: 'reportableToAuthority', kind: 'yes-no' },
    { key: 'reportedToAuthorityAt', kind: 'datetime' }
  ],
  newItem: {
    // The reporter is the signed-in person, reporting now; the 72 hours run from discovery, which she may set earlier.
    formFields: REPORT_FIELDS,
    defaults: ({ me, now }) => ({ category: 'deviation', status: 'reported', reportedBy: me, reportedAt: now, discoveredAt: now, description: '', systemIds: [] })
  },
  statuses: incidentStatuses
};
