import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { defineCommand } from '../command';
import { valueOption } from '../command-option';
import { EXIT_FAILURE, EXIT_OK } from '../exit-codes';
import { buildTeamsAppPackage, readTeamsAppSources, teamsAppPackageProblems, zipTeamsAppPackage } from '../teams-app-package';
import { readTeamsManifestSettings } from '../teams-manifest-settings';

const ROOT = join(__dirname, '..', '..', '..');
/** Beside the .sppkg that `gulp package-solution` writes (config/package-solution.json's zippedPackage). */
export const DEFAULT_TEAMS_PACKAGE = join(ROOT, 'sharepoint', 'solution', 'tillit-teams.zip');
export const DEFAULT_TEAMS_SETTINGS = join(ROOT, 'manifest', 'teams-app.settings.json');

export const teamsPackageCommand = defineCommand({
  name: 'teams-package',
  summary: 'write the Teams app package (manifest, localization, icons) after checking it against the official schema',
  options: {
    settings: valueOption({
      placeholder: 'FILE',
      schema: z
        .string()
        .trim()
        .min(1)
        .default(() => process.env.TILLIT_TEAMS_APP_SETTINGS ?? DEFAULT_TEAMS_SETTINGS),
      description: 'the region\'s settings (JSON; see manifest/teams-app.settings.example.json); or set TILLIT_TEAMS_APP_SETTINGS',
      defaultText: 'manifest/teams-app.settings.json'
    }),
    out: valueOption({
      placeholder: 'FILE',
      schema: z.string().trim().min(1).default(DEFAULT_TEAMS_PACKAGE),
      description: 'where the .zip goes',
      defaultText: 'sharepoint/solution/tillit-teams.zip, beside the .sppkg'
    })
  },
  notes: [
    'Fills manifest/manifest.template.json from the settings and validates it and its localization file offline',
    'against the schemas @microsoft/app-manifest bundles; checks the icons\' sizes and the outline\'s transparency.',
    'Writes nothing when anything is wrong (exit code 1, every problem listed). `npm run package` runs it.'
  ],
  async run(options) {
    const settingsFile = resolve(options.settings);
    const pkg = buildTeamsAppPackage(readTeamsAppSources(), readTeamsManifestSettings(settingsFile));
    const problems = await teamsAppPackageProblems(pkg);
    if (problems.length > 0) {
      process.stderr.write(`The Teams app package is not valid; nothing was written:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
      return EXIT_FAILURE;
    }
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    const zip = zipTeamsAppPackage(pkg);
    writeFileSync(out, zip);
    process.stdout.write(`${relative(process.cwd(), out) || out}: ${(zip.length / 1000).toFixed(1)} KB, ${Object.keys(pkg.files).join(', ')}; valid against ${String(pkg.manifest.$schema)}\n`);
    return EXIT_OK;
  }
});
