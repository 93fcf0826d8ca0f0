import { z } from 'zod';
import { classificationSchema } from '../../../src/domain/classification/classification';
import { ValidationError } from '../../../src/domain/shared/errors';
import { parseOrThrow, screenRecords } from '../../../src/domain/shared/validation';
import { validationIssuesOf, issuePaths } from '../builders-extra';

/* R-SEC-2: validated input and clear errors that name the bad field; DESIGN.md habit 2: a malformed item is reported, never crashes. */

const nested = z.object({ a: z.object({ b: z.array(z.object({ c: z.number() })) }) });

describe('parseOrThrow names every bad field by its path (R-SEC-2)', () => {
  test.each([
    ['a deep array element', { a: { b: [{ c: 1 }, { c: 2 }, { c: 'x' }] } }, ['a.b[2].c']],
    ['two elements', { a: { b: [{}, { c: 'y' }] } }, ['a.b[0].c', 'a.b[1].c']],
    ['an array of the wrong type', { a: { b: 'no' } }, ['a.b']],
    ['a null object', { a: null }, ['a']],
    ['the value itself', 'text', ['(root)']]
  ])('%s', (_what, value, expectedPaths) => {
    expect(issuePaths(validationIssuesOf(() => parseOrThrow(nested, value, 'The thing')))).toEqual(expectedPaths);
  });

  test('a path that starts in an array begins with the index', () => {
    const schema = z.array(z.object({ id: z.string() }));
    expect(issuePaths(validationIssuesOf(() => parseOrThrow(schema, [{ id: 'ok' }, { id: 1 }], 'The list')))).toEqual(['[1].id']);
  });

  test('the error is a ValidationError of kind "validation" whose message lists subject, path and reason', () => {
    let caught: unknown;
    try {
      parseOrThrow(nested, { a: { b: [{ c: 1 }, { c: 2 }, { c: 'x' }] } }, 'The risk');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const error = caught as ValidationError;
    expect(error.kind).toBe('validation');
    expect(error.name).toBe('ValidationError');
    expect(error.subject).toBe('The risk');
    expect(error.message).toBe('The risk is invalid:\n  - a.b[2].c: Expected number, received string');
  });

  test('a valid value comes back parsed, with defaults filled in', () => {
    const schema = z.object({ name: z.string(), tags: z.array(z.string()).default([]) });
    expect(parseOrThrow(schema, { name: 'Journal' }, 'The asset')).toEqual({ name: 'Journal', tags: [] });
  });
});

describe('screenRecords keeps valid records and reports rejected ones by index and id (DESIGN habit 2, R-SEC-2)', () => {
  const schema = z.object({ id: z.string().min(1), n: z.number() });
  const values: unknown[] = [
    { id: 'a', n: 1 },
    { id: 'b', n: 'x' },
    null,
    { id: 7, n: 2 },
    { n: 'bad' },
    { id: 'c', n: 3 },
    'junk',
    { id: {}, n: 1 }
  ];
  const screened = screenRecords(schema, values);

  test('the valid records, in their order', () => {
    expect(screened.valid).toEqual([
      { id: 'a', n: 1 },
      { id: 'c', n: 3 }
    ]);
  });

  test('the rejected indexes, nothing else', () => {
    expect(screened.rejected.map((record) => record.index)).toEqual([1, 2, 3, 4, 6, 7]);
  });

  test.each([
    [1, 'b', ['n']],
    [2, undefined, ['(root)']],
    [3, '7', ['id']], // a numeric id is still shown, so the item can be found
    [4, undefined, ['id', 'n']],
    [6, undefined, ['(root)']],
    [7, undefined, ['id']] // an id that is not a string or number is not guessed at
  ])('record %i: id %s, bad fields %j', (index, id, paths) => {
    const record = screened.rejected.find((rejected) => rejected.index === index);
    expect(record).toBeDefined();
    expect(record?.id).toBe(id);
    expect(issuePaths(record?.issues ?? [])).toEqual(paths);
  });

  test('an empty register gives nothing either way', () => {
    expect(screenRecords(schema, [])).toEqual({ valid: [], rejected: [] });
  });

  test('a classification read back with 29 February 2026 is rejected with its id and the field', () => {
    const good = {
      id: 'k1',
      targetKind: 'asset',
      targetId: 'a1',
      levels: { confidentiality: 2, integrity: 1, availability: 1 },
      classifiedBy: 'Klassare@Region.se',
      classifiedOn: '2026-02-28'
    };
    const result = screenRecords(classificationSchema, [good, { ...good, id: 'k2', classifiedOn: '2026-02-29' }]);
    expect(result.valid.map((record) => [record.id, record.classifiedBy])).toEqual([['k1', 'klassare@region.se']]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0].index).toBe(1);
    expect(result.rejected[0].id).toBe('k2');
    expect(issuePaths(result.rejected[0].issues)).toEqual(['classifiedOn']);
  });
});
