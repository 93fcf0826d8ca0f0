import { sameEmail } from '../shared/person-ref';
import type { SignedContent } from './acknowledgement';
import { GENESIS_HASH, hasValidHeadSeal, hasValidSeal, type ChainLink, type Seal, type SealedHead } from './acknowledgement-chain';

/**
 * One item of the Acknowledgements list as verification sees it: the record when it could be read
 * (undefined when a column was cleared or mangled), and SharePoint's own metadata about the item,
 * which no client can set: who created it, who last changed it, how many versions it has.
 */
export interface ChainItem {
  readonly itemId: string;
  readonly record: (SignedContent & ChainLink) | undefined;
  /** The Sequence column as read, even when the rest is malformed (to place the item). */
  readonly sequence: number | undefined;
  readonly author: string | undefined;
  readonly editor: string | undefined;
  /** SharePoint's version count of the item; Tillit writes an acknowledgement once and never changes it. */
  readonly versions: number;
}

export type ChainFindingKind =
  /** Written by Tillit, but its content or link no longer matches its seal. */
  | 'changed'
  /** Not written by Tillit (another author), a second item on a sequence, or malformed. */
  | 'inserted'
  /** Sequences with no item between two items: acknowledgements deleted from the middle. */
  | 'removed'
  /** Sealed, but not linked to the acknowledgement before it (copied or restored from elsewhere). */
  | 'broken-link'
  /** SharePoint says the item was changed after it was written: another editor, or more than one version. */
  | 'edited-after-writing'
  /** The newest acknowledgements are gone: the head the app keeps is past the last one found. */
  | 'removed-at-end'
  /** The head in the Settings list is missing, or its seal does not verify. */
  | 'head-invalid'
  /** Sealed acknowledgements after the head: written, but the head was not moved (an interrupted write), or placed there. */
  | 'after-head';

export interface ChainFinding {
  readonly kind: ChainFindingKind;
  /** The SharePoint item ids concerned (for `removed`: the neighbours). */
  readonly itemIds: readonly string[];
  readonly sequences: readonly number[];
}

export interface ChainVerification {
  readonly checked: number;
  readonly headSequence: number | undefined;
  readonly findings: readonly ChainFinding[];
}

export interface ChainVerificationInput {
  readonly items: readonly ChainItem[];
  /** The head from the Settings list; undefined when there is none. */
  readonly head: SealedHead | undefined;
  readonly seal: Seal;
  /** The app's own account: the only author and editor an acknowledgement may have. */
  readonly appAccount: string;
}

function bySequenceThenId(a: ChainItem, b: ChainItem): number {
  return (a.sequence ?? 0) - (b.sequence ?? 0) || Number(a.itemId) - Number(b.itemId);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

/**
 * R-ACK, R-SEC-4: every acknowledgement changed, removed or inserted outside Tillit, named by item.
 * Pure: the items and head are read by an adapter, the keyed hash handed in.
 */
export function verifyAcknowledgementChain(input: ChainVerificationInput): ChainVerification {
  const { seal, appAccount } = input;
  const findings: ChainFinding[] = [];
  const items = [...input.items].sort(bySequenceThenId);
  for (const item of items) {
    if (!sameEmail(item.editor, appAccount) || item.versions > 1) findings.push({ kind: 'edited-after-writing', itemIds: [item.itemId], sequences: item.sequence === undefined ? [] : [item.sequence] });
  }

  // Sealed items, one per sequence; every other item is reported as changed or inserted.
  const valid: Array<ChainItem & { readonly record: SignedContent & ChainLink }> = [];
  const occupied = new Set<number>();
  for (const item of items) {
    if (item.sequence !== undefined) occupied.add(item.sequence);
    const sealed = item.record !== undefined && hasValidSeal(item.record, seal);
    const duplicate = sealed && valid.some((other) => other.record.sequence === item.record?.sequence);
    if (sealed && !duplicate) {
      valid.push(item as ChainItem & { readonly record: SignedContent & ChainLink });
      continue;
    }
    const kind = sameEmail(item.author, appAccount) && !duplicate ? 'changed' : 'inserted';
    findings.push({ kind, itemIds: [item.itemId], sequences: item.sequence === undefined ? [] : [item.sequence] });
  }

  // Walk the sealed items in order: a sequence with no item at all between two of them was removed.
  let previous: { readonly sequence: number; readonly hash: string; readonly itemId: string | undefined } = { sequence: 0, hash: GENESIS_HASH, itemId: undefined };
  for (const item of valid) {
    const missing = range(previous.sequence + 1, item.record.sequence - 1).filter((sequence) => !occupied.has(sequence));
    const neighbours = [...(previous.itemId === undefined ? [] : [previous.itemId]), item.itemId];
    if (missing.length > 0) findings.push({ kind: 'removed', itemIds: neighbours, sequences: missing });
    else if (item.record.sequence === previous.sequence + 1 && item.record.previousHash !== previous.hash) {
      findings.push({ kind: 'broken-link', itemIds: neighbours, sequences: [previous.sequence, item.record.sequence] });
    }
    previous = { sequence: item.record.sequence, hash: item.record.contentHash, itemId: item.itemId };
  }

  const head = input.head;
  if (head === undefined) {
    if (items.length > 0) findings.push({ kind: 'head-invalid', itemIds: [], sequences: [] });
  } else if (!hasValidHeadSeal(head, seal)) {
    findings.push({ kind: 'head-invalid', itemIds: [], sequences: [head.sequence] });
  } else if (head.sequence > previous.sequence) {
    const missing = range(previous.sequence + 1, head.sequence).filter((sequence) => !occupied.has(sequence));
    if (missing.length > 0) findings.push({ kind: 'removed-at-end', itemIds: previous.itemId === undefined ? [] : [previous.itemId], sequences: missing });
  } else {
    const after = valid.filter((item) => item.record.sequence > head.sequence);
    if (after.length > 0) findings.push({ kind: 'after-head', itemIds: after.map((item) => item.itemId), sequences: after.map((item) => item.record.sequence) });
    const atHead = valid.find((item) => item.record.sequence === head.sequence);
    if (atHead !== undefined && atHead.record.contentHash !== head.hash) findings.push({ kind: 'broken-link', itemIds: [atHead.itemId], sequences: [head.sequence] });
  }
  return { checked: items.length, headSequence: head?.sequence, findings };
}
