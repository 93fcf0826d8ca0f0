import { fields } from './sv/fields';
import { values } from './sv/values';
import { workbench } from './sv/workbench';
import { classification } from './sv/classification';
import { processing } from './sv/processing';
import { register } from './sv/register';
import { rolesRegister } from './sv/roles-register';
import { configurationSummary } from './sv/configuration-summary';
import { myTasks } from './sv/my-tasks';
import { incidents } from './sv/incidents';
import { imports } from './sv/imports';
import { acknowledgement } from './sv/acknowledgement';

/**
 * Swedish, the first language of Tillit. Every key here must exist in en.ts (its type is derived
 * from this file). Region-specific terms (scales, roles, courses) are configuration, not here.
 */
export const sv = {
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
  fields,
  values,
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
  },
  workbench,
  classification,
  processing,
  register,
  rolesRegister,
  configurationSummary,
  myTasks,
  incidents,
  imports,
  acknowledgement
};
