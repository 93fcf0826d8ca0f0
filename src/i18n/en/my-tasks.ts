import type { Messages } from '../messages';

/** My tasks (issue 8, web part 2; R-NDG-1..3), in English. */
export const myTasks: Messages['myTasks'] = {
  heading: 'My tasks',
  intro: 'What you need to do for information security, the most urgent first. It is the same list Tillit sends you in Teams.',
  loading: 'Getting your tasks …',
  summary: 'You have {{owed}} to do.',
  escalatedSummary_one: '{{count}} task has been escalated to you.',
  escalatedSummary_other: '{{count}} tasks have been escalated to you.',
  owed_one: '{{count}} task',
  owed_other: '{{count}} tasks',
  owedHeading: 'To do',
  escalatedHeading: 'Escalated to you',
  escalatedIntro: 'Tasks that others have not done in time. You get them as their manager or as the person responsible for the area.',
  staffTrainingHeading: 'Your staff\'s overdue training',
  staffTrainingIntro: 'Training your staff should have done. A reminder from you helps.',
  emptyHeading: 'Nothing to do right now',
  empty: 'You have no tasks waiting. Thank you for keeping information security up to date!',
  snoozedHidden_one: '{{count}} task you snoozed is not shown now.',
  snoozedHidden_other: '{{count}} tasks you snoozed are not shown now.',
  count: '{{count}}',
  topics: {
    classification: 'Information classification',
    acknowledgement: 'Acknowledgement of receipt',
    training: 'Training',
    'security-plan': 'System security plans',
    'reserve-routines': 'Reserve routines',
    'risk-follow-up': 'Risks to follow up',
    'incident-assessment': 'Incidents to assess',
    other: 'Other tasks'
  },
  kinds: {
    asset: 'Information asset',
    system: 'IT system',
    document: 'Governing document',
    course: 'Training',
    risk: 'Risk',
    incident: 'Incident'
  },
  whatToDo: {
    classification: 'Classify the information',
    acknowledgement: 'Read the document and confirm you have received it',
    training: 'Take the training',
    'security-plan': 'Write or renew the system security plan',
    'reserve-routines': 'Write or renew the reserve routines',
    'risk-follow-up': 'Follow up the risk',
    'incident-assessment': 'Assess the reported incident'
  },
  riskProblems: {
    'no-owner': 'The risk has no owner.',
    'no-follow-up-date': 'The risk has no follow-up date.',
    'follow-up-overdue': 'The follow-up is overdue.'
  },
  modulesDone: '{{done}} of {{total}} modules done.',
  urgency: {
    overdue_one: 'Overdue {{count}} day',
    overdue_other: 'Overdue {{count}} days',
    missing: 'Not done',
    'due-soon': 'Due soon'
  },
  dueOn: 'By {{date}}',
  dueNow: 'Due now',
  owedBy: 'Responsible: {{name}}',
  open: 'Open',
  openNamed: 'Open {{name}}',
  sign: 'Sign',
  signNamed: 'Sign {{name}}',
  assess: 'Assess',
  close: 'Close',
  assessNamed: 'Assess {{name}}',
  snooze: 'Remind me later',
  snoozeNamed: 'Remind me later about {{name}}',
  snoozeFor: {
    '7': 'In 1 week',
    '14': 'In 2 weeks',
    '30': 'In 1 month'
  },
  snoozeForDays: 'In {{count}} days',
  snoozing: 'Snoozing …',
  snoozed: '“{{name}}” shows again on {{date}}.',
  showAll: 'Show all {{count}}',
  showFewer: 'Show fewer',
  routes: {
    manager: 'as their manager',
    'area-responsible': 'as the person responsible for the area',
    'fallback-role': 'as the information security coordinator'
  }
};
