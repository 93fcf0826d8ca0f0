import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';

const SCHEMA_IN_SHARED = join('shared', 'schemas', 'adaptive-card-1.5.json');

/**
 * The official Adaptive Cards 1.5 schema (draft-06) in `../shared/schemas/` (DESIGN.md): beside the
 * repository, which may itself sit deeper (a git worktree), so the nearest ancestor holding it wins.
 */
export function adaptiveCardSchemaPath(from: string = join(__dirname, '..', '..', '..')): string {
  for (let folder = dirname(from); ; folder = dirname(folder)) {
    const candidate = join(folder, SCHEMA_IN_SHARED);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) throw new Error(`The Adaptive Cards 1.5 schema (${SCHEMA_IN_SHARED}) is in no folder above ${from}: the card tests validate against it.`);
  }
}

let validator: Ajv.ValidateFunction | undefined;

/**
 * The schema's complaints about a card as it goes over the wire (JSON round trip), '' when valid.
 * ajv 6 speaks draft-07 by default; draft-06 is added as its meta-schema, as the schema declares.
 */
export function schemaErrorsOf(card: unknown): string {
  if (validator === undefined) {
    const ajv = new Ajv({ schemaId: 'auto', allErrors: false, jsonPointers: true });
    ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-06.json'), 'utf8')));
    validator = ajv.compile(JSON.parse(readFileSync(adaptiveCardSchemaPath(), 'utf8')));
  }
  const valid = validator(JSON.parse(JSON.stringify(card)));
  return valid ? '' : (validator.errors ?? []).map((error) => `${error.dataPath} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
}
