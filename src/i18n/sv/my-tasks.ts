/** My tasks (issue 8, web part 2; R-NDG-1..3), in Swedish (the type every language follows). */
export const myTasks = {
  heading: 'Mina uppgifter',
  intro: 'Det du behöver göra för informationssäkerheten, det mest brådskande först. Det är samma lista som Tillit skickar till dig i Teams.',
  loading: 'Hämtar dina uppgifter …',
  summary: 'Du har {{owed}} att göra.',
  escalatedSummary_one: '{{count}} uppgift har eskalerats till dig.',
  escalatedSummary_other: '{{count}} uppgifter har eskalerats till dig.',
  owed_one: '{{count}} uppgift',
  owed_other: '{{count}} uppgifter',
  owedHeading: 'Att göra',
  escalatedHeading: 'Eskalerat till dig',
  escalatedIntro: 'Uppgifter som andra inte har gjort i tid. Du får dem som chef eller som ansvarig för området.',
  staffTrainingHeading: 'Dina medarbetares försenade utbildning',
  staffTrainingIntro: 'Utbildningar som dina medarbetare skulle ha gjort. Påminn dem gärna.',
  emptyHeading: 'Inget att göra just nu',
  empty: 'Du har inga uppgifter som väntar. Tack för att du håller informationssäkerheten uppdaterad!',
  snoozedHidden_one: '{{count}} uppgift som du har skjutit upp visas inte nu.',
  snoozedHidden_other: '{{count}} uppgifter som du har skjutit upp visas inte nu.',
  count: '{{count}} st.',
  topics: {
    classification: 'Informationsklassning',
    acknowledgement: 'Bekräftelse av mottagande',
    training: 'Utbildning',
    'security-plan': 'Systemsäkerhetsplaner',
    'reserve-routines': 'Reservrutiner',
    'risk-follow-up': 'Risker att följa upp',
    'incident-assessment': 'Händelser att bedöma',
    other: 'Övriga uppgifter'
  },
  kinds: {
    asset: 'Informationstillgång',
    system: 'IT-system',
    document: 'Styrdokument',
    course: 'Utbildning',
    risk: 'Risk',
    incident: 'Incident'
  },
  whatToDo: {
    classification: 'Klassa informationen',
    acknowledgement: 'Läs och bekräfta att du har tagit emot dokumentet',
    training: 'Gör utbildningen',
    'security-plan': 'Ta fram eller förnya systemsäkerhetsplanen',
    'reserve-routines': 'Ta fram eller förnya reservrutinerna',
    'risk-follow-up': 'Följ upp risken',
    'incident-assessment': 'Bedöm den rapporterade händelsen'
  },
  riskProblems: {
    'no-owner': 'Risken saknar ägare.',
    'no-follow-up-date': 'Risken saknar datum för uppföljning.',
    'follow-up-overdue': 'Uppföljningen är försenad.'
  },
  modulesDone: '{{done}} av {{total}} moduler klara.',
  urgency: {
    overdue_one: 'Försenad {{count}} dag',
    overdue_other: 'Försenad {{count}} dagar',
    missing: 'Inte gjord',
    'due-soon': 'Snart dags'
  },
  dueOn: 'Senast {{date}}',
  dueNow: 'Ska göras nu',
  owedBy: 'Ansvarig: {{name}}',
  open: 'Öppna',
  openNamed: 'Öppna {{name}}',
  sign: 'Skriv under',
  signNamed: 'Skriv under {{name}}',
  assess: 'Bedöm',
  close: 'Stäng',
  assessNamed: 'Bedöm {{name}}',
  snooze: 'Påminn senare',
  snoozeNamed: 'Påminn mig senare om {{name}}',
  snoozeFor: {
    '7': 'Om 1 vecka',
    '14': 'Om 2 veckor',
    '30': 'Om 1 månad'
  },
  snoozeForDays: 'Om {{count}} dagar',
  snoozing: 'Skjuter upp …',
  snoozed: '”{{name}}” visas igen {{date}}.',
  showAll: 'Visa alla {{count}}',
  showFewer: 'Visa färre',
  routes: {
    manager: 'som chef',
    'area-responsible': 'som ansvarig för området',
    'fallback-role': 'som informationssäkerhetssamordnare'
  }
};
