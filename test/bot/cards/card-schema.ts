import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';

/**
 * The official Adaptive Cards 1.5 schema (draft-06), a copy of `../shared/schemas/adaptive-card-1.5.json`
 * (DESIGN.md) kept in the repository, because CI tests a clean clone with nothing beside it.
 */
export const ADAPTIVE_CARD_SCHEMA_PATH = join(__dirname, '..', '..', 'schemas', 'adaptive-card-1.5.json');

let validator: Ajv.ValidateFunction | undefined;

/**
 * The schema's complaints about a card as it goes over the wire (JSON round trip), '' when valid.
 * ajv 6 speaks draft-07 by default; draft-06 is added as its meta-schema, as the schema declares.
 */
export function schemaErrorsOf(card: unknown): string {
  if (validator === undefined) {
    const ajv = new Ajv({ schemaId: 'auto', allErrors: false, jsonPointers: true });
    ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-06.json'), 'utf8')));
    validator = ajv.compile(JSON.parse(readFileSync(ADAPTIVE_CARD_SCHEMA_PATH, 'utf8')));
  }
  const valid = validator(JSON.parse(JSON.stringify(card)));
  return valid ? '' : (validator.errors ?? []).map((error) => `${error.dataPath} ${error.message ?? ''} ${JSON.stringify(error.params)}`).join('\n');
}
