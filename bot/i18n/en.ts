import type { BotMessages } from './bot-messages';

/** The bot's own words in English (issue 9), typed by the Swedish file: a key missing here fails the type check. */
export const en: BotMessages = {
  digest: {
    title: 'Here is what is waiting for you',
    greeting: 'Hello {{name}}!',
    summary: 'You have {{owed}} to do.',
    owed_one: '{{count}} task',
    owed_other: '{{count}} tasks',
    escalatedSummary_one: '{{count}} task has been escalated to you.',
    escalatedSummary_other: '{{count}} tasks have been escalated to you.',
    staffSummary_one: '{{count}} training of your staff is overdue.',
    staffSummary_other: '{{count}} trainings of your staff are overdue.',
    owedHeading: 'To do',
    escalatedHeading: 'Escalated to you',
    escalatedIntro: 'Tasks that others have not done in time.',
    escalatedRoute: 'Escalated to you {{route}}.',
    groupCount: '{{count}}',
    groupShown: '{{shown}} of {{count}}',
    staffTrainingHeading: "Your staff's overdue training",
    staffTrainingIntro: 'A reminder from you helps.',
    snoozedHidden_one: '{{count}} task you snoozed is not shown now.',
    snoozedHidden_other: '{{count}} tasks you snoozed are not shown now.',
    more_one: 'And {{count}} more task that does not fit here. [Open My tasks]({{url}}) to see everything.',
    more_other: 'And {{count}} more tasks that do not fit here. [Open My tasks]({{url}}) to see everything.',
    openMyTasks: 'Open My tasks',
    emptyHeading: 'Nothing is waiting for you right now',
    empty: 'You have no information security tasks. Thank you for keeping things up to date!',
    fallback: 'Tillit: you have {{owed}} to do. Open My tasks: {{url}}',
    fallbackEmpty: 'Tillit: nothing is waiting for you right now.'
  },
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
    acknowledgement: 'Read the document and confirm that you have received it',
    training: 'Take the training',
    'security-plan': 'Write or renew the system security plan',
    'reserve-routines': 'Write or renew the reserve routines',
    'risk-follow-up': 'Follow up the risk',
    'incident-assessment': 'Assess the reported incident'
  },
  riskProblems: {
    'no-owner': 'The risk has no owner',
    'no-follow-up-date': 'The risk has no follow-up date',
    'follow-up-overdue': 'The follow-up is overdue'
  },
  modulesDone: '{{done}} of {{total}} modules done',
  due: {
    overdue_one: 'Overdue by {{count}} day',
    overdue_other: 'Overdue by {{count}} days',
    today: 'Due today',
    in_one: 'Due in {{count}} day',
    in_other: 'Due in {{count}} days',
    never: 'Never done',
    on: 'due date {{date}}',
    now: 'to be done now'
  },
  owedBy: 'Responsible: {{name}}',
  routes: {
    manager: 'as the manager',
    'area-responsible': 'as the person responsible for the area',
    'fallback-role': 'as the information security coordinator'
  },
  actions: {
    open: 'Open',
    openTooltip: 'Open {{name}} in SharePoint',
    assess: 'Assess in My tasks',
    snooze: 'Remind me later',
    snoozeTooltip: 'Remind me later about {{name}}',
    snoozeFor: {
      '7': 'In 1 week',
      '14': 'In 2 weeks',
      '30': 'In 1 month'
    },
    snoozeForDays: 'In {{count}} days',
    sign: 'Sign',
    signTooltip: 'Sign {{name}}',
    refresh: 'Show my tasks'
  },
  signForm: {
    intro: 'You sign with your own Teams account. Tillit sets the time when you sign.',
    place: 'Place',
    placePlaceholder: 'For example Sundsvall',
    placeError: 'Enter the place where you sign.',
    title: 'Job title',
    titleError: 'Enter your job title.',
    printedName: 'Name in print',
    printedNameError: 'Enter your name.',
    confirmLabel: 'Confirmation',
    confirm: 'I have read and received {{name}}.',
    confirmError: 'Tick the box to confirm that you have read and received the document.',
    submit: 'Sign'
  },
  help: {
    title: 'How to use Tillit in Teams',
    intro:
      'Tillit reminds you of what you need to do for information security: classify information, acknowledge documents, take training, renew system security plans and reserve routines, and follow up risks. You get one message a day when something is waiting.',
    notUnderstood: 'I did not understand "{{text}}".',
    commandsHeading: 'Write to me',
    commandMyTasks: 'Shows what you have to do right now.',
    commandHelp: 'Shows this help.',
    commandsNote: 'You can write in English or Swedish ("mina uppgifter", "hjälp").',
    buttonsHeading: 'The buttons in the message',
    buttonOpen: 'Opens the task in SharePoint.',
    buttonSign: 'Signs that you have read and received a document, right in Teams.',
    buttonSnooze: 'Hides the task for a while: 1 week, 2 weeks or 1 month.',
    buttonMyTasks: 'Shows the whole list on the web.'
  },
  commands: {
    myTasks: 'my tasks',
    help: 'help'
  },
  notices: {
    signed_one: 'Signed. {{count}} task remains.',
    signed_other: 'Signed. {{count}} tasks remain.',
    signedAll: 'Signed. Nothing else is waiting for you.',
    alreadySigned: 'You had already signed this version.',
    snoozed: '"{{name}}" shows again on {{date}}.'
  },
  errors: {
    heading: 'That did not work',
    invalidAction: 'The button sent something Tillit could not read. Show your tasks again and try once more.',
    notInYourDigest: 'The task is no longer among your tasks. It may already be done.',
    lengthNotOffered: 'You can only snooze for {{offered}} days.',
    notLinked: 'Tillit does not recognise your Teams account. Contact the information security coordinator.',
    unavailable: 'SharePoint is not answering right now. Try again in a while.',
    signFailed: 'The signature was not saved: {{reason}}',
    unexpected: 'Something went wrong in Tillit. Try again in a while.',
    tryAgain: 'Try again'
  },
  areaFollowUp: {
    title: 'Information security follow-up',
    unit: '{{unit}}',
    period: '{{period}}. Figures as of {{date}}.',
    intro: "Your follow-up of goal attainment and of how the action plan's activities are going (section 4 of the action plan).",
    overdueHeading: 'Overdue tasks',
    overdueTotal: 'Total',
    overdueValue: '{{count}} (average per unit {{average}})',
    nothingOverdue: 'Nothing is overdue. Thank you!',
    risksHeading: 'Open risks',
    noRisks: 'The unit has no open risks.',
    incidents_one: '{{count}} deviation or incident is not closed.',
    incidents_other: '{{count}} deviations and incidents are not closed.',
    noIncidents: 'No deviations or incidents are open.',
    openReport: 'Open the report (Word)',
    fallback: 'Tillit: information security follow-up for {{unit}}. The report: {{url}}',
    periods: {
      year: 'Year {{year}}',
      'tertial-1': 'First tertial {{year}}',
      'tertial-2': 'Second tertial {{year}}',
      'tertial-3': 'Third tertial {{year}}',
      'half-1': 'First half {{year}}',
      'half-2': 'Full year {{year}}'
    },
    kinds: {
      classifications: 'Classifications',
      acknowledgements: 'Acknowledgements',
      training: 'Training',
      'system-security-plans': 'System security plans',
      'reserve-routines': 'Reserve routines',
      'risk-follow-ups': 'Risk follow-ups'
    }
  }
};
