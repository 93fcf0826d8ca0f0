import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import type { Acknowledgement, SignedContent } from '../../domain/acknowledgements/acknowledgement';
import { EMPTY_CHAIN, hasValidHeadSeal, sealAcknowledgement, sealHead, type Seal } from '../../domain/acknowledgements/acknowledgement-chain';
import { ConflictError, UnknownOutcomeError } from '../../domain/shared/errors';
import { ACKNOWLEDGEMENTS_LIST } from '../lists/acknowledgements-list';
import type { Setting } from '../mappers/records/setting';
import type { ListRepository, Stored } from '../repositories/list-repository';
import { isDuplicateValuesError, translateErrors } from '../sharepoint-errors';
import { advanceChainHead, readChainHead } from './chain-head-setting';

/** Attempts at appending before giving up: each one lost to another writer re-reads the chain's end. */
const MAX_APPEND_ATTEMPTS = 5;

export interface AppendOutcome {
  readonly acknowledgement: Acknowledgement;
  /** False when `unless` found an acknowledgement and nothing was written. */
  readonly created: boolean;
}

export interface ChainStoreSite {
  /** The site signed in as the app: the only writer of the Acknowledgements list (R-SEC-1). */
  readonly sp: SPFI;
  readonly sitePath: string;
  readonly acknowledgements: ListRepository<Acknowledgement>;
  readonly settings: ListRepository<Setting>;
}

/**
 * Appends acknowledgements to the keyed chain (R-ACK, R-SEC-4). Appends of one process run one at a
 * time (a promise queue); two processes are kept apart by SharePoint itself: Sequence is unique,
 * so the second writer of a number is refused (or finds the first's item by the write key
 * `acknowledgement:<n>`), reads the chain's end again and retries with the next number.
 */
export class AcknowledgementChainStore {
  private queue: Promise<unknown> = Promise.resolve();

  public constructor(
    private readonly site: ChainStoreSite,
    private readonly seal: Seal
  ) {}

  /**
   * Seals and writes `content` as the next link; resolves with the stored item once the head has
   * moved past it. `unless`, run first inside the queue, may find an existing acknowledgement
   * instead: then nothing is written (a repeated signature is idempotent).
   */
  public append(content: SignedContent, unless?: () => Promise<Acknowledgement | undefined>): Promise<AppendOutcome> {
    const next = this.queue.then(async (): Promise<AppendOutcome> => {
      const found = await unless?.();
      if (found !== undefined) return { acknowledgement: found, created: false };
      return { acknowledgement: (await this.appendNow(content)).record, created: true };
    });
    // The queue goes on after a failure; the failure is the caller's.
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The highest Sequence in the list, including items the chain does not vouch for (so a new link never collides with one). */
  private async highestSequence(): Promise<number> {
    const list = this.site.sp.web.getList(`${this.site.sitePath}/${ACKNOWLEDGEMENTS_LIST.url}`);
    // Sequence is indexed: ordering by it stays within the list view threshold.
    const [top] = (await translateErrors(ACKNOWLEDGEMENTS_LIST.title, () => list.items.select('Sequence').orderBy('Sequence', false).top(1)())) as Array<{ Sequence?: number | null }>;
    return typeof top?.Sequence === 'number' ? top.Sequence : 0;
  }

  private async appendNow(content: SignedContent): Promise<Stored<Acknowledgement>> {
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const { head, malformed } = await readChainHead(this.site.settings);
      if (malformed || (head !== undefined && !hasValidHeadSeal(head, this.seal))) {
        throw new Error('The acknowledgement chain\'s head in the Settings list does not verify: run `tillit verify-acknowledgements` before anyone signs again.');
      }
      const chainEnd = head ?? EMPTY_CHAIN;
      const base = { sequence: Math.max(chainEnd.sequence, await this.highestSequence()), hash: chainEnd.hash };
      const link = sealAcknowledgement(content, base, this.seal);
      const record: Acknowledgement = { id: 'new', ...content, ...link };
      let written: Stored<Acknowledgement>;
      try {
        written = await this.site.acknowledgements.add(record);
      } catch (error) {
        // Another writer took the number (without our write key, or its answer raced ours): start over from the chain's end.
        if (isDuplicateValuesError(error) || error instanceof UnknownOutcomeError) continue;
        throw error;
      }
      // The write key found another writer's link on this number: ours was not written.
      if (written.record.contentHash !== link.contentHash) continue;
      await advanceChainHead(this.site.settings, sealHead({ sequence: link.sequence, hash: link.contentHash }, this.seal));
      // A new item's record still carries the placeholder id: the item's own id is the acknowledgement's.
      return { ...written, record: { ...written.record, id: written.id } };
    }
    throw new ConflictError(`the acknowledgement chain (another writer took every sequence tried, ${MAX_APPEND_ATTEMPTS} attempts)`);
  }
}
