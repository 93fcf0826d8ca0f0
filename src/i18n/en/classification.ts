import type { Messages } from '../messages';

/** The classification web part (R-CLS), in English; typed against the Swedish file. */
export const classification: Messages['classification'] = {
  heading: 'Information classification',
  intro: 'Your information assets and IT systems to classify. A classification holds for {{months}} months; the newest is the one in force.',
  loading: 'Reading your assets and systems …',
  nothingOwned: 'You own no assets or systems that must be classified.',
  yourObjects: 'Your assets and systems to classify',
  action: 'Action',
  kinds: { asset: 'Information asset', system: 'IT system' },
  reasonMissing: 'Never classified.',
  reasonOverdue: 'Was due for reclassification on {{date}}.',
  reasonDue: 'Reclassify by {{date}}.',
  classifyShort: 'Classify',
  classify: 'Classify {{name}}',
  formHeading: 'Classify {{name}}',
  guide: 'For each protection goal, judge the consequence if the information were disclosed, wrong, unavailable or untraceable. Choose the level whose description fits best.',
  goalHelp: {
    confidentiality: 'What happens if unauthorised people see the information?',
    integrity: 'What happens if the information is wrong, incomplete or changed by mistake?',
    availability: 'What happens if the information cannot be reached when needed?',
    traceability: 'What happens if no one can tell who read or changed the information?'
  },
  chooseLevel: 'Choose a level.',
  incomplete: 'Choose a level for: {{goals}}.',
  requiredMeasures: 'Protective measures the levels require',
  noMeasures: 'The levels require no particular protective measures.',
  commentHelp: 'What the assessment rests on, for whoever reclassifies next time.',
  nextReviewWillBe: 'Next classification: by {{date}} (in {{months}} months).',
  save: 'Save the classification',
  saving: 'Saving …',
  cancel: 'Cancel',
  saved: 'The classification of {{name}} is saved and in force from today.',
  savedAlongside: 'The classification of {{name}} is saved. Meanwhile {{by}} also saved a classification of it; both are kept under Earlier classifications, and the latest is in force.',
  history: 'Earlier classifications',
  noHistory: 'No earlier classifications.',
  inForce: 'in force'
};
