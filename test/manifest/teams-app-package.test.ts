import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { teamsPackageCommand } from '../../src/cli/commands/teams-package-command';
import { EXIT_FAILURE, EXIT_OK } from '../../src/cli/exit-codes';
import { buildTeamsAppPackage, fillPlaceholders, readTeamsAppSources, teamsAppPackageProblems, zipTeamsAppPackage } from '../../src/cli/teams-app-package';
import { SAMPLE_SETTINGS_JSON, sampleSettings } from './sample-teams-settings';

/* The Teams app zip (issue 10): manifest.json, its localization file and the two icons at the root, and what it holds validates. */
describe('the Teams app package', () => {
  it('holds exactly manifest.json, en.json, color.png and outline.png at the zip\'s root, and the manifest inside validates', async () => {
    const sources = readTeamsAppSources();
    const files = unzipSync(zipTeamsAppPackage(buildTeamsAppPackage(sources, sampleSettings())));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    expect(Buffer.from(files['color.png']).equals(Buffer.from(sources.files['color.png']))).toBe(true);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<string, never>;
    const english = JSON.parse(new TextDecoder().decode(files['en.json'])) as Record<string, never>;
    expect(manifest.id).toBe(SAMPLE_SETTINGS_JSON.appId);
    expect(await teamsAppPackageProblems({ manifest, localizations: { 'en.json': english }, files })).toEqual([]);
  }, 60_000);

  it('finds an icon or localization file the manifest names but the package lacks', async () => {
    const pkg = buildTeamsAppPackage(readTeamsAppSources(), sampleSettings());
    const { 'outline.png': _outline, ...withoutOutline } = pkg.files;
    expect(await teamsAppPackageProblems({ ...pkg, files: withoutOutline })).toEqual(['manifest.json names outline.png, which the package does not hold']);
  }, 60_000);

  it('says which placeholder no setting fills, and where', () => {
    expect(() => fillPlaceholders({ bots: [{ botId: '{{botID}}' }] }, { botId: 'x' })).toThrow(/\{\{botID\}\} at bots\[0\]\.botId, which no setting fills/);
    expect(fillPlaceholders({ url: 'https://{{ host }}/tab/{{host}}' }, { host: 'a.se' })).toEqual({ url: 'https://a.se/tab/a.se' });
  });

  describe('tillit teams-package', () => {
    let folder: string;
    let written: string[];
    let stdout: jest.SpyInstance;
    let stderr: jest.SpyInstance;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'tillit-teams-package-'));
      written = [];
      const capture = (text: string | Uint8Array): boolean => {
        written.push(String(text));
        return true;
      };
      stdout = jest.spyOn(process.stdout, 'write').mockImplementation(capture);
      stderr = jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    });
    afterEach(() => {
      stdout.mockRestore();
      stderr.mockRestore();
      rmSync(folder, { recursive: true, force: true });
    });

    it('writes the zip where --out says, from the --settings file', async () => {
      writeFileSync(join(folder, 'settings.json'), JSON.stringify(SAMPLE_SETTINGS_JSON));
      const out = join(folder, 'solution', 'tillit-teams.zip');
      expect(await teamsPackageCommand.run(['--settings', join(folder, 'settings.json'), '--out', out])).toBe(EXIT_OK);
      expect(Object.keys(unzipSync(readFileSync(out))).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
      expect(written.join('')).toMatch(/tillit-teams\.zip: [0-9.]+ KB, manifest\.json, en\.json, color\.png, outline\.png; valid against https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v1\.\d+\/MicrosoftTeams\.schema\.json/);
    }, 60_000);

    it('writes nothing from bad settings, naming the bad field', async () => {
      writeFileSync(join(folder, 'settings.json'), JSON.stringify({ ...SAMPLE_SETTINGS_JSON, botId: 'not-a-guid' }));
      const out = join(folder, 'tillit-teams.zip');
      await expect(teamsPackageCommand.run(['--settings', join(folder, 'settings.json'), '--out', out])).rejects.toThrow(/botId: must be a GUID/);
      expect(existsSync(out)).toBe(false);
    });

    it('writes nothing when what the settings make does not validate, listing every problem', async () => {
      // A developer URL of 2,100 characters passes the settings' own check but not Teams' schema (2,048 at most).
      const longUrl = `https://www.regionexempel.se/${'a'.repeat(2100)}`;
      writeFileSync(join(folder, 'settings.json'), JSON.stringify({ ...SAMPLE_SETTINGS_JSON, developer: { ...SAMPLE_SETTINGS_JSON.developer, websiteUrl: longUrl } }));
      const out = join(folder, 'tillit-teams.zip');
      expect(await teamsPackageCommand.run(['--settings', join(folder, 'settings.json'), '--out', out])).toBe(EXIT_FAILURE);
      expect(written.join('')).toMatch(/not valid; nothing was written:\n {2}- manifest\.json: \/developer\/websiteUrl must NOT have more than 2048 characters/);
      expect(existsSync(out)).toBe(false);
    }, 60_000);
  });
});
