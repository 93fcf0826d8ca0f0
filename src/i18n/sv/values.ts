/** Labels of choice values, in Swedish (the type every language follows). */
export const values = {
  priority: { normal: 'Normal', prioritised: 'Prioriterad', 'business-critical': 'Verksamhetskritisk' },
  lifecycle: { planned: 'Planerad', active: 'I drift', retired: 'Avvecklad' },
  approval: { missing: 'Saknas', draft: 'Utkast', approved: 'Godkänd' },
  authorisation: { 'not-requested': 'Ej begärd', pending: 'Under prövning', approved: 'Godkänd', rejected: 'Avslagen' },
  legalBasis: {
    consent: 'Samtycke',
    contract: 'Avtal',
    'legal-obligation': 'Rättslig förpliktelse',
    'vital-interests': 'Grundläggande intresse',
    'public-task': 'Allmänt intresse / myndighetsutövning',
    'legitimate-interests': 'Berättigat intresse'
  },
  dpia: { 'not-assessed': 'Ej bedömd', 'not-needed': 'Behövs inte', needed: 'Behövs', 'in-progress': 'Pågår', done: 'Genomförd' },
  work: { 'not-started': 'Ej påbörjad', 'in-progress': 'Pågår', done: 'Klar' },
  treatment: { open: 'Ej beslutad', mitigate: 'Reducera', accept: 'Acceptera', avoid: 'Undvika', transfer: 'Överföra' },
  riskStatus: { identified: 'Identifierad', 'in-treatment': 'Under åtgärd', monitored: 'Bevakas', closed: 'Avslutad' },
  incidentCategory: { deviation: 'Avvikelse', 'security-incident': 'Säkerhetsincident', 'personal-data-breach': 'Personuppgiftsincident' },
  incidentStatus: { reported: 'Rapporterad', assessed: 'Bedömd', closed: 'Avslutad' },
  actionStatus: { planned: 'Planerad', 'in-progress': 'Pågår', done: 'Klar', cancelled: 'Avbruten' },
  employmentType: { permanent: 'Tillsvidare', temporary: 'Visstid', hourly: 'Timanställd', consultant: 'Konsult' },
  classificationState: { missing: 'Saknas', overdue: 'Försenad', 'due-soon': 'Snart dags', current: 'Aktuell' },
  trainingState: { done: 'Genomförd', due: 'Ska göras', overdue: 'Försenad' },
  yesNo: { undecided: 'Inte avgjort', yes: 'Ja', no: 'Nej' },
  breachClock: {
    'not-a-breach': 'Ingen personuppgiftsincident',
    running: 'Klockan går',
    overdue: 'Tidsfristen har passerat',
    'not-reportable': 'Ska inte anmälas',
    'reported-in-time': 'Anmäld i tid',
    'reported-late': 'Anmäld för sent'
  }
};
