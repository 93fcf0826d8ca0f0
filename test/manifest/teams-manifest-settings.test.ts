import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeholderValues, readTeamsManifestSettings, teamsManifestSettingsFrom } from '../../src/cli/teams-manifest-settings';
import { ValidationError } from '../../src/domain/shared/errors';
import { SAMPLE_SETTINGS_JSON } from './sample-teams-settings';

/* The Teams app's settings (issue 10): every bad field is named, with what it should be. */
describe('the Teams app settings', () => {
  it('fills the application ID URI from the host and the client id when it is left out, and the accent colour', () => {
    const settings = teamsManifestSettingsFrom(SAMPLE_SETTINGS_JSON, 'test');
    expect(settings.appIdUri).toBe('api://tillit.regionexempel.se/c3a8f5d2-1e6b-47c9-b0d4-58e2a9f7c160');
    expect(settings.accentColor).toBe('#1F5C99');
    expect(placeholderValues(settings)).toMatchObject({ botId: SAMPLE_SETTINGS_JSON.botId, developerPrivacyUrl: 'https://www.regionexempel.se/integritet' });
  });

  it('lower-cases GUIDs and the host name, as Teams and Entra compare them', () => {
    const settings = teamsManifestSettingsFrom({ ...SAMPLE_SETTINGS_JSON, botId: SAMPLE_SETTINGS_JSON.botId.toUpperCase(), appServiceHost: 'Tillit.RegionExempel.se' }, 'test');
    expect(settings.botId).toBe(SAMPLE_SETTINGS_JSON.botId);
    expect(settings.appServiceHost).toBe('tillit.regionexempel.se');
  });

  const { botId: _botId, ...withoutBot } = SAMPLE_SETTINGS_JSON;
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['an app id that is no GUID', { ...SAMPLE_SETTINGS_JSON, appId: 'tillit' }, 'appId', /must be a GUID/],
    ['a missing bot id', withoutBot, 'botId', /is required/],
    ['a version with two parts', { ...SAMPLE_SETTINGS_JSON, version: '1.0' }, 'version', /MAJOR\.MINOR\.PATCH/],
    ['a pre-release version', { ...SAMPLE_SETTINGS_JSON, version: '1.0.0-beta' }, 'version', /no pre-release/],
    ['a host with its scheme', { ...SAMPLE_SETTINGS_JSON, appServiceHost: 'https://tillit.regionexempel.se' }, 'appServiceHost', /host name only/],
    ['a host with a path', { ...SAMPLE_SETTINGS_JSON, appServiceHost: 'tillit.regionexempel.se/api' }, 'appServiceHost', /host name only/],
    ['an http privacy page', { ...SAMPLE_SETTINGS_JSON, developer: { ...SAMPLE_SETTINGS_JSON.developer, privacyUrl: 'http://www.regionexempel.se/integritet' } }, 'developer.privacyUrl', /https/],
    ['a developer name over 32 characters', { ...SAMPLE_SETTINGS_JSON, developer: { ...SAMPLE_SETTINGS_JSON.developer, name: 'Region Exempel, regionkansliet, IT-avdelningen' } }, 'developer.name', /32/],
    ['an application ID URI on another host', { ...SAMPLE_SETTINGS_JSON, appIdUri: 'api://elsewhere.example/c3a8f5d2-1e6b-47c9-b0d4-58e2a9f7c160' }, 'appIdUri', /api:\/\/tillit\.regionexempel\.se\//],
    ['an accent colour without #', { ...SAMPLE_SETTINGS_JSON, accentColor: '1F5C99' }, 'accentColor', /colour/],
    ['a misspelt key', { ...SAMPLE_SETTINGS_JSON, botID: SAMPLE_SETTINGS_JSON.botId }, '(root)', /botID/]
  ])('refuses %s, naming the field', (_, value, path, message) => {
    let error: unknown;
    try {
      teamsManifestSettingsFrom(value, 'teams-app.settings.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.find((issue) => issue.path === path)?.message).toMatch(message);
    expect((error as ValidationError).message).toContain('teams-app.settings.json');
  });

  describe('from a file', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'tillit-teams-settings-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('reads a good file', () => {
      writeFileSync(join(folder, 'settings.json'), JSON.stringify(SAMPLE_SETTINGS_JSON));
      expect(readTeamsManifestSettings(join(folder, 'settings.json')).appId).toBe(SAMPLE_SETTINGS_JSON.appId);
    });

    it('says how to make a missing file', () => {
      expect(() => readTeamsManifestSettings(join(folder, 'missing.json'))).toThrow(/does not exist: copy manifest\/teams-app\.settings\.example\.json/);
    });

    it('says when the file is not JSON', () => {
      writeFileSync(join(folder, 'settings.json'), '{ "appId": ');
      expect(() => readTeamsManifestSettings(join(folder, 'settings.json'))).toThrow(/is not JSON/);
    });
  });
});
