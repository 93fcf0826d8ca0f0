/**
 * What every web part shows, whatever its feature: the product's name, the registers' names, the goal
 * areas and the error family's messages (DESIGN.md habit 4). Every web part's message pack holds these.
 */
export const common = {
  app: {
    name: 'Tillit',
    tagline: 'Ledningssystem för informationssäkerhet (LIS)'
  },
  registers: {
    assets: 'Informationstillgångar',
    classifications: 'Informationsklassningar',
    systems: 'IT-system',
    processing: 'Registerförteckning',
    risks: 'Riskregister',
    riskAnalyses: 'Riskanalyser',
    incidents: 'Avvikelser och incidenter',
    documentVersions: 'Styrdokument att bekräfta',
    acknowledgements: 'Bekräftelser av mottagande',
    training: 'Utbildning',
    actions: 'Handlingsplan',
    maturity: 'Mognad',
    roles: 'Roller',
    meetings: 'Rådsmöten',
    units: 'Organisation',
    roster: 'Medarbetare'
  },
  goalAreas: {
    'management-system': 'Ledningssystem för informationssäkerhet (LIS)',
    'risk-management': 'Riskhantering',
    'security-organisation': 'Informationssäkerhetsorganisation',
    classification: 'Informationsklassning',
    training: 'Informationssäkerhetsutbildning'
  },
  errors: {
    'not-found': 'Posten finns inte längre. Den kan ha tagits bort av någon annan.',
    conflict: 'Någon annan har ändrat posten sedan du öppnade den. Läs in den igen och gör din ändring på nytt.',
    throttled: 'SharePoint ber oss vänta en stund. Försök igen om {{seconds}} sekunder.',
    validation: 'Uppgifterna är inte giltiga: {{details}}',
    forbidden: 'Du har inte behörighet till detta.',
    unauthorised: 'Din inloggning har gått ut eller godtogs inte. Logga in igen.',
    'unknown-outcome': 'SharePoint bekräftade inte ändringen, så den kan ha sparats eller inte. Läs in posten igen och kontrollera innan du försöker på nytt.'
  }
};
