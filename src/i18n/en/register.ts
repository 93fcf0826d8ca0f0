import type { Messages } from '../messages';

/** The Register web part (issue 7), in English; typed against the Swedish file. */
export const register: Messages['register'] = {
  errorTitle: 'Something went wrong',
  unexpected: 'An unexpected error occurred: {{message}}',
  view: 'View',
  views: {
    all: 'All',
    'business-critical': 'Business-critical',
    'review-due': 'Review overdue',
    'societally-important': 'Societally important',
    'personal-data': 'Processes personal data',
    open: 'Open risks',
    'follow-up-due': 'Follow-up overdue'
  },
  search: 'Search by name',
  searchButton: 'Search',
  paging: 'Pages',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {{page}}',
  loading: 'Loading …',
  shown: '{{count}} items on this page',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  empty: '(empty)',
  conflict: {
    title: 'Someone else saved this item meanwhile',
    intro: 'For each field, keep their value or yours, then save. Or load their version and start again.',
    field: 'Field',
    theirs: 'Their version',
    mine: 'Your version',
    keep: 'Keep',
    keepFor: 'Keep for {{field}}',
    keepTheirs: 'Theirs',
    keepMine: 'Mine',
    reload: 'Load their version',
    saveMerged: 'Save the merge'
  },
  reasons: {
    classificationMissing: 'Must be classified but has no classification.',
    classificationOverdue: 'The classification was due for renewal on {{date}}.',
    classificationDueSoon: 'The classification must be renewed by {{date}}.',
    classificationCurrent: 'The classification is valid until {{date}}.',
    continuity: {
      missing: '{{document}} is missing.',
      'not-approved': '{{document}} is not approved.',
      expired: '{{document}} was due for renewal on {{date}}.',
      'due-soon': '{{document}} must be renewed by {{date}}.',
      current: 'Approved until {{date}}.'
    },
    followUpOn: 'Follow-up on {{date}}.',
    followUpOverdue: 'The follow-up was due on {{date}} ({{days}} days ago).',
    noOwner: 'The risk has no owner.',
    noFollowUpDate: 'The risk has no follow-up date.'
  },
  continuity: { missing: 'Missing', 'not-approved': 'Not approved', expired: 'Overdue', 'due-soon': 'Due soon', current: 'Current' },
  documents: { 'security-plan': 'The system security plan', 'reserve-routines': 'The reserve routines' },
  followUp: { onTrack: 'On time', overdue: 'Overdue' },
  help: {
    name: 'The name the organisation knows it by.',
    title: 'A short description of the risk.',
    description: 'What the item covers, in your own words.',
    businessProcess: 'The business process the asset supports.',
    ownerEmail: "The owner's e-mail address in the region (information owner, system owner or risk owner).",
    priority: 'Prioritised and business-critical assets must have an owner and a classification.',
    handlingRules: 'Rules for how the information is handled.',
    nextReviewOn: 'When the item is next reviewed (YYYY-MM-DD).',
    lifecycle: 'Planned, in operation or retired.',
    administratorEmail: "The system administrator's e-mail address.",
    likelihood: "Likelihood on the region's scale, from 1.",
    consequence: "Consequence on the region's consequence scale.",
    treatment: 'How the risk is treated.',
    status: 'Where the risk stands in its treatment.',
    followUpOn: 'When the risk is followed up (YYYY-MM-DD).'
  }
};
