import * as appManifest from '@microsoft/app-manifest';
import { commandOf } from '../../bot/agent/bot-commands';
import { bundledSchema, buildTeamsAppPackage, readTeamsAppSources, teamsAppPackageProblems, type TeamsAppPackage } from '../../src/cli/teams-app-package';
import { sampleSettings } from './sample-teams-settings';

/*
 * The Teams app manifest (issue 10): the template filled with a region's settings validates against
 * the official schema @microsoft/app-manifest bundles (offline), and a broken one does not.
 */
describe('the Teams app manifest', () => {
  let pkg: TeamsAppPackage;
  beforeAll(() => {
    pkg = buildTeamsAppPackage(readTeamsAppSources(), sampleSettings());
  });

  function withManifest(change: (manifest: Record<string, unknown>) => void): TeamsAppPackage {
    const manifest = JSON.parse(JSON.stringify(pkg.manifest)) as Record<string, unknown>;
    change(manifest);
    return { ...pkg, manifest: manifest as TeamsAppPackage['manifest'] };
  }

  it('uses the newest Teams schema the library bundles', () => {
    const versions = Object.keys(appManifest)
      .map((name) => /^TeamsManifestV1D(\d+)$/.exec(name)?.[1])
      .filter((minor): minor is string => minor !== undefined)
      .map(Number);
    const newest = Math.max(...versions);
    expect(pkg.manifest.manifestVersion).toBe(`1.${newest}`);
    expect(pkg.manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v1.${newest}/MicrosoftTeams.schema.json`);
    expect(pkg.localizations['en.json'].$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v1.${newest}/MicrosoftTeams.Localization.schema.json`);
  });

  it('validates against the official schemas with no error, without the network', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in this test'));
    try {
      expect(await teamsAppPackageProblems(pkg)).toEqual([]);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  }, 60_000);

  it.each<[string, (manifest: Record<string, unknown>) => void, RegExp]>([
    ['without its developer', (manifest) => delete manifest.developer, /^manifest\.json: .*must have required property 'developer'/],
    ['with a bot id that is no GUID', (manifest) => ((manifest.bots as Array<Record<string, unknown>>)[0].botId = 'tillit-bot'), /manifest\.json: \/bots\/0\/botId must match pattern/],
    ['with a property Teams does not know', (manifest) => (manifest.councilTab = true), /must NOT have additional properties.*councilTab/],
    ['with a short description over 80 characters', (manifest) => ((manifest.description as Record<string, unknown>).short = 'x'.repeat(81)), /\/description\/short must NOT have more than 80 characters/]
  ])('finds the error in a manifest %s', async (_, change, expected) => {
    const problems = await teamsAppPackageProblems(withManifest(change));
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  }, 60_000);

  it('finds an error in the English localization file too', async () => {
    const broken = { ...pkg, localizations: { 'en.json': { ...pkg.localizations['en.json'], 'name.short': 'x'.repeat(31), 'botz[0].title': 'typo' } } };
    const problems = (await teamsAppPackageProblems(broken)).filter((problem) => problem.startsWith('en.json:'));
    expect(problems.some((problem) => /\/name\.short must NOT have more than 30 characters/.test(problem))).toBe(true);
    expect(problems.some((problem) => /additional properties.*botz\[0\]\.title/.test(problem))).toBe(true);
  }, 60_000);

  it('refuses a schema address that is not an official Teams one, rather than fetching it', () => {
    expect(() => bundledSchema('https://example.com/MicrosoftTeams.schema.json')).toThrow(/not an official Teams schema address/);
    expect(() => bundledSchema('https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json')).toThrow(/does not bundle v9\.99/);
  });

  it('carries the council\'s channel tab, the personal My tasks tab and the bot, on the app service\'s host', () => {
    const manifest = pkg.manifest as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(manifest.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: 'https://tillit.regionexempel.se/tab/config', scopes: ['team'], context: ['channelTab'] })]);
    expect(manifest.staticTabs[0]).toMatchObject({ entityId: 'my-tasks', name: 'Mina uppgifter', contentUrl: 'https://tillit.regionexempel.se/tab/my-tasks', scopes: ['personal'] });
    expect(manifest.bots[0]).toMatchObject({ botId: '0b7d9e21-5c44-4f2a-8e13-9a6f0c3d2e57', scopes: ['personal', 'team'], supportsFiles: false });
    expect(manifest.validDomains).toEqual(['tillit.regionexempel.se']);
    expect(manifest.webApplicationInfo).toEqual({ id: 'c3a8f5d2-1e6b-47c9-b0d4-58e2a9f7c160', resource: 'api://tillit.regionexempel.se/c3a8f5d2-1e6b-47c9-b0d4-58e2a9f7c160' });
    expect(manifest.localizationInfo).toEqual({ defaultLanguageTag: 'sv-SE', additionalLanguages: [{ languageTag: 'en', file: 'en.json' }] });
    expect(JSON.stringify(pkg.manifest) + JSON.stringify(pkg.localizations)).not.toContain('{{');
  });

  it('offers in the command list only what the bot understands, in Swedish and in English (issue 9\'s commands)', () => {
    const commands = (pkg.manifest.bots as Array<{ commandLists: Array<{ commands: Array<{ title: string }> }> }>)[0].commandLists[0].commands;
    expect(commands.map((command) => commandOf(command.title))).toEqual(['my-tasks', 'help']);
    const english = pkg.localizations['en.json'];
    expect(commands.map((_, index) => commandOf(english[`bots[0].commandLists[0].commands[${index}].title`] as string))).toEqual(['my-tasks', 'help']);
    expect(english['staticTabs[0].name']).toBe('My tasks');
  });
});
