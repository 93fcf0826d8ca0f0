import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { iconProblems } from './teams-app-icons';
import { placeholderValues, type TeamsManifestSettings } from './teams-manifest-settings';

/**
 * The Teams app package (issue 10): manifest/'s template filled from the region's settings, its
 * localization file(s) and the two icons, zipped flat (Teams wants every file at the zip's root) and
 * checked offline against the official schemas that `@microsoft/app-manifest` bundles.
 */
export const MANIFEST_FOLDER = join(__dirname, '..', '..', 'manifest');
export const TEMPLATE_FILE = 'manifest.template.json';

/** A parsed JSON value (JSON.parse's result, walked by the functions below). */
type Json = unknown;

export interface TeamsAppSources {
  readonly template: Json;
  /** Every other file of manifest/ that goes into the package, by the name the manifest gives it. */
  readonly files: Readonly<Record<string, Uint8Array>>;
}

export interface TeamsAppPackage {
  readonly manifest: Record<string, Json>;
  /** The localization files, parsed and filled, by file name. */
  readonly localizations: Readonly<Record<string, Record<string, Json>>>;
  /** Every file at the zip's root, manifest.json included. */
  readonly files: Readonly<Record<string, Uint8Array>>;
}

interface LocalizationInfo {
  readonly additionalLanguages?: ReadonlyArray<{ readonly file: string }>;
  readonly defaultLanguageFile?: string;
}

function localizationFilesOf(manifest: Record<string, Json>): string[] {
  const info = manifest.localizationInfo as LocalizationInfo | undefined;
  return [...(info?.defaultLanguageFile === undefined ? [] : [info.defaultLanguageFile]), ...(info?.additionalLanguages ?? []).map((language) => language.file)];
}

function iconFilesOf(manifest: Record<string, Json>): string[] {
  const icons = (manifest.icons ?? {}) as Record<string, string>;
  return [icons.color, icons.outline].filter((file): file is string => typeof file === 'string');
}

/** Reads the template and every file it names (localizations, icons) from manifest/. */
export function readTeamsAppSources(folder: string = MANIFEST_FOLDER): TeamsAppSources {
  const template = JSON.parse(readFileSync(join(folder, TEMPLATE_FILE), 'utf8')) as Record<string, Json>;
  const files: Record<string, Uint8Array> = {};
  for (const name of [...localizationFilesOf(template), ...iconFilesOf(template)]) files[name] = readFileSync(join(folder, name));
  return { template, files };
}

/** Replaces each {{name}} in every string of a JSON value; a placeholder without a value is an error naming it and where it stands. */
export function fillPlaceholders(value: Json, values: Readonly<Record<string, string>>, where = '(root)'): Json {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g, (_, name: string) => {
      const filled = values[name];
      if (filled === undefined) throw new Error(`The Teams manifest template has the placeholder {{${name}}} at ${where}, which no setting fills (known: ${Object.keys(values).join(', ')}).`);
      return filled;
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => fillPlaceholders(item, values, `${where}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, values, where === '(root)' ? key : `${where}.${key}`)]));
  }
  return value;
}

function jsonBytes(value: Json): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

/** The filled manifest and localization files, and every file of the package. */
export function buildTeamsAppPackage(sources: TeamsAppSources, settings: TeamsManifestSettings): TeamsAppPackage {
  const values = placeholderValues(settings);
  const manifest = fillPlaceholders(sources.template, values) as Record<string, Json>;
  const localizations: Record<string, Record<string, Json>> = {};
  const files: Record<string, Uint8Array> = { 'manifest.json': jsonBytes(manifest) };
  for (const name of localizationFilesOf(manifest)) {
    const source = sources.files[name];
    if (source === undefined) throw new Error(`The Teams manifest names the localization file ${name}, which manifest/ does not have.`);
    localizations[name] = fillPlaceholders(JSON.parse(new TextDecoder().decode(source)) as Json, values, name) as Record<string, Json>;
    files[name] = jsonBytes(localizations[name]);
  }
  for (const name of iconFilesOf(manifest)) {
    const icon = sources.files[name];
    if (icon === undefined) throw new Error(`The Teams manifest names the icon ${name}, which manifest/ does not have.`);
    files[name] = icon;
  }
  return { manifest, localizations, files };
}

/**
 * The official schema for a `$schema` address, from `@microsoft/app-manifest`'s own copies: never
 * fetched, so the check runs offline (CI, a locked-down build agent) and always against the same text.
 */
export function bundledSchema(schemaUrl: unknown): object {
  const match = typeof schemaUrl === 'string' ? /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/.exec(schemaUrl) : null;
  if (match === null) throw new Error(`$schema ${JSON.stringify(schemaUrl)} is not an official Teams schema address (https://developer.microsoft.com/json-schemas/teams/v1.NN/…).`);
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', 'json-schemas', 'teams', match[1], match[2]);
  let schema: Json;
  try {
    schema = JSON.parse(readFileSync(file, 'utf8')) as Json;
  } catch (error) {
    throw new Error(`@microsoft/app-manifest does not bundle ${match[1]}/${match[2]} (${error instanceof Error ? error.message : String(error)}); use a schema version it has.`);
  }
  return withUnicodeSafePatterns(schema) as object;
}

/**
 * The official Localization schema (v1.24 to v1.30 at least) has two property-name patterns with a
 * lone `]` (`…\b]\.description$`), a literal in a plain RegExp but a syntax error under the `u` flag
 * that ajv 8 compiles with, so the library cannot compile that schema as published. Escaping that
 * `]` keeps the pattern's meaning; anything else that does not compile is left for ajv to report.
 */
function withUnicodeSafePatterns(schema: Json): Json {
  const compiles = (pattern: string): boolean => {
    try {
      // The pattern is the official schema's own text, compiled only to see whether ajv can.
      new RegExp(pattern, 'u'); // eslint-disable-line no-new, @rushstack/security/no-unsafe-regexp
      return true;
    } catch {
      return false; // the pattern is repaired below, or left for ajv to report by name
    }
  };
  const repair = (pattern: string): string => (compiles(pattern) ? pattern : pattern.replace(/\\b\]/g, '\\b\\]'));
  if (Array.isArray(schema)) return schema.map(withUnicodeSafePatterns);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key === 'patternProperties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return [key, Object.fromEntries(Object.entries(value).map(([pattern, inner]) => [repair(pattern), withUnicodeSafePatterns(inner)]))];
      }
      if (key === 'pattern' && typeof value === 'string') return [key, repair(value)];
      return [key, withUnicodeSafePatterns(value)];
    })
  );
}

/** Every problem Teams' upload would find that can be found offline: schema errors per file, missing files, icon sizes and colours. Empty when the package is good. */
export async function teamsAppPackageProblems(pkg: TeamsAppPackage): Promise<string[]> {
  // Loaded here, not at the top: it is a dev dependency, and `tillit`'s other commands must start without it.
  const { AppManifestUtils } = await import(/* webpackChunkName: 'app-manifest' */ '@microsoft/app-manifest');
  type AppManifest = Parameters<typeof AppManifestUtils.validateAgainstSchema>[0];
  const problems: string[] = [];
  const documents: Array<[string, Record<string, Json>]> = [['manifest.json', pkg.manifest], ...Object.entries(pkg.localizations)];
  for (const [name, document] of documents) {
    let schema: object;
    try {
      schema = bundledSchema(document.$schema);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const errors = await AppManifestUtils.validateAgainstSchema(document as unknown as AppManifest, schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]);
    problems.push(...errors.map((error) => `${name}: ${error.trim()}`));
  }
  for (const name of [...localizationFilesOf(pkg.manifest), ...iconFilesOf(pkg.manifest)]) {
    if (pkg.files[name] === undefined) problems.push(`manifest.json names ${name}, which the package does not hold`);
  }
  const [color, outline] = [(pkg.manifest.icons as Record<string, string> | undefined)?.color, (pkg.manifest.icons as Record<string, string> | undefined)?.outline];
  if (color !== undefined && outline !== undefined && pkg.files[color] !== undefined && pkg.files[outline] !== undefined) {
    problems.push(...iconProblems(pkg.files[color], pkg.files[outline]));
  }
  return problems;
}

/** The zip Teams takes: every file at the root, nothing else. */
export function zipTeamsAppPackage(pkg: TeamsAppPackage): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(pkg.files).map(([name, bytes]) => [name, [bytes, { level: 9 }]])));
}
