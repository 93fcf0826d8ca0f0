import type { Messages } from '../messages';

/** The record-of-processing web part (R-ROPA), in English; typed against the Swedish file. */
export const processing: Messages['processing'] = {
  heading: 'Record of processing',
  intro: 'Processing of personal data under Article 30 of the GDPR.',
  loading: 'Reading the processing activities …',
  scopeAll: 'You see the whole record of processing (data protection officer).',
  scopeDeputyDataProtectionOfficer: 'You see your administration\'s part: {{units}}.',
  scopeRegistryCoordinator: 'You see your area\'s processing: {{units}}.',
  scopeNone: 'You hold no registry coordinator or data protection role, so you see no processing activities.',
  empty: 'No processing activities are registered here yet.',
  list: 'Processing activities',
  /** Column headers of the list: soft hyphens let the long compounds break, so the table fits a page column. */
  columns: { dpia: 'Impact assessment (DPIA)', actionPlan: 'Action plan' },
  unit: 'Unit',
  actions: 'Action',
  add: 'New processing activity',
  edit: 'Edit',
  editNamed: 'Edit {{name}}',
  formNew: 'New processing activity',
  formEdit: 'Edit {{name}}',
  article30: 'Article 30 details',
  status: 'Impact assessment, gap analysis and action plan',
  chooseUnit: 'Choose a unit',
  help: {
    name: 'A name the organisation recognises, e.g. "Medical records at the emergency department".',
    purpose: 'Why the data is processed (Art. 30(1)(b)).',
    legalBasis: 'Legal basis under Art. 6(1).',
    specialCategoryBasis: 'Exemption under Art. 9(2) when special categories (e.g. health) are processed.',
    lines: 'One per line.',
    thirdCountryTransfers: 'One per line: country: safeguard (e.g. "USA: standard contractual clauses"). Leave empty if nothing is transferred.',
    retention: 'When the data is erased or how long it is kept.',
    securityMeasures: 'Technical and organisational security measures (Art. 32).',
    controller: 'The committee that is the controller.',
    unitId: 'The area or department that processes the data.'
  },
  required: '{{field}} is required.',
  conflictSame: 'Your version and the saved one are the same. Save to confirm, or reload the saved version.',
  transferSafeguard: 'Each transfer needs a country and a safeguard: "country: safeguard".',
  fixErrors: 'Correct the marked fields before saving.',
  save: 'Save',
  saving: 'Saving …',
  cancel: 'Cancel',
  saved: 'The processing activity {{name}} is saved.'
};
