/**
 * The report's own words in Swedish (issue 10; R-REP), the type every language follows (en.ts).
 * Kept apart from the web parts' bundle (src/i18n), which is over its size aim: only the CLI and the
 * app service write reports. Modelled on the region's 2023 report (seed
 * informationssakerhetsberattelse-2023.txt): summary, the five goal areas, maturity per MSBFS 2020:6,
 * risks, incidents, training, next year's work. Strings are plain text; docx escapes what it writes.
 */
export const sv = {
  title: {
    year: 'Informationssäkerhetsberättelse {{year}}',
    'tertial-1': 'Tertialuppföljning 1 {{year}}: informationssäkerhet',
    'tertial-2': 'Tertialuppföljning 2 {{year}}: informationssäkerhet',
    'tertial-3': 'Tertialuppföljning 3 {{year}}: informationssäkerhet',
    'half-1': 'Delårsuppföljning {{year}}: informationssäkerhet',
    'half-2': 'Helårsuppföljning {{year}}: informationssäkerhet',
    unit: 'Uppföljning av informationssäkerhet för {{unit}}'
  },
  subtitle: {
    period: 'Perioden {{from}}–{{to}}. Siffrorna avser {{asOf}}.',
    audience: 'Underlag till vårdgivaren och ledningens genomgång.',
    unitAudience: 'Särskild redovisning till områdes- och avdelningschef (handlingsplanens avsnitt 4).',
    generated: 'Skapad ur Tillits register {{computedAt}}.'
  },
  basis: {
    and: 'och',
    running: 'Perioden {{from}}–{{to}} pågår: siffrorna avser i dag, {{day}}.',
    finished: 'Perioden {{from}}–{{to}}. Siffrorna avser periodens slut, {{day}}.',
    kept: {
      daily: 'Nyckeltalen är de som sparades {{keptOn}} (den dagliga ögonblicksbilden).',
      meeting: 'Nyckeltalen är de som sparades vid rådets möte {{keptOn}}.'
    },
    computed: 'Ingen ögonblicksbild sparades nära periodens slut, så nyckeltalen har beräknats {{computedOn}} ur registren per {{day}}.',
    method: 'Försenat arbete, risker, incidenter, mognad, rådsmöten och handlingsplanen redovisas per {{day}} utifrån registrens datum; det som registrerats senare är inte medräknat. Registren sparar ingen historik för {{keptAsToday}}: de redovisas som de är i dag, {{computedOn}}.',
    keptAsToday: {
      'risk-status': 'riskernas status',
      'incident-status': 'incidenternas status',
      'action-status': 'handlingsplanens status och framsteg',
      reviews: 'senaste granskning av informationstillgångar, system, systemsäkerhetsplaner och reservrutiner',
      organisation: 'organisationens enheter och vilka tillgångar och system som finns'
    }
  },
  summary: {
    heading: 'Sammanfattning',
    intro: 'Informationssäkerhetsberättelsen beskriver regionens arbete med informationssäkerhet under perioden, utifrån de fem målområdena i informationssäkerhetspolicyn. Varje nyckeltal visas med täljare och nämnare så att det går att se vad procentsatsen vilar på.',
    measuresAtTarget: '{{met}} av {{total}} nyckeltal med mål når sitt mål.',
    noTargets: 'Inga nyckeltal med mål kunde mätas under perioden.',
    maturity: '{{atTarget}} av {{applicable}} tillämpliga områden i MSBFS 2020:6 har nått målnivån {{target}}.',
    risks_one: '{{count}} risk är öppen, varav {{severe}} på de två högsta nivåerna.',
    risks_other: '{{count}} risker är öppna, varav {{severe}} på de två högsta nivåerna.',
    incidents_one: '{{count}} avvikelse eller incident har rapporterats under perioden; {{open}} är inte avslutade.',
    incidents_other: '{{count}} avvikelser och incidenter har rapporterats under perioden; {{open}} är inte avslutade.',
    overdue_one: '{{count}} uppgift är försenad i verksamheten (klassningar, bekräftelser, utbildning, systemsäkerhetsplaner, reservrutiner och riskuppföljningar).',
    overdue_other: '{{count}} uppgifter är försenade i verksamheten (klassningar, bekräftelser, utbildning, systemsäkerhetsplaner, reservrutiner och riskuppföljningar).',
    actions: 'Handlingsplanen har {{total}} aktiviteter: {{done}} klara, {{overdue}} försenade.',
    weakest: 'Lägst måluppfyllnad: {{measure}} ({{percent}} mot målet {{target}}).'
  },
  goals: {
    heading: 'Måluppfyllnad per målområde',
    intro: 'Nyckeltalen mäts mot aktuella register och aktuell personalförteckning, aldrig mot historiska totaler.',
    trendHeading: 'Trend',
    trendIntro: 'Nyckeltalen vid varje mättillfälle (årets sista ögonblicksbild, rådsmöten och dagens siffror).',
    noTrend: 'Det finns ännu inga tidigare mätningar att jämföra med.',
    chartTitle: '{{area}}: andel i procent',
    noMeasures: 'Inga nyckeltal för målområdet.',
    areas: {
      'management-system': 'Ledningssystem för informationssäkerhet (LIS)',
      'risk-management': 'Riskhantering',
      'security-organisation': 'Informationssäkerhetsorganisation',
      classification: 'Informationsklassning',
      training: 'Informationssäkerhetsutbildning'
    },
    goalText: {
      'management-system': 'Informationssäkerhetsarbetet ska utformas i enlighet med MSB:s metodstöd för LIS samt andra applicerbara externa krav.',
      'risk-management': 'Informationssäkerhetsarbetet ska utgå från ett riskbaserat arbetssätt.',
      'security-organisation': 'Det ska finnas en organisation med tydlig fördelning av ansvar för informationstillgångar och med relevanta roller för ledning och genomförande.',
      classification: 'Information ska skyddas på en lämplig nivå utifrån genomförda informationsklassningar och riskanalyser.',
      training: 'Alla medarbetare ska få kunskap och information om informationssäkerhet.'
    },
    measures: {
      'areas-at-target-maturity': 'Områden i MSBFS 2020:6 på målnivån',
      'critical-areas-with-risk-analysis': 'Verksamhetskritiska områden med giltig riskanalys',
      'open-risks-with-owner-and-follow-up': 'Öppna risker med ägare och uppföljningsdatum',
      'roles-filled': 'Tillsatta roller',
      'roles-with-mandate': 'Roller med dokumenterat mandat',
      'current-systems-classified': 'Aktuella informationssystem som är klassade',
      'prioritised-assets-classified': 'Prioriterade informationstillgångar som är klassade'
    }
  },
  table: {
    measure: 'Nyckeltal',
    numerator: 'Täljare',
    denominator: 'Nämnare',
    percent: 'Andel',
    target: 'Mål',
    meetsTarget: 'Når målet',
    yes: 'Ja',
    no: 'Nej',
    notMeasured: 'Ej mätbart',
    none: '–',
    point: 'Mättillfälle',
    area: 'Område',
    level: 'Nivå',
    count: 'Antal',
    title: 'Rubrik',
    unit: 'Enhet',
    owner: 'Ägare',
    followUp: 'Uppföljning',
    category: 'Kategori',
    status: 'Status',
    reported: 'Rapporterad',
    deadline: '72-timmarsfrist',
    activity: 'Aktivitet',
    goal: 'Mål',
    responsible: 'Ansvarig',
    ends: 'Slutdatum',
    progress: 'Framdrift',
    state: 'Läge',
    kind: 'Slag',
    total: 'Totalt',
    region: 'Hela regionen',
    regionAverage: 'Snitt per enhet',
    likelihoodConsequence: 'Sannolikhet \\ Konsekvens',
    date: 'Datum',
    attendees: 'Deltagare',
    decisions: 'Beslut',
    actions: 'Åtgärder',
    statusMeaning: 'Innebörd'
  },
  points: {
    daily: 'ögonblicksbild',
    meeting: 'rådsmöte',
    live: 'i dag',
    computed: 'beräknad'
  },
  maturity: {
    heading: 'Mognad enligt MSBFS 2020:6',
    intro: 'Nyckeltalet för ledningssystemet mäts utifrån MSB:s metodstöd och föreskriften MSBFS 2020:6, vars områden täcker de organisatoriska kraven på ett ledningssystem. Målnivån är {{target}}.',
    notAssessed: '{{status}} (ej bedömt)',
    chartTitle: 'Mognadsnivå per område (0 = Finns ej, 5 = Optimerat)',
    scaleHeading: 'Skalan',
    comments: 'Kommentarer {{year}}',
    noHistory: 'Inga tidigare års bedömningar finns.',
    meanings: {
      okant: 'Har ännu inte undersökts',
      'finns-ej': 'Helt avsaknad av styrning, processer, rutiner etcetera',
      paborjat: 'Har påbörjats',
      begransat: 'Fortskrider som planerat men ännu ej klart',
      definierat: 'Dokumenterat men ännu ej implementerat, kommunicerat eller fungerande',
      managerat: 'Har precis börjat användas',
      optimerat: 'Används, fungerar och följs upp regelbundet',
      'ej-applicerbart': 'Ej applicerbart för regionens verksamhet'
    }
  },
  risks: {
    heading: 'Risker per nivå',
    intro: 'Öppna risker i riskregistret efter nivå (sannolikhet × konsekvens).',
    chartTitle: 'Öppna risker per nivå',
    heatMapHeading: 'Riskmatris',
    highestHeading: 'De högsta öppna riskerna',
    none: 'Det finns inga öppna risker.',
    more: 'Ytterligare {{count}} öppna risker finns i riskregistret.'
  },
  incidents: {
    heading: 'Avvikelser och incidenter',
    intro: 'Rapporterade avvikelser, säkerhetsincidenter och personuppgiftsincidenter under {{year}}. Personuppgiftsincidenter bedöms av dataskyddsombudet för anmälan till IMY inom 72 timmar (GDPR art. 33).',
    chartTitle: 'Rapporterade {{year}} per kategori',
    openHeading: 'Inte avslutade',
    noneReported: 'Inga avvikelser eller incidenter har rapporterats under perioden.',
    noneOpen: 'Alla rapporterade ärenden är avslutade.',
    more: 'Ytterligare {{count}} ärenden är inte avslutade.',
    categories: {
      deviation: 'Avvikelse',
      'security-incident': 'Säkerhetsincident',
      'personal-data-breach': 'Personuppgiftsincident'
    },
    statuses: {
      reported: 'Rapporterad',
      assessed: 'Bedömd',
      closed: 'Avslutad'
    },
    clock: {
      running: '{{hours}} h kvar',
      overdue: 'Fristen har passerats',
      'reported-in-time': 'Anmäld i tid',
      'reported-late': 'Anmäld för sent',
      'not-reportable': 'Ska inte anmälas',
      'not-a-breach': '–'
    }
  },
  training: {
    heading: 'Utbildning',
    intro: 'Andel genomförd utbildning per målgrupp, mätt mot aktuell personalförteckning (timanställda och konsulter räknas med).',
    chartTitle: 'Utbildade per målgrupp (%)',
    seriesDone: 'Genomfört',
    seriesTarget: 'Mål',
    none: 'Inga utbildningsmål är mätbara.'
  },
  overdue: {
    heading: 'Uppföljning per område',
    intro: 'Försenade uppgifter per enhet och slag. Enheter utan förseningar visas inte i tabellen; hela listan finns i rådets flik.',
    chartTitle: 'Försenade uppgifter per slag',
    none: 'Inga uppgifter är försenade.',
    more: 'Ytterligare {{count}} enheter har försenade uppgifter.',
    kinds: {
      classifications: 'Klassningar',
      acknowledgements: 'Bekräftelser',
      training: 'Utbildning',
      'system-security-plans': 'Systemsäkerhetsplaner',
      'reserve-routines': 'Reservrutiner',
      'risk-follow-ups': 'Riskuppföljningar'
    }
  },
  actions: {
    heading: 'Handlingsplanen',
    intro: 'Handlingsplanens aktiviteter med mätetal och framdrift.',
    chartTitle: 'Aktiviteter per läge',
    none: 'Handlingsplanen har inga aktiviteter.',
    meetingsHeading: 'Informationssäkerhetsrådets möten',
    noMeetings: 'Rådet har inte haft några möten under året.',
    states: {
      done: 'Klar',
      cancelled: 'Avbruten',
      overdue: 'Försenad',
      'not-started': 'Ej påbörjad',
      'due-soon': 'Snart slutdatum',
      'on-track': 'Enligt plan'
    },
    daysOverdue: '{{days}} dagar sen'
  },
  nextYear: {
    heading: 'Fortsatt arbete under {{year}}',
    intro: 'Aktiviteter som inte är klara förs vidare, och målområden som inte når sina mål prioriteras.',
    carried: 'Aktiviteter som förs vidare',
    focus: 'Nyckeltal under målet att prioritera',
    nothing: 'Alla aktiviteter är klara och alla nyckeltal når sina mål.',
    againstTarget: '{{measure}}: {{percent}} (mål {{target}})'
  },
  unit: {
    heading: 'Enhetens siffror',
    intro: 'Redovisningen för {{unit}} visar enhetens försenade uppgifter per slag jämfört med hela regionen, dess öppna risker och dess inte avslutade avvikelser och incidenter. Regionens nyckeltal visas som jämförelse.',
    overdueHeading: 'Försenade uppgifter',
    overdueChartTitle: 'Försenade uppgifter: {{unit}} och snitt per enhet',
    risksHeading: 'Enhetens öppna risker',
    incidentsHeading: 'Enhetens inte avslutade avvikelser och incidenter',
    regionHeading: 'Regionens nyckeltal som jämförelse',
    noRisks: 'Enheten har inga öppna risker.',
    noIncidents: 'Enheten har inga öppna ärenden.',
    overdueSummary_one: '{{unit}} har {{count}} försenad uppgift ({{share}} av regionens).',
    overdueSummary_other: '{{unit}} har {{count}} försenade uppgifter ({{share}} av regionens).'
  },
  chartAlt: '{{title}}. Samma siffror finns i tabellen intill.'
};
