/** The roles register (R-ORG, issue 7 web part 1), in Swedish (the type every language follows). */
export const rolesRegister = {
  views: {
    all: 'Alla roller',
    vacant: 'Vakanta',
    'mandate-missing': 'Mandat saknas',
    unsigned: 'Ej bekräftad fördelning av ansvar',
    'level-region': 'Regiongemensamma roller',
    'level-optional': 'Övriga uppdrag (t.ex. rådet)'
  },
  search: 'Sök på roll, enhet eller person',
  columns: { role: 'Roll', unit: 'Enhet', holder: 'Innehavare', mandate: 'Mandat', acknowledgement: 'Bekräftelse', status: 'Status' },
  wholeRegion: 'Hela regionen',
  summary: 'Roller i urvalet: {{matching}}. Vakanta: {{vacant}}.',
  keptElsewhere: '{{roles}} visas per system i registret IT-system.',
  status: { vacant: 'Vakant', filled: 'Tillsatt' },
  vacancy: {
    'never-filled': 'Ingen är utsedd.',
    'recorded-vacant': 'Markerad som vakant i rollistan.',
    ended: 'Uppdraget för {{holder}} upphörde {{date}}.',
    'holder-left': '{{holder}} finns inte längre bland medarbetarna.',
    'holder-left-on': '{{holder}} slutade {{date}}.'
  },
  mandate: { documented: 'Dokumenterat', missing: 'Saknas', 'not-required': 'Krävs inte' },
  acknowledgement: { signed: 'Bekräftad', unsigned: 'Ej bekräftad', 'not-required': '–' },
  assign: 'Tillsätt',
  edit: 'Ändra',
  show: 'Visa',
  formTitle: '{{role}} – {{unit}}',
  formIntroVacant: 'Rollen är vakant. Ange vem som tar över den och från vilket datum.',
  formIntroHeld: 'Ange ett slutdatum för att avsluta uppdraget, eller markera att mandatet är dokumenterat.',
  holderRequired: 'Ange innehavarens e-postadress för att tillsätta rollen.',
  untilBeforeSince: 'Slutdatumet kan inte ligga före startdatumet.',
  takenMeanwhile: '{{holder}} har tillsatts i rollen under tiden. Stäng och läs in registret igen.',
  fields: {
    holderEmail: 'Innehavare (e-post)',
    since: 'Från',
    until: 'Till och med',
    mandateDocumented: 'Mandat dokumenterat'
  },
  help: {
    holderEmail: 'Personens e-postadress i regionen.',
    since: 'Första dag i rollen (ÅÅÅÅ-MM-DD).',
    until: 'Sista dag i rollen; fyll i för att avsluta uppdraget (ÅÅÅÅ-MM-DD).',
    mandateDocumented: 'Rollens mandat är beslutat och dokumenterat.'
  },
  yesNo: { true: 'Ja', false: 'Nej' }
};
