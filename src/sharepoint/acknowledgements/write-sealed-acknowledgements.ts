import type { Acknowledgement } from '../../domain/acknowledgements/acknowledgement';
import { hasValidSeal, sealHead, type Seal } from '../../domain/acknowledgements/acknowledgement-chain';
import type { Setting } from '../mappers/records/setting';
import { naturalWriteKey } from '../lists/write-key';
import type { ListRepository } from '../repositories/list-repository';
import { advanceChainHead } from './chain-head-setting';

export interface SealedWriters {
  /** Signed in as the app: writes the chain's links and moves its head. */
  readonly app: { readonly acknowledgements: ListRepository<Acknowledgement>; readonly settings: ListRepository<Setting> };
  /** Signed in as someone else (the site administrator): writes what did not come through Tillit. */
  readonly outsider: ListRepository<Acknowledgement>;
}

/**
 * Writes a chain already sealed (the demo's, R-SEC-4) as the app would have written it link by
 * link: in sequence order, each link's write key its sequence, then the sealed head. Items whose
 * seal does not verify under `seal` were never Tillit's: they are written by `outsider`, as someone
 * editing the list directly would. Write keys make a repeated write land nothing twice (R-SEC-2).
 */
export async function writeSealedAcknowledgements(acknowledgements: readonly Acknowledgement[], writers: SealedWriters, seal: Seal, keyScope: string): Promise<number> {
  const links = acknowledgements.filter((acknowledgement) => hasValidSeal(acknowledgement, seal)).sort((a, b) => a.sequence - b.sequence);
  const outside = acknowledgements.filter((acknowledgement) => !links.includes(acknowledgement));
  await writers.app.acknowledgements.addMany(links);
  const last = links.at(-1);
  if (last !== undefined) await advanceChainHead(writers.app.settings, sealHead({ sequence: last.sequence, hash: last.contentHash }, seal));
  if (outside.length > 0) await writers.outsider.addMany(outside, { keys: outside.map((acknowledgement) => naturalWriteKey(keyScope, 'acknowledgements', acknowledgement.id)) });
  return links.length + outside.length;
}
