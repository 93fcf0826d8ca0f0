import { z } from 'zod';
import type { Seal } from '../domain/acknowledgements/acknowledgement-chain';
import { isLocalSite } from '../local-sharepoint/local-admin-client';
import { ACKNOWLEDGEMENT_KEY_ENV, acknowledgementKeyFromEnv, ensureLocalAcknowledgementKey, hmacSeal, localAcknowledgementKeyPath, readAcknowledgementKeyFile } from './acknowledgement-key';
import { valueOption } from './command-option';
import { defaultDataDir } from './local-stack';
import { UsageError } from './usage-error';

/** --key-file, for the commands that seal or verify the acknowledgement chain. */
export const keyFileOption = valueOption({
  placeholder: 'FILE',
  schema: z.string().trim().min(1, 'must name a file').optional(),
  description: `the acknowledgement key (base64, at least 32 bytes); else ${ACKNOWLEDGEMENT_KEY_ENV}`,
  defaultText: 'the local data folder\'s acknowledgement-key when the site is local'
});

/**
 * The chain's seal for a command (R-SEC-4): the key in TILLIT_ACKNOWLEDGEMENT_KEY, else --key-file,
 * else — for the local SharePoint — the data folder's key (`create`: made when missing, as the
 * first start does). SharePoint Online without a key is a usage error: there is no default secret.
 */
export async function acknowledgementSealFor(siteUrl: string, keyFile: string | undefined, create: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Seal> {
  const fromEnv = acknowledgementKeyFromEnv(env);
  if (fromEnv !== undefined) return hmacSeal(fromEnv);
  if (keyFile !== undefined) return hmacSeal(await readAcknowledgementKeyFile(keyFile));
  if (!isLocalSite(siteUrl)) throw new UsageError(`A SharePoint Online site needs the acknowledgement key: ${ACKNOWLEDGEMENT_KEY_ENV} or --key-file.`);
  const dataDir = defaultDataDir(env);
  return hmacSeal(create ? await ensureLocalAcknowledgementKey(dataDir) : await readAcknowledgementKeyFile(localAcknowledgementKeyPath(dataDir)));
}
