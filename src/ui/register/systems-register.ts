import { continuityDuties, type ContinuityDuty } from '../../domain/systems/continuity-duties';
import { SYSTEM_LIFECYCLES, itSystemSchema, type ItSystem } from '../../domain/systems/it-system';
import { eq } from '../../sharepoint/odata-literal';
import type { ItemStatus, RegisterDefinition, StatusContext } from './register-definition';
import type { Stored } from '../../sharepoint/repositories/list-repository';

const SEVERITY: Record<ContinuityDuty['state'], number> = { missing: 3, 'not-approved': 3, expired: 3, 'due-soon': 2, current: 1 };

/** R-SYS-1: a societally important system's badge is its worst continuity document (SSP, reserve routines). */
function systemStatuses(items: readonly Stored<ItSystem>[], { config, today, t }: StatusContext): Promise<Map<string, ItemStatus>> {
  const statuses = new Map<string, ItemStatus>();
  const duties = continuityDuties(items.map((item) => item.record), config, today);
  for (const duty of duties) {
    const known = statuses.get(duty.systemId);
    const tone = SEVERITY[duty.state] === 3 ? 'danger' : SEVERITY[duty.state] === 2 ? 'warning' : 'success';
    if (known && (known.tone === 'danger' || (known.tone === 'warning' && tone !== 'danger'))) continue;
    const document = t(`register.documents.${duty.document}`);
    statuses.set(duty.systemId, {
      tone,
      label: t(`register.continuity.${duty.state}`),
      reason: t(`register.reasons.continuity.${duty.state}`, { document, date: duty.dueOn ?? '' })
    });
  }
  return Promise.resolve(statuses);
}

export const systemsRegister: RegisterDefinition<ItSystem> = {
  key: 'systems',
  repository: (registers) => registers.systems,
  schema: itSystemSchema,
  columns: [
    { key: 'name', label: 'fields.name', value: (system) => system.name },
    { key: 'ownerEmail', label: 'fields.ownerEmail', sortField: 'Owner', person: true, value: (system) => system.ownerEmail ?? '' },
    { key: 'lifecycle', label: 'fields.lifecycle', sortField: 'Lifecycle', value: (system, t) => t(`values.lifecycle.${system.lifecycle}`) },
    { key: 'administratorEmail', label: 'fields.administratorEmail', sortField: 'Administrator', person: true, value: (system) => system.administratorEmail ?? '' }
  ],
  defaultSort: { field: 'ID', descending: false },
  views: [
    { key: 'all', filter: () => undefined },
    { key: 'societally-important', filter: () => eq('SocietallyImportant', true) },
    { key: 'personal-data', filter: () => eq('HandlesPersonalData', true) }
  ],
  formFields: [
    { key: 'name', kind: 'text', required: true },
    { key: 'description', kind: 'note' },
    { key: 'lifecycle', kind: 'choice', required: true, choices: SYSTEM_LIFECYCLES, choiceLabels: 'lifecycle' },
    { key: 'ownerEmail', kind: 'email' },
    { key: 'administratorEmail', kind: 'email' }
  ],
  statuses: systemStatuses
};
