/**
 * The bot's own words in Swedish (issue 9; R-NDG-1..3), the type every language follows (en.ts).
 * Kept apart from the web parts' bundle (src/i18n), which is over its size aim; the topic, kind and
 * task words follow My tasks (src/i18n/sv/my-tasks.ts) so the card and the page say the same.
 * Strings are plain text: the cards escape what comes from the registers, not these.
 */
export const sv = {
  digest: {
    title: 'Det här väntar på dig',
    greeting: 'Hej {{name}}!',
    summary: 'Du har {{owed}} att göra.',
    owed_one: '{{count}} uppgift',
    owed_other: '{{count}} uppgifter',
    escalatedSummary_one: '{{count}} uppgift har eskalerats till dig.',
    escalatedSummary_other: '{{count}} uppgifter har eskalerats till dig.',
    staffSummary_one: '{{count}} utbildning hos dina medarbetare är försenad.',
    staffSummary_other: '{{count}} utbildningar hos dina medarbetare är försenade.',
    owedHeading: 'Att göra',
    escalatedHeading: 'Eskalerat till dig',
    escalatedIntro: 'Uppgifter som andra inte har gjort i tid.',
    escalatedRoute: 'Eskalerat till dig {{route}}.',
    groupCount: '{{count}}',
    groupShown: '{{shown}} av {{count}}',
    staffTrainingHeading: 'Dina medarbetares försenade utbildning',
    staffTrainingIntro: 'Påminn dem gärna.',
    snoozedHidden_one: '{{count}} uppgift som du har skjutit upp visas inte nu.',
    snoozedHidden_other: '{{count}} uppgifter som du har skjutit upp visas inte nu.',
    more_one: 'Och {{count}} uppgift till som inte får plats här. [Öppna Mina uppgifter]({{url}}) för att se allt.',
    more_other: 'Och {{count}} uppgifter till som inte får plats här. [Öppna Mina uppgifter]({{url}}) för att se allt.',
    openMyTasks: 'Öppna Mina uppgifter',
    emptyHeading: 'Inget väntar på dig just nu',
    empty: 'Du har inga uppgifter i informationssäkerhetsarbetet. Tack för att du håller det uppdaterat!',
    fallback: 'Tillit: du har {{owed}} att göra. Öppna Mina uppgifter: {{url}}',
    fallbackEmpty: 'Tillit: inget väntar på dig just nu.'
  },
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
    'no-owner': 'Risken saknar ägare',
    'no-follow-up-date': 'Risken saknar datum för uppföljning',
    'follow-up-overdue': 'Uppföljningen är försenad'
  },
  modulesDone: '{{done}} av {{total}} moduler klara',
  due: {
    overdue_one: 'Försenad {{count}} dag',
    overdue_other: 'Försenad {{count}} dagar',
    today: 'Förfaller i dag',
    in_one: 'Förfaller om {{count}} dag',
    in_other: 'Förfaller om {{count}} dagar',
    never: 'Aldrig gjord',
    on: 'senast {{date}}',
    now: 'ska göras nu'
  },
  owedBy: 'Ansvarig: {{name}}',
  routes: {
    manager: 'som chef',
    'area-responsible': 'som ansvarig för området',
    'fallback-role': 'som informationssäkerhetssamordnare'
  },
  actions: {
    open: 'Öppna',
    openTooltip: 'Öppna {{name}} i SharePoint',
    assess: 'Bedöm i Mina uppgifter',
    snooze: 'Påminn senare',
    snoozeTooltip: 'Påminn mig senare om {{name}}',
    snoozeFor: {
      '7': 'Om 1 vecka',
      '14': 'Om 2 veckor',
      '30': 'Om 1 månad'
    },
    snoozeForDays: 'Om {{count}} dagar',
    sign: 'Skriv under',
    signTooltip: 'Skriv under {{name}}',
    refresh: 'Visa mina uppgifter'
  },
  signForm: {
    intro: 'Du skriver under med ditt eget Teams-konto. Tidpunkten sätts av Tillit när du skriver under.',
    place: 'Ort',
    placePlaceholder: 'Till exempel Sundsvall',
    placeError: 'Skriv orten där du skriver under.',
    title: 'Befattning',
    titleError: 'Skriv din befattning.',
    printedName: 'Namnförtydligande',
    printedNameError: 'Skriv ditt namn.',
    confirmLabel: 'Bekräftelse',
    confirm: 'Jag har läst och tagit emot {{name}}.',
    confirmError: 'Kryssa i rutan för att bekräfta att du har läst och tagit emot dokumentet.',
    submit: 'Skriv under'
  },
  help: {
    title: 'Så använder du Tillit i Teams',
    intro:
      'Tillit påminner dig om det du behöver göra i informationssäkerhetsarbetet: klassa information, bekräfta dokument, gå utbildningar, förnya systemsäkerhetsplaner och reservrutiner och följa upp risker. Du får ett meddelande om dagen när något väntar.',
    notUnderstood: 'Jag förstod inte ”{{text}}”.',
    commandsHeading: 'Skriv till mig',
    commandMyTasks: 'Visar det du har att göra just nu.',
    commandHelp: 'Visar den här hjälpen.',
    commandsNote: 'Du kan skriva på svenska eller engelska (”my tasks”, ”help”).',
    buttonsHeading: 'Knapparna i meddelandet',
    buttonOpen: 'Öppnar uppgiften i SharePoint.',
    buttonSign: 'Skriver under att du har läst och tagit emot ett dokument, direkt i Teams.',
    buttonSnooze: 'Döljer uppgiften en tid: 1 vecka, 2 veckor eller 1 månad.',
    buttonMyTasks: 'Visar hela listan på webben.'
  },
  commands: {
    myTasks: 'mina uppgifter',
    help: 'hjälp'
  },
  notices: {
    signed_one: 'Undertecknat. {{count}} uppgift återstår.',
    signed_other: 'Undertecknat. {{count}} uppgifter återstår.',
    signedAll: 'Undertecknat. Inget mer väntar på dig.',
    alreadySigned: 'Du hade redan skrivit under den här versionen.',
    snoozed: '”{{name}}” visas igen {{date}}.'
  },
  errors: {
    heading: 'Det gick inte',
    invalidAction: 'Knappen skickade något som Tillit inte kunde läsa. Visa dina uppgifter på nytt och försök igen.',
    notInYourDigest: 'Uppgiften finns inte längre bland dina uppgifter. Den kan redan vara gjord.',
    lengthNotOffered: 'Det går bara att skjuta upp i {{offered}} dagar.',
    notLinked: 'Tillit känner inte igen ditt Teams-konto. Kontakta informationssäkerhetssamordnaren.',
    unavailable: 'SharePoint svarar inte just nu. Försök igen om en stund.',
    signFailed: 'Underskriften sparades inte: {{reason}}',
    unexpected: 'Något gick fel i Tillit. Försök igen om en stund.',
    tryAgain: 'Försök igen'
  },
  areaFollowUp: {
    title: 'Uppföljning av informationssäkerhet',
    unit: '{{unit}}',
    period: '{{period}}. Siffrorna avser {{date}}.',
    intro: 'Din särskilda redovisning om måluppfyllelse och hur arbetet med handlingsplanens aktiviteter går (handlingsplanens avsnitt 4).',
    overdueHeading: 'Försenade uppgifter',
    overdueTotal: 'Totalt',
    overdueValue: '{{count}} (snitt per enhet {{average}})',
    nothingOverdue: 'Inget är försenat. Tack!',
    risksHeading: 'Öppna risker',
    noRisks: 'Enheten har inga öppna risker.',
    incidents_one: '{{count}} avvikelse eller incident är inte avslutad.',
    incidents_other: '{{count}} avvikelser och incidenter är inte avslutade.',
    noIncidents: 'Inga avvikelser eller incidenter är öppna.',
    openReport: 'Öppna rapporten (Word)',
    fallback: 'Tillit: uppföljning av informationssäkerhet för {{unit}}. Rapporten: {{url}}',
    periods: {
      year: 'Årsuppföljning {{year}}',
      'tertial-1': 'Tertial 1 {{year}}',
      'tertial-2': 'Tertial 2 {{year}}',
      'tertial-3': 'Tertial 3 {{year}}',
      'half-1': 'Delår {{year}}',
      'half-2': 'Helår {{year}}'
    },
    kinds: {
      classifications: 'Klassningar',
      acknowledgements: 'Bekräftelser',
      training: 'Utbildning',
      'system-security-plans': 'Systemsäkerhetsplaner',
      'reserve-routines': 'Reservrutiner',
      'risk-follow-ups': 'Riskuppföljningar'
    }
  }
};
