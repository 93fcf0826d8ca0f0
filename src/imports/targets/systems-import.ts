import { APPROVAL_STATUSES, AUTHORISATION_STATUSES, itSystemSchema, SYSTEM_LIFECYCLES, type ItSystem } from '../../domain/systems/it-system';
import type { ImportColumn } from '../import-column';
import type { ImportTarget } from '../import-target';
import { naturalKey } from '../natural-key';
import { choiceOptions, text } from './choice-options';
import { LINE_LENGTH, NOTE_LENGTH } from './text-limits';

const approvalColumns = (prefix: 'securityPlan' | 'reserveRoutines' | 'continuityPlan', statusHeader: [string, string], dateHeader: [string, string], aliases: string[]): ImportColumn[] => [
  { key: `${prefix}Status`, header: text(...statusHeader), aliases, path: [prefix, 'status'], kind: { type: 'choice', options: choiceOptions('approval', APPROVAL_STATUSES) } },
  { key: `${prefix}ApprovedOn`, header: text(...dateHeader), path: [prefix, 'approvedOn'], kind: { type: 'date' } }
];

/** IT systems (R-SYS): 700+ kept in spreadsheets today; matched on the system's name. */
export const SYSTEMS_IMPORT: ImportTarget<ItSystem> = {
  key: 'systems',
  columns: [
    { key: 'name', header: text('Systemnamn', 'System name'), aliases: ['Namn', 'Name', 'System', 'IT-system'], path: ['name'], kind: { type: 'text', maxLength: LINE_LENGTH }, required: true },
    { key: 'description', header: text('Beskrivning', 'Description'), path: ['description'], kind: { type: 'text', maxLength: NOTE_LENGTH } },
    { key: 'lifecycle', header: text('Livscykel', 'Lifecycle'), aliases: ['Status'], path: ['lifecycle'], kind: { type: 'choice', options: choiceOptions('lifecycle', SYSTEM_LIFECYCLES) } },
    { key: 'unit', header: text('Enhet', 'Unit'), aliases: ['Förvaltande enhet', 'Organisationsenhet'], path: ['unitId'], kind: { type: 'unit' }, required: true },
    { key: 'owner', header: text('Systemägare', 'System owner'), aliases: ['Ägare', 'Owner', 'Systemägare e-post'], path: ['ownerEmail'], kind: { type: 'person' } },
    { key: 'administrator', header: text('Förvaltningsledare', 'Administrator'), aliases: ['System administrator', 'Förvaltningsledare e-post'], path: ['administratorEmail'], kind: { type: 'person' } },
    { key: 'handlesPersonalData', header: text('Personuppgifter', 'Personal data'), aliases: ['Behandlar personuppgifter', 'Handles personal data'], path: ['handlesPersonalData'], kind: { type: 'yes-no' } },
    { key: 'societallyImportant', header: text('Samhällsviktigt', 'Societally important'), path: ['societallyImportant'], kind: { type: 'yes-no' } },
    { key: 'cloudService', header: text('Molntjänst', 'Cloud service'), path: ['cloudService'], kind: { type: 'yes-no' } },
    ...approvalColumns('securityPlan', ['Systemsäkerhetsplan', 'System security plan'], ['SSP godkänd', 'SSP approved on'], ['SSP']),
    ...approvalColumns('reserveRoutines', ['Reservrutiner', 'Reserve routines'], ['Reservrutiner godkända', 'Reserve routines approved on'], []),
    ...approvalColumns('continuityPlan', ['Kontinuitetsplan', 'Continuity plan'], ['Kontinuitetsplan godkänd', 'Continuity plan approved on'], []),
    { key: 'authorisationStatus', header: text('Auktorisation', 'Authorisation'), path: ['authorisation', 'status'], kind: { type: 'choice', options: choiceOptions('authorisation', AUTHORISATION_STATUSES) } },
    { key: 'authorisationDecidedOn', header: text('Auktorisation beslutad', 'Authorisation decided on'), path: ['authorisation', 'decidedOn'], kind: { type: 'date' } }
  ],
  keyColumns: ['name'],
  schema: itSystemSchema,
  blank: () => ({ id: 'new', authorisation: { status: 'not-requested' } }),
  naturalKeyOf: (system) => naturalKey([system.name])
};
