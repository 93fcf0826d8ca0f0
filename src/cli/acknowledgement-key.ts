import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Seal } from '../domain/acknowledgements/acknowledgement-chain';

/**
 * The key that seals the acknowledgement chain (R-ACK, R-SEC-4). Whoever holds it can write a seal
 * that verifies, so it lives with the app service and the verifier, never in SharePoint: a site
 * administrator can edit the list but cannot recompute the chain. Production: base64 in
 * TILLIT_ACKNOWLEDGEMENT_KEY (from a key vault). Locally: made once into the data folder.
 */
export const ACKNOWLEDGEMENT_KEY_ENV = 'TILLIT_ACKNOWLEDGEMENT_KEY';
export const ACKNOWLEDGEMENT_KEY_FILE = 'acknowledgement-key';
/** HMAC-SHA256 wants a key at least as long as its output (RFC 2104): 32 bytes. */
const MIN_KEY_BYTES = 32;

export const acknowledgementKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
  .transform((text) => Buffer.from(text, 'base64'))
  .refine((key) => key.length >= MIN_KEY_BYTES, `must be at least ${MIN_KEY_BYTES} bytes (base64 of 32 random bytes: openssl rand -base64 32)`);

/** The HMAC-SHA256 seal under `key`, as lower-case hex: the adapter the pure chain is given. */
export function hmacSeal(key: Buffer): Seal {
  return (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

function parseKey(text: string, where: string): Buffer {
  const parsed = acknowledgementKeySchema.safeParse(text);
  if (!parsed.success) throw new Error(`The acknowledgement key in ${where} ${parsed.error.issues.map((issue) => issue.message).join('; ')}.`);
  return parsed.data;
}

/** The key from the environment, when it is set there (checked at start: a bad key stops the start). */
export function acknowledgementKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer | undefined {
  const text = env[ACKNOWLEDGEMENT_KEY_ENV];
  return text === undefined || text.trim() === '' ? undefined : parseKey(text, ACKNOWLEDGEMENT_KEY_ENV);
}

export async function readAcknowledgementKeyFile(path: string): Promise<Buffer> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`The acknowledgement key file ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseKey(text, path);
}

export function localAcknowledgementKeyPath(dataDir: string): string {
  return join(dataDir, ACKNOWLEDGEMENT_KEY_FILE);
}

/**
 * The local data folder's key, made once (32 random bytes, readable by the owner only) before the
 * first start seeds the demo, and read on every later start: the demo's seals verify across restarts.
 */
export async function ensureLocalAcknowledgementKey(dataDir: string): Promise<Buffer> {
  const path = localAcknowledgementKeyPath(dataDir);
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(path, `${randomBytes(MIN_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  await chmod(path, 0o600);
  return readAcknowledgementKeyFile(path);
}
