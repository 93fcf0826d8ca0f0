/** The local workbench (issue 7), in Swedish (the type every language follows). */
export const workbench = {
  title: 'Tillit – arbetsbänk',
  intro: 'Lokalt: webbdelarna som på en SharePoint-sida, mot den lokala SharePoint-webbplatsen.',
  settings: 'Arbetsbänkens inställningar',
  webPart: 'Webbdel',
  identity: 'Inloggad som (demo)',
  language: 'Språk',
  theme: 'Tema',
  themes: { light: 'Ljust', dark: 'Mörkt', 'high-contrast': 'Hög kontrast' },
  languages: { sv: 'Svenska', en: 'English' },
  signedIn: 'SharePoint känner dig som {{name}} ({{email}}).',
  signingIn: 'Frågar SharePoint vem du är …',
  identityFailed: 'Det gick inte att byta identitet: {{reason}}',
  webParts: {
    'configuration-summary': 'Regionens konfiguration',
    classification: 'Informationsklassning',
    processing: 'Registerförteckning',
    register: 'Register',
    'my-tasks': 'Mina uppgifter',
    'report-incident': 'Rapportera en händelse',
    import: 'Import och export',
    'my-acknowledgement': 'Min bekräftelse'
  },
  roles: {
    registryCoordinator: 'Registerkoordinator',
    dataProtectionOfficer: 'Dataskyddsombud',
    deputyDataProtectionOfficer: 'Biträdande dataskyddsombud',
    informationOwner: 'Informationsägare',
    employee: 'Medarbetare',
    securityCoordinator: 'Informationssäkerhetssamordnare'
  }
};
