import { CLASSIFIED_KINDS } from '../../domain/classification/classification';
import { choiceField, dateField, lookupField, noteField, numberField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

const level = { min: 0 } as const;

/**
 * Classifications (R-CLS) of assets and systems; the newest per target is in force. The target
 * is a kind and one lookup per kind, so that SharePoint keeps the reference to the item and a
 * query "classifications of system 7" hits an index. Title holds a generated summary.
 */
export const CLASSIFICATIONS_LIST: ListSchema = {
  key: 'classifications',
  url: 'Lists/Classifications',
  title: 'Informationsklassningar',
  description: 'Klassningar av informationstillgångar och IT-system: konfidentialitet, riktighet, tillgänglighet och spårbarhet.',
  titleField: {
    title: 'Klassning',
    description: 'Sammanfattning som appen skriver (mål och datum).',
    required: false,
    indexed: false,
    generated: true
  },
  fields: [
    choiceField('TargetKind', 'Avser', 'Informationstillgång eller IT-system.', CLASSIFIED_KINDS, { required: true }),
    // Indexed: an asset's classifications (the one in force, its history).
    lookupField('TargetAsset', 'Informationstillgång', 'Den klassade tillgången när klassningen avser en tillgång.', 'assets', {
      indexed: true
    }),
    // Indexed: a system's classifications.
    lookupField('TargetSystem', 'IT-system', 'Det klassade systemet när klassningen avser ett system.', 'systems', { indexed: true }),
    numberField('Confidentiality', 'Konfidentialitet', 'Konsekvensnivå för konfidentialitet.', { ...level, required: true }),
    numberField('Integrity', 'Riktighet', 'Konsekvensnivå för riktighet.', { ...level, required: true }),
    numberField('Availability', 'Tillgänglighet', 'Konsekvensnivå för tillgänglighet.', { ...level, required: true }),
    numberField('Traceability', 'Spårbarhet', 'Konsekvensnivå för spårbarhet; tom när regionen klassar tre skyddsmål.', level),
    userField('ClassifiedBy', 'Klassad av', 'Den som klassade.', { required: true }),
    // Indexed: classifications done in a period (the annual report, R-REP).
    dateField('ClassifiedOn', 'Klassad', 'Dag för klassningen.', { required: true, indexed: true }),
    // Indexed: reviews due (R-CLS-2).
    dateField('NextReviewOn', 'Nästa klassning', 'Tidigare omklassning än regionens intervall.', { indexed: true }),
    noteField('Comment', 'Kommentar', 'Motivering eller kommentar.')
  ],
  permissions: REGISTER_PERMISSIONS
};
