import { EMPLOYMENT_TYPES } from '../../domain/people/person';
import { choiceField, dateField, lookupField, noteField, userField } from './field-builders';
import type { ListSchema } from './list-schema';

/**
 * The staff roster (from HR / Entra ID), the denominator of every training KPI (R-TRN-4). Title
 * holds the person's name as HR spells it. Read by the whole region: it holds what the directory
 * already shows (name, unit, manager), and managers need their staff's rows for R-TRN-2.
 */
export const STAFF_LIST: ListSchema = {
  key: 'staff',
  url: 'Lists/Staff',
  title: 'Personal',
  description: 'Personalförteckningen: alla som ska utbildas och kan påminnas, timanställda och konsulter inräknade.',
  titleField: { title: 'Namn', description: 'Personens namn.', required: true, indexed: false, generated: false },
  fields: [
    // Indexed and unique: one roster row per person; the bot and the UI look a person up by account.
    userField('Person', 'Person', 'Personens konto i regionen.', { required: true, indexed: true, unique: true }),
    // Indexed: a manager's staff (R-TRN-2 reports, R-NDG-3 escalation to the manager).
    userField('Manager', 'Chef', 'Närmaste chef.', { indexed: true }),
    // Indexed: a unit's staff (per-unit training KPIs); the roster outgrows 5,000 in most regions.
    lookupField('Unit', 'Enhet', 'Enheten personen tillhör.', 'units', { required: true, indexed: true }),
    choiceField('EmploymentType', 'Anställningsform', 'Tillsvidare, visstid, timanställd eller konsult.', EMPLOYMENT_TYPES, {
      required: true
    }),
    // Indexed: who started recently (welcome training deadlines counted from employment start).
    dateField('StartDate', 'Startdatum', 'Första anställningsdag.', { required: true, indexed: true }),
    // Indexed: who has left (clean-up of the roster and of role assignments).
    dateField('EndDate', 'Slutdatum', 'Sista anställningsdag; tom för tills vidare.', { indexed: true }),
    dateField('ManagerSince', 'Chef sedan', 'Dagen personen blev chef (R-TRN-2: utbildad inom tre månader).'),
    // Free text: groups come from HR or the board's member list, not from a fixed set, so not a multichoice.
    noteField('Groups', 'Grupper', 'Namngivna grupper som är målgrupper för utbildning, till exempel regionstyrelsen. En per rad.')
  ],
  permissions: { read: ['owners', 'members', 'visitors'], edit: ['owners'], itemLevel: 'all' }
};
