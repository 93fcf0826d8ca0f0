import type { Messages } from '../messages';

/** The roles register (R-ORG, issue 7 web part 1), in English. */
export const rolesRegister: Messages['rolesRegister'] = {
  views: {
    all: 'All roles',
    vacant: 'Vacant',
    'mandate-missing': 'Mandate missing',
    unsigned: 'Distribution of responsibility not acknowledged',
    'level-region': 'Region-wide roles',
    'level-optional': 'Other appointments (e.g. the council)'
  },
  search: 'Search role, unit or person',
  columns: { role: 'Role', unit: 'Unit', holder: 'Holder', mandate: 'Mandate', acknowledgement: 'Acknowledgement', status: 'Status' },
  wholeRegion: 'Whole region',
  summary: 'Roles in the view: {{matching}}. Vacant: {{vacant}}.',
  keptElsewhere: '{{roles}}: shown per system in the IT systems register.',
  status: { vacant: 'Vacant', filled: 'Filled' },
  vacancy: {
    'never-filled': 'Nobody has been appointed.',
    'recorded-vacant': 'Marked as vacant in the role list.',
    ended: '{{holder}}\'s appointment ended on {{date}}.',
    'holder-left': '{{holder}} is no longer on the staff roster.',
    'holder-left-on': '{{holder}} left on {{date}}.'
  },
  mandate: { documented: 'Documented', missing: 'Missing', 'not-required': 'Not required' },
  acknowledgement: { signed: 'Acknowledged', unsigned: 'Not acknowledged', 'not-required': '–' },
  assign: 'Appoint',
  edit: 'Edit',
  show: 'Show',
  formTitle: '{{role}} – {{unit}}',
  formIntroVacant: 'The role is vacant. Enter who takes it over and from which date.',
  formIntroHeld: 'Enter an end date to end the appointment, or mark the mandate as documented.',
  holderRequired: 'Enter the holder\'s e-mail address to fill the role.',
  untilBeforeSince: 'The end date cannot be before the start date.',
  takenMeanwhile: '{{holder}} has been appointed to the role meanwhile. Close and reload the register.',
  fields: {
    holderEmail: 'Holder (e-mail)',
    since: 'From',
    until: 'Until',
    mandateDocumented: 'Mandate documented'
  },
  help: {
    holderEmail: 'The person\'s e-mail address in the region.',
    since: 'First day in the role (YYYY-MM-DD).',
    until: 'Last day in the role; fill in to end the appointment (YYYY-MM-DD).',
    mandateDocumented: 'The role\'s mandate is decided and documented.'
  },
  yesNo: { true: 'Yes', false: 'No' }
};
