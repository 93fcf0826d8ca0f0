import type { Messages } from '../messages';

/** What every web part shows (sv/common.ts), in English. */
export const common: Pick<Messages, 'app' | 'registers' | 'goalAreas' | 'errors'> = {
  app: {
    name: 'Tillit',
    tagline: 'Information security management system (ISMS)'
  },
  registers: {
    assets: 'Information assets',
    classifications: 'Information classifications',
    systems: 'IT systems',
    processing: 'Record of processing',
    risks: 'Risk register',
    riskAnalyses: 'Risk analyses',
    incidents: 'Deviations and incidents',
    documentVersions: 'Documents to acknowledge',
    acknowledgements: 'Acknowledgements of receipt',
    training: 'Training',
    actions: 'Action plan',
    maturity: 'Maturity',
    roles: 'Roles',
    meetings: 'Council meetings',
    units: 'Organisation',
    roster: 'Staff'
  },
  goalAreas: {
    'management-system': 'Information security management system (ISMS)',
    'risk-management': 'Risk management',
    'security-organisation': 'Security organisation',
    classification: 'Information classification',
    training: 'Security training'
  },
  errors: {
    'not-found': 'The item no longer exists. Someone else may have deleted it.',
    conflict: 'Someone else changed the item after you opened it. Reload it and make your change again.',
    throttled: 'SharePoint asks us to wait. Try again in {{seconds}} seconds.',
    validation: 'The data is not valid: {{details}}',
    forbidden: 'You are not allowed to do this.',
    unauthorised: 'Your sign-in has expired or was not accepted. Sign in again.',
    'unknown-outcome': 'SharePoint did not confirm the change, so it may or may not have been saved. Reload the item and check before you try again.'
  }
};
