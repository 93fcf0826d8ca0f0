import type { TeamsManifestSettings } from '../../src/cli/teams-manifest-settings';
import { teamsManifestSettingsFrom } from '../../src/cli/teams-manifest-settings';

/** A region's settings as its settings file would hold them (made-up ids). */
export const SAMPLE_SETTINGS_JSON = {
  appId: '6f1c2a7e-3b9d-4e55-9a0c-2d8e7f41b3a6',
  version: '1.2.3',
  botId: '0b7d9e21-5c44-4f2a-8e13-9a6f0c3d2e57',
  appServiceHost: 'tillit.regionexempel.se',
  appClientId: 'c3a8f5d2-1e6b-47c9-b0d4-58e2a9f7c160',
  developer: {
    name: 'Region Exempel',
    websiteUrl: 'https://www.regionexempel.se/tillit',
    privacyUrl: 'https://www.regionexempel.se/integritet',
    termsOfUseUrl: 'https://www.regionexempel.se/villkor'
  }
} as const;

export function sampleSettings(): TeamsManifestSettings {
  return teamsManifestSettingsFrom(SAMPLE_SETTINGS_JSON, 'test');
}
