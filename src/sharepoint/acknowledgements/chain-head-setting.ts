import { z } from 'zod';
import type { SealedHead } from '../../domain/acknowledgements/acknowledgement-chain';
import { hexDigestSchema } from '../../domain/acknowledgements/acknowledgement';
import type { Setting } from '../mappers/records/setting';
import { ConflictError } from '../../domain/shared/errors';
import { eq } from '../odata-literal';
import type { ListRepository, Stored } from '../repositories/list-repository';

/** The Settings key under which the app keeps the chain's sealed head (R-SEC-4: removing the newest items shows). */
export const CHAIN_HEAD_SETTING = 'acknowledgement-chain-head';

const sealedHeadSchema = z.object({ sequence: z.number().int().min(0), hash: hexDigestSchema, seal: hexDigestSchema });

export interface StoredHead {
  /** Undefined when there is no head setting yet (an empty chain) — or it was deleted. */
  readonly head: SealedHead | undefined;
  /** Undefined when the setting's value is not a head at all (hand-edited). */
  readonly malformed: boolean;
  readonly stored: Stored<Setting> | undefined;
}

/** Reads the head setting by its key (Title is indexed and unique). */
export async function readChainHead(settings: ListRepository<Setting>): Promise<StoredHead> {
  const screened = await settings.readAll(eq('Title', CHAIN_HEAD_SETTING));
  const [first] = screened.valid;
  if (first === undefined) return { head: undefined, malformed: screened.rejected.length > 0, stored: undefined };
  const stored = await settings.get(first.id);
  const parsed = sealedHeadSchema.safeParse(stored.record.value);
  return { head: parsed.success ? parsed.data : undefined, malformed: !parsed.success, stored };
}

/**
 * Moves the head forward to `head`, conditionally on the ETag read (R-SEC-2): when another writer
 * moved it meanwhile, it is read again and moved only if `head` is still newer. Never moves it back.
 */
export async function advanceChainHead(settings: ListRepository<Setting>, head: SealedHead): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const current = await readChainHead(settings);
    if (current.head !== undefined && current.head.sequence >= head.sequence) return;
    try {
      // Read again after writing: an add that found another writer's setting by its key wrote nothing.
      if (current.stored === undefined) await settings.add({ id: 'new', key: CHAIN_HEAD_SETTING, value: head }, { key: `setting:${CHAIN_HEAD_SETTING}` });
      else await settings.update(current.stored.id, { ...current.stored.record, value: head }, current.stored.etag);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  throw new ConflictError(`the acknowledgement chain's head (still behind sequence ${head.sequence} after 5 attempts)`);
}
