import { ConflictError, NotFoundError, UnknownOutcomeError } from '../../../src/domain/shared/errors';
import { addIdempotently, MAX_SETTLING_ROUNDS, type AddSender, type KeyedFields } from '../../../src/sharepoint/repositories/idempotent-add';
import { sameFields, updateIdempotently, type CurrentItem, type PendingUpdate, type UpdateSender } from '../../../src/sharepoint/repositories/idempotent-update';
import { keyFilters, MAX_KEYS_PER_READ_BACK, MAX_READ_BACK_FILTER_LENGTH, type AddedItem } from '../../../src/sharepoint/repositories/key-read-back';

/**
 * How adds and updates are settled after a lost answer (R-SEC-2), against a scripted list: a
 * map of what SharePoint holds, and senders that lose answers as the test says.
 */

describe('addIdempotently', () => {
  function list(): { stored: Map<string, AddedItem>; store: (key: string) => AddedItem } {
    const stored = new Map<string, AddedItem>();
    return {
      stored,
      store: (key) => {
        const item = { id: String(stored.size + 1), etag: '"1"', found: false };
        stored.set(key.toLowerCase(), item);
        return item;
      }
    };
  }

  const items = (...keys: string[]): KeyedFields[] => keys.map((key) => ({ key, fields: { Title: key } }));

  it('reads back after a lost answer and sends only what is missing', async () => {
    const { stored, store } = list();
    const sent: string[][] = [];
    let round = 0;
    const send: AddSender = (pending) => {
      round += 1;
      sent.push(pending.map((item) => item.key));
      // First round: a and b land, the answer is lost; c never arrives.
      if (round === 1) {
        store('a');
        store('b');
        return Promise.resolve({ added: new Map(), unsettled: pending.map((item) => item.key) });
      }
      return Promise.resolve({ added: new Map(pending.map((item) => [item.key, store(item.key)])), unsettled: [] });
    };
    const readBack = (keys: readonly string[]): Promise<Map<string, AddedItem>> =>
      Promise.resolve(new Map(keys.filter((key) => stored.has(key)).map((key) => [key, { ...(stored.get(key) as AddedItem), found: true }])));
    const added = await addIdempotently(items('a', 'b', 'c'), send, readBack, 'Enheter');
    expect(sent).toEqual([['a', 'b', 'c'], ['c']]);
    expect(added.map((item) => [item.id, item.found])).toEqual([
      ['1', true],
      ['2', true],
      ['3', false]
    ]);
    expect(stored.size).toBe(3);
  });

  it('takes a key SharePoint reports as taken for the item that has it', async () => {
    const { stored, store } = list();
    store('a');
    const send: AddSender = (pending) => Promise.resolve({ added: new Map(), unsettled: pending.map((item) => item.key) });
    const readBack = (keys: readonly string[]): Promise<Map<string, AddedItem>> =>
      Promise.resolve(new Map(keys.map((key) => [key, stored.get(key) as AddedItem])));
    expect(await addIdempotently(items('a'), send, readBack, 'Enheter')).toEqual([{ id: '1', etag: '"1"', found: false }]);
  });

  it('raises a definite refusal after the rest has landed', async () => {
    const { store } = list();
    const refusal = new Error('400: the value is not a choice');
    const send: AddSender = (pending) =>
      Promise.resolve({ added: new Map(pending.filter((item) => item.key !== 'bad').map((item) => [item.key, store(item.key)])), unsettled: [], failure: refusal });
    await expect(addIdempotently(items('a', 'bad', 'c'), send, () => Promise.resolve(new Map()), 'Enheter')).rejects.toBe(refusal);
  });

  it('gives up loudly when the outcome stays unknown round after round', async () => {
    let rounds = 0;
    const send: AddSender = (pending) => {
      rounds += 1;
      return Promise.resolve({ added: new Map(), unsettled: pending.map((item) => item.key) });
    };
    await expect(addIdempotently(items('a'), send, () => Promise.resolve(new Map()), 'Enheter')).rejects.toBeInstanceOf(UnknownOutcomeError);
    expect(rounds).toBe(MAX_SETTLING_ROUNDS);
  });
});

describe('updateIdempotently', () => {
  const update = (id: string, etag: string, title: string): PendingUpdate => ({ id, etag, fields: { Title: title, Level: 'enhet' } });

  /** A sender whose every answer is lost; round n first changes the list as `rounds[n]` says. */
  function scripted(rounds: ((pending: readonly PendingUpdate[]) => void)[]): { send: UpdateSender; sent: string[][] } {
    const sent: string[][] = [];
    const send: UpdateSender = (pending) => {
      sent.push(pending.map((item) => item.id));
      (rounds.shift() ?? ((): void => undefined))(pending);
      return Promise.resolve({ applied: new Map(), unsettled: pending.map((item) => item.id) });
    };
    return { send, sent };
  }

  it('proves a lost update applied by its values, resends one whose ETag has not moved, and refuses a stranger\'s change', async () => {
    const current = new Map<string, CurrentItem>();
    const { send, sent } = scripted([
      () => {
        // 1 landed (our values, version 4); 2 did not; 3 was changed by someone else meanwhile.
        current.set('1', { etag: '"4"', fields: { Level: 'enhet', Title: 'Ny 1' } });
        current.set('2', { etag: '"7"', fields: { Title: 'Gammal 2', Level: 'enhet' } });
        current.set('3', { etag: '"9"', fields: { Title: 'Någon annans', Level: 'enhet' } });
      },
      () => current.set('2', { etag: '"8"', fields: { Title: 'Ny 2', Level: 'enhet' } })
    ]);
    const readCurrent = (ids: readonly string[]): Promise<Map<string, CurrentItem>> =>
      Promise.resolve(new Map(ids.filter((id) => current.has(id)).map((id) => [id, current.get(id) as CurrentItem])));
    const attempt = updateIdempotently([update('1', '"3"', 'Ny 1'), update('2', '"7"', 'Ny 2'), update('3', '"8"', 'Ny 3')], send, readCurrent, 'Enheter');
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    expect(sent).toEqual([['1', '2', '3'], ['2']]);
  });

  it('returns the proven ETags in order when all is well, and NotFoundError for an item deleted meanwhile', async () => {
    const current = new Map<string, CurrentItem>([['1', { etag: '"4"', fields: { Title: 'Ny 1', Level: 'enhet' } }]]);
    const { send } = scripted([]);
    const readCurrent = (ids: readonly string[]): Promise<Map<string, CurrentItem>> =>
      Promise.resolve(new Map(ids.filter((id) => current.has(id)).map((id) => [id, current.get(id) as CurrentItem])));
    expect(await updateIdempotently([update('1', '"3"', 'Ny 1')], send, readCurrent, 'Enheter')).toEqual(['"4"']);
    await expect(updateIdempotently([update('5', '"3"', 'Ny 5')], send, readCurrent, 'Enheter')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('compares payloads whatever their property order', () => {
    expect(sameFields({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameFields({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(sameFields({ a: null }, {})).toBe(false);
  });
});

describe('keyFilters', () => {
  it('escapes the keys and keeps each read-back within its limits', () => {
    const keys = Array.from({ length: 130 }, (_, index) => `demo:units:unit-${index}'x`);
    const filters = keyFilters(keys);
    expect(filters[0]).toMatch(/^\(WriteKey eq 'demo:units:unit-0''x'\) or \(WriteKey eq 'demo:units:unit-1''x'\)/);
    for (const filter of filters) {
      expect(filter.length).toBeLessThanOrEqual(MAX_READ_BACK_FILTER_LENGTH);
      expect(filter.split(' or ').length).toBeLessThanOrEqual(MAX_KEYS_PER_READ_BACK);
    }
    expect(filters.join(' or ').split(' or ')).toHaveLength(130);
  });
});
