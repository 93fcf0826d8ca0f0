import { assembleParts, generationsOf, newestCompleteGeneration, splitIntoParts, supersededParts } from '../../../src/sharepoint/repositories/dashboard-parts';

/*
 * The stored council dashboard's pure half (issue 10, the first render): cut into parts a SharePoint
 * note column holds (63,999 characters: parts of at most 60,000), put together again only when whole,
 * the newest whole generation read, the older ones deleted by the writer.
 */
const T1 = '2026-11-23T09:00:00Z';
const T2 = '2026-11-23T09:15:00Z';
const part = (generation: string, index: number, parts: number, data: string, computedAt = T1): { generation: string; part: number; parts: number; data: string; computedAt: string } => ({
  generation,
  part: index,
  parts,
  data,
  computedAt
});

describe('splitIntoParts', () => {
  test.each([
    ['shorter than a part', 'abcdef', 10, ['abcdef']],
    ['exactly one part', 'abcdefghij', 10, ['abcdefghij']],
    ['one character over', 'abcdefghijk', 10, ['abcdefghij', 'k']],
    ['three parts', 'aaabbbcc', 3, ['aaa', 'bbb', 'cc']],
    ['empty text', '', 5, ['']]
  ])('%s', (_case, text, max, expected) => {
    expect(splitIntoParts(text, max)).toEqual(expected);
  });

  test('by default no part is longer than 60,000 characters, and the parts join to the text', () => {
    const text = 'x'.repeat(150_001);
    const parts = splitIntoParts(text);
    expect(parts.map((slice) => slice.length)).toEqual([60_000, 60_000, 30_001]);
    expect(parts.join('')).toBe(text);
  });

  test.each([0, -1, 1.5])('a part of %p characters is refused', (max) => {
    expect(() => splitIntoParts('abc', max)).toThrow(RangeError);
  });
});

describe('assembleParts', () => {
  test.each([
    ['whole, in order', [part('g', 0, 2, 'ab'), part('g', 1, 2, 'cd')], 'abcd'],
    ['whole, read out of order', [part('g', 1, 3, 'cd'), part('g', 2, 3, 'e'), part('g', 0, 3, 'ab')], 'abcde'],
    ['a part missing', [part('g', 0, 3, 'ab'), part('g', 2, 3, 'e')], undefined],
    ['a part doubled in place of another', [part('g', 0, 2, 'ab'), part('g', 0, 2, 'ab')], undefined],
    ['more parts than it says', [part('g', 0, 1, 'ab'), part('g', 1, 1, 'cd')], undefined],
    ['disagreeing on the count', [part('g', 0, 2, 'ab'), part('g', 1, 3, 'cd')], undefined],
    ['disagreeing on the instant', [part('g', 0, 2, 'ab'), part('g', 1, 2, 'cd', T2)], undefined],
    ['two generations mixed', [part('g', 0, 2, 'ab'), part('h', 1, 2, 'cd')], undefined],
    ['nothing', [], undefined]
  ])('%s', (_case, parts, expected) => {
    expect(assembleParts(parts)).toBe(expected);
  });
});

describe('the newest whole generation, and what a writer deletes', () => {
  const older = [part('old', 0, 1, 'OLD')];
  const newer = [part('new', 0, 2, 'NE', T2), part('new', 1, 2, 'W', T2)];
  const newerHalf = [part('new', 0, 2, 'NE', T2)];

  test.each([
    ['the newer when both are whole', [...older, ...newer], 'new', 'NEW'],
    ['the older while the newer is still being written', [...older, ...newerHalf], 'old', 'OLD'],
    ['none when nothing is whole', newerHalf, undefined, undefined],
    ['none from nothing', [], undefined, undefined],
    ['the greater generation between two of the same instant', [part('a', 0, 1, 'A'), part('b', 0, 1, 'B')], 'b', 'B']
  ])('%s', (_case, parts, generation, text) => {
    const newest = newestCompleteGeneration(parts);
    expect([newest?.generation, newest?.text]).toEqual([generation, text]);
  });

  test('generations newest first', () => {
    expect(generationsOf([...older, ...newer]).map((generation) => [generation.generation, generation.parts.length])).toEqual([
      ['new', 2],
      ['old', 1]
    ]);
  });

  test.each([
    ['the older generations, whole or not', [...older, part('half', 0, 2, 'x'), ...newer], { generation: 'new', computedAt: T2 }, ['old', 'half']],
    ["not a newer one (another writer's)", [...older, ...newer], { generation: 'old', computedAt: T1 }, []],
    ['not its own', newer, { generation: 'new', computedAt: T2 }, []]
  ])('deletes %s', (_case, parts, kept, deleted) => {
    expect(supersededParts(parts, kept).map((superseded) => superseded.generation)).toEqual(deleted);
  });
});
