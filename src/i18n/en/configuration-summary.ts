import type { Messages } from '../messages';

/** The configuration summary web part, in English; typed against the Swedish file. */
export const configurationSummary: Messages['configurationSummary'] = {
  heading: 'Region settings',
  intro: 'This is how Tillit is set up for {{region}}. Scales and intervals change in the configuration, not in code.',
  consequenceScale: 'Consequence scale for classification',
  level: 'Level',
  label: 'Label',
  protectionGoals: 'Protection goals classified',
  reviewInterval: 'Classifications are reviewed every {{months}} months.',
  maturityScale: 'Maturity scale',
  maturityAreas: 'Areas of MSBFS 2020:6',
  organisationLevels: 'Organisation levels',
  trainingAudiences: 'Training targets',
  target: 'Target {{percent}} %',
  breachHours: 'Personal data breaches are reported to IMY within {{hours}} hours.'
};
