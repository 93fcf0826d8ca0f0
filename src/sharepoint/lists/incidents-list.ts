import { INCIDENT_CATEGORIES, INCIDENT_STATUSES, PERSONAL_DATA_ANSWERS } from '../../domain/incidents/incident';
import { choiceField, instantField, lookupField, lookupsField, noteField, userField } from './field-builders';
import type { ListSchema } from './list-schema';

/** The stored values of ReportableToAuthority; no value means the DSO has not decided yet. */
export const REPORTABLE_CHOICES = ['yes', 'no'] as const;

/**
 * Incidents and deviations (R-INC). Title holds the incident's title. Anyone may report; a reporter
 * sees only their own reports (`private`), because a report may describe someone's personal data;
 * only the site's owners (full control overrides item-level permissions) read all of them in
 * SharePoint. Unit chiefs and the DSO read and assess theirs through the app service
 * (bot/api/incident-routes.ts), which knows who is the chief of which unit (R-SEC-1).
 */
export const INCIDENTS_LIST: ListSchema = {
  key: 'incidents',
  url: 'Lists/Incidents',
  title: 'Avvikelser och incidenter',
  description: 'Rapporterade avvikelser, säkerhetsincidenter och personuppgiftsincidenter.',
  titleField: { title: 'Rubrik', description: 'Kort beskrivning av händelsen.', required: true, indexed: false, generated: false },
  fields: [
    noteField('Description', 'Beskrivning', 'Vad som hände.'),
    // Indexed: personal data breaches, which the DSO assesses for IMY.
    choiceField('Category', 'Kategori', 'Avvikelse, säkerhetsincident eller personuppgiftsincident.', INCIDENT_CATEGORIES, {
      required: true,
      indexed: true
    }),
    // Indexed: incidents still to assess.
    choiceField('Status', 'Status', 'Rapporterad, bedömd eller avslutad.', INCIDENT_STATUSES, { required: true, indexed: true }),
    // Indexed: a unit's incidents, assessed by the unit chief.
    lookupField('Unit', 'Enhet', 'Enheten där händelsen inträffade.', 'units', { required: true, indexed: true }),
    // Indexed: "my reports".
    userField('ReportedBy', 'Rapporterad av', 'Den som rapporterade.', { required: true, indexed: true }),
    instantField('ReportedAt', 'Rapporterad', 'När rapporten lämnades.', { required: true }),
    // Indexed: breaches inside the 72-hour window (GDPR Art. 33 runs from discovery).
    instantField('DiscoveredAt', 'Upptäckt', 'När regionen fick kännedom om händelsen.', { required: true, indexed: true }),
    userField('AssessedBy', 'Bedömd av', 'Den som bedömde händelsen.'),
    // A choice, not Yes/No: "not decided yet" must stay distinguishable from "no", and SharePoint's Yes/No form shows an empty value as No.
    choiceField(
      'ReportableToAuthority',
      'Anmälningspliktig till IMY',
      'Dataskyddsombudets beslut: ja, nej eller tomt när det inte är avgjort.',
      REPORTABLE_CHOICES
    ),
    instantField('ReportedToAuthorityAt', 'Anmäld till IMY', 'När anmälan till Integritetsskyddsmyndigheten gjordes.'),
    lookupsField('Systems', 'IT-system', 'Berörda IT-system.', 'systems'),
    // The reporter's answer, kept beside the category: "vet inte" tells the DSO the reporter was unsure (R-INC).
    choiceField('PersonalData', 'Personuppgifter', 'Rapportörens svar: ja, nej eller vet inte.', PERSONAL_DATA_ANSWERS)
  ],
  permissions: { read: ['owners', 'members', 'visitors'], edit: ['owners', 'members', 'visitors'], itemLevel: 'private' }
};
