import { sha256Hex } from '../../demo/sha256';
import { textField } from './field-builders';
import type { FieldSchema, ListSchema } from './list-schema';

/**
 * The write key: a column every Tillit list has, holding a key the client chose for the item when
 * it added it — deterministic where the record has a natural key (the demo snapshot's record ids,
 * the nudge log's run day and item key), else a random UUID made once per logical add and kept for
 * its retries. SharePoint enforces it unique, and it is indexed (SharePoint requires an index for
 * EnforceUniqueValues, and the read-back filters on it past the 5,000-item threshold). So an add
 * whose answer was lost (502, 504, a dropped connection) is resolved by reading back by key and
 * sending only what is missing: a retry never writes an item twice (R-SEC-2, R-NDG-4).
 *
 * Not one of a list's `fields`: those are the mapper's columns, every one of them in each update.
 * The write key is set once, on add, and never changed.
 */
export const WRITE_KEY_FIELD = textField(
  'WriteKey',
  'Skrivnyckel',
  'Nyckel som Tillit ger posten när den skapas, så att samma post aldrig skrivs två gånger. Ändra den inte.',
  { indexed: true, unique: true }
);

/** The internal name, for payloads and filters. */
export const WRITE_KEY = WRITE_KEY_FIELD.internalName;

/** Every column provisioning creates on a list, in order: the list's own, then the write key. */
export function provisionedFields(list: ListSchema): readonly FieldSchema[] {
  return [...list.fields, WRITE_KEY_FIELD];
}

/*
 * The key's values. A key names one logical add: made once, before the first attempt, and reused
 * by every retry and read-back of that add.
 */

/** A random key for a record without a natural one (crypto.randomUUID: Node 20 and every browser SPFx supports). */
export function randomWriteKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A deterministic key from a natural one, under a scope naming where it comes from (`demo`,
 * `nudge`), so two sources never collide. SharePoint compares text case-insensitively, so the key
 * is lower-cased. A key longer than the column holds keeps its scope and a SHA-256 of the rest.
 */
export function naturalWriteKey(scope: string, ...parts: readonly string[]): string {
  const key = `${scope}:${parts.join(':')}`.toLowerCase();
  if (key.length <= WRITE_KEY_FIELD.maxLength) return key;
  return `${scope.toLowerCase()}:sha256:${sha256Hex(parts.join(':').toLowerCase())}`;
}
