import type { Messages } from '../messages';

/** The local workbench (issue 7), in English; typed against the Swedish file. */
export const workbench: Messages['workbench'] = {
  title: 'Tillit – workbench',
  intro: 'Locally: the web parts as on a SharePoint page, against the local SharePoint site.',
  settings: 'Workbench settings',
  webPart: 'Web part',
  identity: 'Signed in as (demo)',
  language: 'Language',
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', 'high-contrast': 'High contrast' },
  languages: { sv: 'Svenska', en: 'English' },
  signedIn: 'SharePoint knows you as {{name}} ({{email}}).',
  signingIn: 'Asking SharePoint who you are …',
  identityFailed: 'Could not change the identity: {{reason}}',
  webParts: {
    'configuration-summary': 'The region\'s configuration',
    classification: 'Information classification',
    processing: 'Record of processing',
    register: 'Register',
    'my-tasks': 'My tasks',
    'report-incident': 'Report an incident',
    import: 'Import and export',
    'my-acknowledgement': 'My acknowledgement'
  },
  roles: {
    registryCoordinator: 'Registry coordinator',
    dataProtectionOfficer: 'Data protection officer',
    deputyDataProtectionOfficer: 'Deputy data protection officer',
    informationOwner: 'Information owner',
    employee: 'Employee',
    securityCoordinator: 'Security coordinator'
  }
};
