import { DPIA_STATUSES, LEGAL_BASES, WORK_STATUSES } from '../../domain/processing/processing-activity';
import { booleanField, choiceField, dateField, lookupField, lookupsField, noteField, textField, userField } from './field-builders';
import { REGISTER_PERMISSIONS } from './list-permissions';
import type { ListSchema } from './list-schema';

/**
 * The record of processing (registerförteckning, GDPR Art. 30; R-ROPA). Title holds the name of
 * the processing activity. Categories and recipients are free text written by the registry
 * coordinators, one per line in a note (a multichoice would need every category known in advance).
 */
export const PROCESSING_LIST: ListSchema = {
  key: 'processing',
  url: 'Lists/Processing',
  title: 'Registerförteckning',
  description: 'Behandlingar av personuppgifter enligt artikel 30 i dataskyddsförordningen.',
  titleField: { title: 'Behandling', description: 'Behandlingens namn.', required: true, indexed: false, generated: false },
  fields: [
    noteField('Purpose', 'Ändamål', 'Ändamålet med behandlingen (art. 30.1 b).', { required: true }),
    choiceField('LegalBasis', 'Rättslig grund', 'Rättslig grund enligt artikel 6.1.', LEGAL_BASES, { required: true }),
    textField('SpecialCategoryBasis', 'Grund för känsliga uppgifter', 'Undantag enligt artikel 9.2 när känsliga personuppgifter behandlas.'),
    noteField('DataSubjectCategories', 'Kategorier av registrerade', 'En kategori per rad.', { required: true }),
    noteField('PersonalDataCategories', 'Kategorier av personuppgifter', 'En kategori per rad.', { required: true }),
    noteField('Recipients', 'Mottagare', 'En mottagare per rad.'),
    noteField(
      'ThirdCountryTransfers',
      'Överföring till tredjeland',
      'En överföring per rad, skriven "Land: skyddsåtgärd", till exempel "USA: standardavtalsklausuler".'
    ),
    // Written from ThirdCountryTransfers, never read: a note cannot be filtered, and the DSO filters on "transfers outside the EU/EEA".
    booleanField('TransfersToThirdCountry', 'Tredjelandsöverföring', 'Sätts av appen när det finns överföringar till tredjeland.'),
    noteField('Retention', 'Gallring', 'Bevarande- och gallringsregel.', { required: true }),
    noteField('SecurityMeasures', 'Säkerhetsåtgärder', 'Tekniska och organisatoriska säkerhetsåtgärder.'),
    textField('Controller', 'Personuppgiftsansvarig', 'Personuppgiftsansvarig nämnd.', { required: true }),
    // Indexed: an administration's or area's part of the record (R-ROPA-2: deputy DSOs compile theirs).
    lookupField('Unit', 'Enhet', 'Området eller avdelningen som behandlar uppgifterna.', 'units', { required: true, indexed: true }),
    // Indexed: a register owner's processing.
    userField('RegisterOwner', 'Registerägare', 'Registerägare (systemägare när behandlingen sker i ett system).', { indexed: true }),
    // Indexed: an information owner's processing.
    userField('InformationOwner', 'Informationsägare', 'Informationsägare för behandlingen.', { indexed: true }),
    // Indexed: a registry coordinator's own entries (R-ROPA-1).
    userField('RegistryCoordinator', 'Registerkoordinator', 'Registerkoordinator som håller posten aktuell.', { indexed: true }),
    lookupsField('Systems', 'IT-system', 'IT-system där behandlingen sker.', 'systems'),
    // Indexed: processing that needs a DPIA or has one in progress.
    choiceField('Dpia', 'Konsekvensbedömning', 'Konsekvensbedömning avseende dataskydd (DPIA).', DPIA_STATUSES, { required: true, indexed: true }),
    choiceField('GapAnalysis', 'GAP-analys', 'Status för GAP-analysen.', WORK_STATUSES, { required: true }),
    choiceField('ActionPlan', 'Handlingsplan', 'Status för handlingsplanen.', WORK_STATUSES, { required: true }),
    // Indexed: entries not reviewed for a long time (R-ROPA-1: kept current).
    dateField('LastReviewedOn', 'Senast granskad', 'Senaste granskning av posten.', { indexed: true })
  ],
  permissions: REGISTER_PERMISSIONS
};
