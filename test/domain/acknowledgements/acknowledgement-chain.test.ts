import { createHmac } from 'crypto';
import type { Acknowledgement, SignedContent } from '../../../src/domain/acknowledgements/acknowledgement';
import { chainAll, EMPTY_CHAIN, GENESIS_HASH, hasValidSeal, sealHead, utcSeconds, type Seal, type SealedHead } from '../../../src/domain/acknowledgements/acknowledgement-chain';
import { verifyAcknowledgementChain, type ChainFinding, type ChainItem } from '../../../src/domain/acknowledgements/chain-verification';

/* R-ACK, R-SEC-4: the keyed chain finds every change, removal and insertion made outside Tillit. */
const keyed = (byte: number): Seal => (text) => createHmac('sha256', Buffer.alloc(32, byte)).update(text, 'utf8').digest('hex');
const SEAL = keyed(1);
const APP = 'app@region.se';
const ADMIN = 'admin@region.se';

function content(n: number): SignedContent {
  return {
    documentKey: 'fordelning-av-ansvar',
    version: '2.0',
    documentDigest: 'd'.repeat(64),
    signerEmail: `person${n}@region.se`,
    signedByAccount: `person${n}@region.se`,
    signedOn: '2026-03-02',
    signedAt: `2026-03-02T09:${String(n).padStart(2, '0')}:00Z`,
    place: 'Östersund',
    signerTitle: 'Enhetschef',
    printedName: `Person ${n}`
  } as SignedContent;
}

interface World {
  items: ChainItem[];
  head: SealedHead | undefined;
}

/** Five acknowledgements written by the app, item ids 11–15, and the head the app keeps. */
function world(): World {
  const { sealed, head } = chainAll([1, 2, 3, 4, 5].map(content), EMPTY_CHAIN, SEAL);
  return {
    items: sealed.map((record, index) => ({ itemId: String(11 + index), record: { ...record }, sequence: record.sequence, author: APP, editor: APP, versions: 1 })),
    head: sealHead(head, SEAL)
  };
}

function edit(w: World, itemId: string, change: Partial<Acknowledgement>, by = ADMIN): World {
  return {
    ...w,
    items: w.items.map((item) =>
      item.itemId === itemId && item.record ? { ...item, record: { ...item.record, ...change }, sequence: change.sequence ?? item.sequence, editor: by, versions: item.versions + 1 } : item
    )
  };
}

const without = (w: World, ...ids: string[]): World => ({ ...w, items: w.items.filter((item) => !ids.includes(item.itemId)) });

function findings(w: World, seal: Seal = SEAL): ChainFinding[] {
  return [...verifyAcknowledgementChain({ items: w.items, head: w.head, seal, appAccount: APP }).findings];
}

describe('the acknowledgement chain (R-ACK, R-SEC-4)', () => {
  test('each link seals its content, place in the chain and the previous seal', () => {
    const { items } = world();
    expect(items.map((item) => item.record?.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(items[0].record?.previousHash).toBe(GENESIS_HASH);
    expect(items[1].record?.previousHash).toBe(items[0].record?.contentHash);
    expect(items.every((item) => item.record !== undefined && hasValidSeal(item.record, SEAL))).toBe(true);
    expect(items.every((item) => item.record !== undefined && !hasValidSeal(item.record, keyed(2)))).toBe(true);
  });

  test('an instant sealed with an offset or milliseconds verifies as SharePoint gives it back (UTC, whole seconds)', () => {
    expect(utcSeconds('2026-03-02T10:15:30.456+01:00')).toBe('2026-03-02T09:15:30Z');
    const [sealed] = chainAll([{ ...content(1), signedAt: '2026-03-02T10:15:30+01:00' } as SignedContent], EMPTY_CHAIN, SEAL).sealed;
    expect(hasValidSeal({ ...sealed, signedAt: '2026-03-02T09:15:30Z' } as typeof sealed, SEAL)).toBe(true);
  });

  test('an intact chain has no finding', () => {
    expect(findings(world())).toEqual([]);
  });

  test.each<[string, (w: World) => World, ChainFinding[]]>([
    [
      'a place changed by an administrator: the item, and SharePoint saying it was edited',
      (w) => edit(w, '13', { place: 'Sveg' }),
      [
        { kind: 'edited-after-writing', itemIds: ['13'], sequences: [3] },
        { kind: 'changed', itemIds: ['13'], sequences: [3] }
      ]
    ],
    [
      'a changed item re-hashed with plain SHA-256 (no key) is still changed',
      (w) => edit(w, '12', { printedName: 'Someone Else', contentHash: 'f'.repeat(64) }),
      [
        { kind: 'edited-after-writing', itemIds: ['12'], sequences: [2] },
        { kind: 'changed', itemIds: ['12'], sequences: [2] }
      ]
    ],
    ['an item removed from the middle: the gap, naming its neighbours', (w) => without(w, '13'), [{ kind: 'removed', itemIds: ['12', '14'], sequences: [3] }]],
    ['the first item removed', (w) => without(w, '11'), [{ kind: 'removed', itemIds: ['12'], sequences: [1] }]],
    ['the newest two removed: only the head shows it', (w) => without(w, '14', '15'), [{ kind: 'removed-at-end', itemIds: ['13'], sequences: [4, 5] }]],
    [
      'an item inserted by someone else after the end',
      (w) => ({
        ...w,
        items: [...w.items, { itemId: '20', record: { ...content(9), sequence: 6, previousHash: w.head?.hash ?? '', contentHash: 'e'.repeat(64) }, sequence: 6, author: ADMIN, editor: ADMIN, versions: 1 }]
      }),
      [
        { kind: 'edited-after-writing', itemIds: ['20'], sequences: [6] },
        { kind: 'inserted', itemIds: ['20'], sequences: [6] }
      ]
    ],
    [
      'a copy of a sealed item on the same sequence (unique values switched off)',
      (w) => ({ ...w, items: [...w.items, { ...w.items[2], itemId: '21', author: ADMIN, editor: ADMIN }] }),
      [
        { kind: 'edited-after-writing', itemIds: ['21'], sequences: [3] },
        { kind: 'inserted', itemIds: ['21'], sequences: [3] }
      ]
    ],
    [
      'two items reordered by swapping their sequences: both changed',
      (w) => edit(edit(w, '12', { sequence: 3 }), '13', { sequence: 2 }),
      [
        { kind: 'edited-after-writing', itemIds: ['13'], sequences: [2] },
        { kind: 'edited-after-writing', itemIds: ['12'], sequences: [3] },
        { kind: 'changed', itemIds: ['13'], sequences: [2] },
        { kind: 'changed', itemIds: ['12'], sequences: [3] }
      ]
    ],
    ['the head setting deleted', (w) => ({ ...w, head: undefined }), [{ kind: 'head-invalid', itemIds: [], sequences: [] }]],
    ['the head moved back by hand (its seal no longer matches)', (w) => ({ ...w, head: w.head && { ...w.head, sequence: 3 } }), [{ kind: 'head-invalid', itemIds: [], sequences: [3] }]]
  ])('%s', (_what, tamper, expected) => {
    expect(findings(tamper(world()))).toEqual(expected);
  });

  test('under the wrong key nothing verifies: every item and the head are reported', () => {
    const reported = findings(world(), keyed(2));
    expect(reported.filter((finding) => finding.kind === 'changed').map((finding) => finding.itemIds[0])).toEqual(['11', '12', '13', '14', '15']);
    expect(reported).toContainEqual({ kind: 'head-invalid', itemIds: [], sequences: [5] });
  });

  test('a link written after a hand-inserted item chains to the head, not to the insertion, and verifies', () => {
    const w = world();
    const inserted: ChainItem = { itemId: '20', record: { ...content(9), sequence: 6, previousHash: w.head?.hash ?? '', contentHash: 'e'.repeat(64) }, sequence: 6, author: ADMIN, editor: ADMIN, versions: 1 };
    const next = chainAll([content(7)], { sequence: 6, hash: w.head?.hash ?? '' }, SEAL);
    const [link] = next.sealed;
    const after: World = { items: [...w.items, inserted, { itemId: '21', record: link, sequence: link.sequence, author: APP, editor: APP, versions: 1 }], head: sealHead(next.head, SEAL) };
    expect(findings(after).map((finding) => finding.kind)).toEqual(['edited-after-writing', 'inserted']);
  });
});
