import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { UnknownOutcomeError } from '../../domain/shared/errors';
import { WRITE_KEY } from '../lists/write-key';
import { readEtag } from '../mappers/read-values';
import type { ItemFields, SharePointItem } from '../mappers/sharepoint-item';
import { isDuplicateValuesError } from '../sharepoint-errors';
import { keyOf, type AddedItem } from './key-read-back';

/**
 * Adds that never write an item twice (R-SEC-2): every item goes out with its write key
 * (lists/write-key.ts). When SharePoint's answer is lost (UnknownOutcomeError from
 * resilient-fetch.ts) or it says the key is taken (the add landed before), the items are read back
 * by key, and only those not found are sent again — a bounded number of rounds.
 */
export interface KeyedFields {
  readonly key: string;
  readonly fields: ItemFields;
}

/** What one sending of some adds achieved. */
export interface SendOutcome {
  /** Confirmed by SharePoint's answer, by keyOf(key). */
  readonly added: ReadonlyMap<string, AddedItem>;
  /** Keys whose fate only a read-back can tell: the answer was lost, or the key exists already. */
  readonly unsettled: readonly string[];
  /** The first definite refusal (validation, permissions): raised once everything else is settled. */
  readonly failure?: unknown;
}

export type AddSender = (items: readonly KeyedFields[]) => Promise<SendOutcome>;
export type KeyReader = (keys: readonly string[]) => Promise<ReadonlyMap<string, AddedItem>>;

/** Rounds of send and read-back before an add whose outcome stays unknown is given up, loudly. */
export const MAX_SETTLING_ROUNDS = 5;

type PartResult = { readonly key: string; readonly item: SharePointItem } | { readonly key: string; readonly error: unknown };

function outcomeOf(results: readonly PartResult[]): SendOutcome {
  const added = new Map<string, AddedItem>();
  const unsettled: string[] = [];
  let failure: unknown;
  for (const result of results) {
    if ('item' in result) {
      const etag = readEtag(result.item);
      // An answer without an ETag is no use for the next conditional write: the read-back fetches it.
      if (etag === undefined) unsettled.push(result.key);
      else added.set(keyOf(result.key), { id: String(result.item.Id ?? result.item.ID), etag, found: false });
    } else if (result.error instanceof UnknownOutcomeError || isDuplicateValuesError(result.error)) {
      unsettled.push(result.key);
    } else {
      failure ??= result.error;
    }
  }
  return { added, unsettled, failure };
}

function payload(item: KeyedFields): ItemFields {
  return { ...item.fields, [WRITE_KEY]: item.key };
}

/** One POST per item, one after another: the single `add`. */
export function singleAdds(list: () => IList): AddSender {
  return async (items) => {
    const results: PartResult[] = [];
    for (const item of items) {
      try {
        results.push({ key: item.key, item: (await list().items.add(payload(item))) as SharePointItem });
      } catch (error) {
        results.push({ key: item.key, error });
      }
    }
    return outcomeOf(results);
  };
}

/** All items in one `$batch` (which @pnp/sp splits into requests of its maxRequests parts). */
export function batchedAdds(sp: SPFI, list: (sp: SPFI) => IList): AddSender {
  return async (items) => {
    const [batchedSp, execute] = sp.batched();
    // Each part settles into a result at once, so that no rejection goes unhandled while others wait.
    const results: (PartResult | undefined)[] = items.map(() => undefined);
    const parts = items.map((item, index) =>
      (list(batchedSp).items.add(payload(item)) as Promise<SharePointItem>).then(
        (added) => {
          results[index] = { key: item.key, item: added };
        },
        (error: unknown) => {
          results[index] = { key: item.key, error };
        }
      )
    );
    try {
      await execute();
    } catch (error) {
      if (!(error instanceof UnknownOutcomeError)) throw error;
      // A lost $batch request: its parts, and those of requests not sent after it, never settle and
      // may or may not have landed; parts of earlier requests of the batch did settle.
      const settled = results.filter((result): result is PartResult => result !== undefined);
      const outcome = outcomeOf(settled);
      const lost = items.filter((_, index) => results[index] === undefined).map((item) => item.key);
      return { ...outcome, unsettled: [...outcome.unsettled, ...lost] };
    }
    await Promise.all(parts);
    return outcomeOf(results as PartResult[]);
  };
}

/** Adds `items` exactly once each; the result is in their order. */
export async function addIdempotently(items: readonly KeyedFields[], send: AddSender, readBack: KeyReader, what: string): Promise<AddedItem[]> {
  const settled = new Map<string, AddedItem>();
  let failure: unknown;
  let pending = items;
  for (let round = 1; pending.length > 0; round += 1) {
    if (round > MAX_SETTLING_ROUNDS) {
      throw new UnknownOutcomeError(`adding ${pending.length} items to ${what}`, `still unconfirmed after ${MAX_SETTLING_ROUNDS} rounds of sending and reading back by write key`);
    }
    const outcome = await send(pending);
    outcome.added.forEach((added, key) => settled.set(key, added));
    failure ??= outcome.failure;
    if (outcome.unsettled.length > 0) (await readBack(outcome.unsettled)).forEach((found, key) => settled.set(key, found));
    const unsettled = new Set(outcome.unsettled.map(keyOf));
    pending = pending.filter((item) => unsettled.has(keyOf(item.key)) && !settled.has(keyOf(item.key)));
  }
  if (failure !== undefined) throw failure;
  return items.map((item) => settled.get(keyOf(item.key)) as AddedItem);
}
