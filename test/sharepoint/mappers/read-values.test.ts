import {
  multiValues,
  readCalendarDate,
  readEtag,
  readId,
  readLines,
  readLookupId,
  readLookupIds,
  readMultiChoice,
  readText,
  readUserEmail,
  readUserEmails
} from '../../../src/sharepoint/mappers/read-values';

/*
 * The shapes SharePoint answers in. @pnp/sp 4 asks for `application/json` (JSON light): multi
 * values are plain arrays. A verbose answer (`odata=verbose`) wraps them as `{ results: [...] }`
 * with `__metadata`. Empty columns come back null, or are left out.
 */

describe('multi-value columns in every shape SharePoint answers', () => {
  test.each([
    ['JSON light array', [1, 2], [1, 2]],
    ['verbose results', { __metadata: { type: 'Collection(Edm.Int32)' }, results: [1, 2] }, [1, 2]],
    ['empty array', [], []],
    ['empty verbose results', { results: [] }, []],
    ['null', null, []],
    ['absent', undefined, []]
  ])('%s', (_shape, value, expected) => {
    expect(multiValues(value)).toEqual(expected);
  });

  test('an unknown shape is not guessed at', () => {
    expect(multiValues('1;#2')).toBeUndefined();
    expect(multiValues({ ids: [1] })).toBeUndefined();
  });

  test('multi lookups become domain id strings; a malformed value is passed on for validation to name', () => {
    expect(readLookupIds({ SystemsId: [7, 8] }, 'Systems')).toEqual(['7', '8']);
    expect(readLookupIds({ SystemsId: { results: [7] } }, 'Systems')).toEqual(['7']);
    expect(readLookupIds({ SystemsId: null }, 'Systems')).toEqual([]);
    expect(readLookupIds({}, 'Systems')).toEqual([]);
    expect(readLookupIds({ SystemsId: '7;#8' }, 'Systems')).toBe('7;#8');
  });

  test('multichoice values in both shapes', () => {
    expect(readMultiChoice({ ProtectiveMeasures: ['loggning'] }, 'ProtectiveMeasures')).toEqual(['loggning']);
    expect(readMultiChoice({ ProtectiveMeasures: { results: ['loggning', 'kryptering'] } }, 'ProtectiveMeasures')).toEqual(['loggning', 'kryptering']);
    expect(readMultiChoice({ ProtectiveMeasures: null }, 'ProtectiveMeasures')).toEqual([]);
  });

  test('multi-person columns in both shapes, with the e-mails of the expansion', () => {
    const people = [{ EMail: 'Anna.Berg@Region.se' }, { 'odata.type': 'SP.Data.UserInfoItem', EMail: 'erik.lund@region.se' }];
    expect(readUserEmails({ Attendees: people, AttendeesId: [1, 2] }, 'Attendees')).toEqual(['Anna.Berg@Region.se', 'erik.lund@region.se']);
    expect(readUserEmails({ Attendees: { results: people }, AttendeesId: { results: [1, 2] } }, 'Attendees')).toHaveLength(2);
    expect(readUserEmails({ Attendees: null, AttendeesId: null }, 'Attendees')).toEqual([]);
    expect(readUserEmails({}, 'Attendees')).toEqual([]);
  });

  test('a multi-person column with people lacking an e-mail is not quietly shortened', () => {
    const read = readUserEmails({ Attendees: [{ EMail: 'anna.berg@region.se' }, { EMail: '' }], AttendeesId: [1, 2] }, 'Attendees');
    expect(read).toEqual(['anna.berg@region.se', '(1 site users without e-mail)']);
  });
});

describe('single person and lookup columns', () => {
  test('an expanded person gives its e-mail; empty is undefined whether null, absent or without e-mail', () => {
    expect(readUserEmail({ Owner: { EMail: 'karin.nystrom@region.se' }, OwnerId: 3 }, 'Owner')).toBe('karin.nystrom@region.se');
    expect(readUserEmail({ Owner: null, OwnerId: null }, 'Owner')).toBeUndefined();
    expect(readUserEmail({}, 'Owner')).toBeUndefined();
    expect(readUserEmail({ Owner: {}, OwnerId: null }, 'Owner')).toBeUndefined();
  });

  test('a person who is set but comes back without an e-mail is a validation failure, not "nobody"', () => {
    expect(readUserEmail({ Owner: { EMail: '' }, OwnerId: 9 }, 'Owner')).toBe('(site user 9 has no e-mail)');
    // The expansion was forgotten: the id alone must not read as an empty owner.
    expect(readUserEmail({ OwnerId: 9 }, 'Owner')).toBe('(site user 9 has no e-mail)');
  });

  test('lookups are read from <Name>Id as id strings', () => {
    expect(readLookupId({ UnitId: 4 }, 'Unit')).toBe('4');
    expect(readLookupId({ UnitId: null }, 'Unit')).toBeUndefined();
    expect(readLookupId({ Unit: { Id: 4 } }, 'Unit')).toBeUndefined();
    expect(readLookupId({ UnitId: true }, 'Unit')).toBe(true);
  });
});

describe('scalars', () => {
  test('the id from ID or Id', () => {
    expect(readId({ ID: 12, Id: 12 })).toBe('12');
    expect(readId({ Id: 13 })).toBe('13');
    expect(readId({})).toBeUndefined();
    expect(readId({ ID: null })).toBeUndefined();
  });

  test('the ETag from JSON light or verbose metadata', () => {
    expect(readEtag({ 'odata.etag': '"4"' })).toBe('"4"');
    expect(readEtag({ __metadata: { etag: '"5"' } })).toBe('"5"');
    expect(readEtag({})).toBeUndefined();
  });

  test('empty text is undefined, so the domain default applies', () => {
    expect(readText({ Description: null }, 'Description')).toBeUndefined();
    expect(readText({ Description: '' }, 'Description')).toBeUndefined();
    expect(readText({ Description: 'x' }, 'Description')).toBe('x');
  });

  test('a note with one value per line, tolerant of Windows line ends and blank lines', () => {
    expect(readLines({ Groups: 'regionstyrelsen\r\n\r\n  Krisledningsgruppen  \n' }, 'Groups')).toEqual(['regionstyrelsen', 'Krisledningsgruppen']);
    expect(readLines({ Groups: null }, 'Groups')).toEqual([]);
    expect(readLines({ Groups: 42 }, 'Groups')).toBe(42);
  });

  test('a date-only column that is not a timestamp is passed on, for the schema to name', () => {
    expect(readCalendarDate({ NextReviewOn: '2026-02-28T23:00:00Z' }, 'NextReviewOn', 'Europe/Stockholm')).toBe('2026-03-01');
    expect(readCalendarDate({ NextReviewOn: 'snart' }, 'NextReviewOn', 'Europe/Stockholm')).toBe('snart');
    expect(readCalendarDate({ NextReviewOn: null }, 'NextReviewOn', 'Europe/Stockholm')).toBeUndefined();
  });
});
