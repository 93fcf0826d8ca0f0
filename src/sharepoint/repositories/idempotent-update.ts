import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import { ConflictError, NotFoundError, UnknownOutcomeError } from '../../domain/shared/errors';
import type { ItemFields } from '../mappers/sharepoint-item';

/**
 * Conditional updates whose answer was lost (R-SEC-2). A MERGE with a concrete If-Match never
 * applies twice, but after a 502 or a dropped connection (UnknownOutcomeError) nobody knows
 * whether it applied. This proves it by reading the item: its ETag unchanged — it did not, send it
 * again; its values those we sent — it did (whoever wrote them, the item is as we wanted);
 * otherwise someone else changed it — a ConflictError, never an overwrite.
 */
export interface PendingUpdate {
  readonly id: string;
  /** The If-Match sent: the ETag the change was made against. */
  readonly etag: string;
  readonly fields: ItemFields;
}

export interface UpdateOutcome {
  /** New ETags by id, as SharePoint answered them. */
  readonly applied: ReadonlyMap<string, string>;
  readonly unsettled: readonly string[];
  readonly failure?: unknown;
}

export type UpdateSender = (updates: readonly PendingUpdate[]) => Promise<UpdateOutcome>;

/** The item as it is now: its ETag and the payload its values map back to (undefined when they do not validate). */
export interface CurrentItem {
  readonly etag: string;
  readonly fields: ItemFields | undefined;
}

/** Current items by id; an id missing from the map is an item that no longer exists. */
export type CurrentReader = (ids: readonly string[]) => Promise<ReadonlyMap<string, CurrentItem>>;

export const MAX_UPDATE_ROUNDS = 5;

/** The same payload, whatever the order of its properties. */
export function sameFields(a: ItemFields, b: ItemFields): boolean {
  const canonical = (fields: ItemFields): string => JSON.stringify(Object.keys(fields).sort().map((key) => [key, fields[key]]));
  return canonical(a) === canonical(b);
}

/** @pnp/sp reads the new ETag from the answer's header: null when SharePoint sent none. */
type NewEtag = string | null | undefined;
type PartResult = { readonly id: string; readonly etag: NewEtag } | { readonly id: string; readonly error: unknown };

function outcomeOf(results: readonly PartResult[]): UpdateOutcome {
  const applied = new Map<string, string>();
  const unsettled: string[] = [];
  let failure: unknown;
  for (const result of results) {
    if ('error' in result) {
      if (result.error instanceof UnknownOutcomeError) unsettled.push(result.id);
      else failure ??= result.error;
    } else if (result.etag === undefined || result.etag === null) {
      // SharePoint confirmed the change without its new ETag: the read-back supplies it.
      unsettled.push(result.id);
    } else {
      applied.set(result.id, result.etag);
    }
  }
  return { applied, unsettled, failure };
}

export function singleUpdates(list: () => IList): UpdateSender {
  return async (updates) => {
    const results: PartResult[] = [];
    for (const update of updates) {
      try {
        const answer = (await list().items.getById(Number(update.id)).update(update.fields, update.etag)) as { etag?: NewEtag };
        results.push({ id: update.id, etag: answer.etag });
      } catch (error) {
        results.push({ id: update.id, error });
      }
    }
    return outcomeOf(results);
  };
}

export function batchedUpdates(sp: SPFI, list: (sp: SPFI) => IList): UpdateSender {
  return async (updates) => {
    const [batchedSp, execute] = sp.batched();
    const results: (PartResult | undefined)[] = updates.map(() => undefined);
    const parts = updates.map((update, index) =>
      (list(batchedSp).items.getById(Number(update.id)).update(update.fields, update.etag) as Promise<{ etag?: NewEtag }>).then(
        (answer) => {
          results[index] = { id: update.id, etag: answer.etag };
        },
        (error: unknown) => {
          results[index] = { id: update.id, error };
        }
      )
    );
    try {
      await execute();
    } catch (error) {
      if (!(error instanceof UnknownOutcomeError)) throw error;
      // As for adds (idempotent-add.ts): parts of the lost request and of those after it never settle.
      const outcome = outcomeOf(results.filter((result): result is PartResult => result !== undefined));
      const lost = updates.filter((_, index) => results[index] === undefined).map((update) => update.id);
      return { ...outcome, unsettled: [...outcome.unsettled, ...lost] };
    }
    await Promise.all(parts);
    return outcomeOf(results as PartResult[]);
  };
}

/** Applies each update once (or proves it applied); the new ETags come back in the updates' order. */
export async function updateIdempotently(updates: readonly PendingUpdate[], send: UpdateSender, readCurrent: CurrentReader, what: string): Promise<string[]> {
  const done = new Map<string, string>();
  let failure: unknown;
  let pending = updates;
  for (let round = 1; pending.length > 0; round += 1) {
    if (round > MAX_UPDATE_ROUNDS) {
      throw new UnknownOutcomeError(`updating ${pending.length} items of ${what}`, `still unconfirmed after ${MAX_UPDATE_ROUNDS} rounds`);
    }
    const outcome = await send(pending);
    outcome.applied.forEach((etag, id) => done.set(id, etag));
    failure ??= outcome.failure;
    const unsettled = new Set(outcome.unsettled);
    const again: PendingUpdate[] = [];
    if (unsettled.size > 0) {
      const current = await readCurrent([...unsettled]);
      for (const update of pending.filter((candidate) => unsettled.has(candidate.id))) {
        const now = current.get(update.id);
        if (now === undefined) failure ??= new NotFoundError(`${what} ${update.id}`);
        else if (now.etag === update.etag) again.push(update);
        else if (now.fields !== undefined && sameFields(now.fields, update.fields)) done.set(update.id, now.etag);
        else failure ??= new ConflictError(`${what} ${update.id}`);
      }
    }
    pending = again;
  }
  if (failure !== undefined) throw failure;
  return updates.map((update) => done.get(update.id) as string);
}
