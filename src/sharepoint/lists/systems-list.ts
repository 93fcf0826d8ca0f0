import { APPROVAL_STATUSES, AUTHORISATION_STATUSES, SYSTEM_LIFECYCLES } from '../../domain/systems/it-system';
import { booleanField, choiceField, dateField, lookupField, lookupsField, noteField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * IT systems (R-SYS). Title holds the system's name. Each approved document (SSP, reserve
 * routines, continuity plan, authorisation) is a status column and a date column, so that a
 * coordinator can filter and sort on them in SharePoint too.
 */
export const SYSTEMS_LIST: ListSchema = {
  key: 'systems',
  url: 'Lists/Systems',
  title: 'IT-system',
  description: 'Regionens IT-system med systemägare, förvaltningsledare, systemsäkerhetsplan och reservrutiner.',
  titleField: { title: 'Namn', description: 'Systemets namn.', required: true, indexed: false, generated: false },
  fields: [
    noteField('Description', 'Beskrivning', 'Vad systemet används till.'),
    // Indexed: current systems only (the KPI "% of current information systems classified").
    choiceField('Lifecycle', 'Livscykel', 'Planerat, i drift eller avvecklat.', SYSTEM_LIFECYCLES, { required: true, indexed: true }),
    // Indexed: a unit's systems.
    lookupField('Unit', 'Enhet', 'Förvaltande enhet.', 'units', { required: true, indexed: true }),
    // Indexed: a system owner's systems (R-NDG-1 nudges, "my systems").
    userField('Owner', 'Systemägare', 'Systemägare; även registerägare när systemet behandlar personuppgifter.', { indexed: true }),
    // Indexed: an administrator's systems; administrators are a training audience (R-TRN-3).
    userField('Administrator', 'Förvaltningsledare', 'Förvaltningsledare för systemet.', { indexed: true }),
    // Deferred: assets and systems refer to each other; this side is created after the Assets list.
    lookupsField('Assets', 'Informationstillgångar', 'Informationstillgångar som hanteras i systemet.', 'assets', { deferred: true }),
    // Indexed: the Register web part's "processes personal data" view filters on it first (the 5,000-item threshold, issue 7).
    booleanField('HandlesPersonalData', 'Personuppgifter', 'Systemet behandlar personuppgifter.', { indexed: true }),
    // Indexed: R-SYS-1 covers societally important systems.
    booleanField('SocietallyImportant', 'Samhällsviktigt', 'Systemet stödjer samhällsviktig verksamhet.', { indexed: true }),
    booleanField('CloudService', 'Molntjänst', 'Systemet är en molntjänst.'),
    // Indexed: systems whose SSP is missing or in draft (R-SYS-1).
    choiceField('SecurityPlanStatus', 'Systemsäkerhetsplan', 'Status för systemsäkerhetsplanen (SSP).', APPROVAL_STATUSES, {
      required: true,
      indexed: true
    }),
    // Indexed: SSPs due for re-approval.
    dateField('SecurityPlanApprovedOn', 'SSP godkänd', 'Dag då systemsäkerhetsplanen godkändes.', { indexed: true }),
    // Indexed: systems whose reserve routines are missing (R-SYS-1).
    choiceField('ReserveRoutinesStatus', 'Reservrutiner', 'Status för reservrutinerna.', APPROVAL_STATUSES, { required: true, indexed: true }),
    // Indexed: reserve routines due for re-approval.
    dateField('ReserveRoutinesApprovedOn', 'Reservrutiner godkända', 'Dag då reservrutinerna godkändes.', { indexed: true }),
    choiceField('ContinuityPlanStatus', 'Kontinuitetsplan', 'Status för kontinuitetsplanen.', APPROVAL_STATUSES, { required: true }),
    dateField('ContinuityPlanApprovedOn', 'Kontinuitetsplan godkänd', 'Dag då kontinuitetsplanen godkändes.'),
    choiceField(
      'AuthorisationStatus',
      'Auktorisation',
      'IT-säkerhetens auktorisation före införande.',
      AUTHORISATION_STATUSES,
      { required: true }
    ),
    dateField('AuthorisationDecidedOn', 'Auktorisation beslutad', 'Dag då auktorisationen beslutades.')
  ],
  permissions: REGISTER_PERMISSIONS
};
