import type Database from 'better-sqlite3';
import { filterToSql } from '../../../src/local-sharepoint/odata/filter-to-sql';
import { matchingIds, openDatabase, resolveByIdKey, resolveByName, withoutFixedQuotes } from './query-fixtures';

/*
 * Every filter runs on a real SQLite database holding the fixture items (query-fixtures.ts):
 *   1 'Brandvägg'        P 1    Done  Due 2026-01-01T00:00:00Z Open        Tags Nät,Kritisk  Owner Anna   Reviewers Anna,Björn Asset 10 Assets 10,11
 *   2 "O'Brien's laptop" P 2.5  –     Due 2026-01-01T00:00:01Z Closed      Tags Klient       Owner Björn  Reviewers Björn      Asset 11 Assets 11
 *   3 "'); DROP TABLE…"  P 3    –     Due 2026-06-30T12:00:00Z Closed      Tags []           Owner null   Reviewers []         Asset null Assets []
 *   4 '100% säkert_fil'  P null Done  Due null                 In progress (no Tags)         Owner Cecilia
 *   5 null               P 0    –     Due 2025-12-31T23:59:59Z null        Tags kritisk      Owner Anna                        Asset 12
 *   6 'brandvägg'        P -1   Done  (no Due)                 Open        (no Tags)         Owner Björn
 */
let db: Database.Database;
beforeAll(() => {
  db = openDatabase();
});
afterAll(() => db.close());

function run(filter: string): number[] {
  const { where } = filterToSql(filter, resolveByName);
  // Values travel as parameters only: the text keeps no quote but the fixed ones.
  expect(withoutFixedQuotes(where.sql)).not.toContain("'");
  return matchingIds(db, where);
}

describe('text and note fields', () => {
  test.each([
    ["Title eq 'Brandvägg'", [1, 6]],
    ["Title eq 'BRANDvägg'", [1, 6]],
    ["Title ne 'Brandvägg'", [2, 3, 4]],
    ["Title lt 'C'", [1, 3, 4, 6]],
    ["Title le 'brandvägg'", [1, 3, 4, 6]],
    ["Title gt 'Brandvägg'", [2]],
    ["Title ge 'o'", [2]],
    ["startswith(Title,'bran')", [1, 6]],
    ["substringof('BRIEN',Title)", [2]],
    ["substringof('%',Title)", [4]],
    ["substringof('_',Title)", [4]],
    ["startswith(Title,'100%')", [4]],
    ["startswith(Title,'1_0')", []],
    ['Title eq null', [5]],
    ['Title ne null', [1, 2, 3, 4, 6]],
    ["substringof('kvartal',Notes)", [1]],
    ["Notes eq 'granska regler varje kvartal'", [1]],
    ['Notes eq null', [2, 3, 4, 5, 6]],
    ['Notes ne null', [1]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });

  test('case is ignored for ASCII letters only (SQLite NOCASE): Ä and ä differ', () => {
    expect(run("Title eq 'BRANDVÄGG'")).toEqual([]);
  });
});

describe('escaping: values are bound, never spliced', () => {
  test("'' inside a literal is one quote", () => {
    expect(run("Title eq 'O''Brien''s laptop'")).toEqual([2]);
    expect(run("substringof('''s',Title)")).toEqual([2]);
  });

  test('an injection attempt is just a value', () => {
    expect(run("Title eq '''); DROP TABLE items; --'")).toEqual([3]);
    expect(run("substringof('DROP TABLE items; --',Title) or Title eq '1'' OR ''1''=''1'")).toEqual([3]);
    expect((db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n).toBe(7);
  });

  test('percent signs and plus signs are text, not URL escapes', () => {
    expect(run("Title eq '100% säkert_fil'")).toEqual([4]);
    expect(run("Title eq '100%25 säkert_fil'")).toEqual([]);
    expect(run("Title eq 'a+b'")).toEqual([]);
  });
});

describe('number and counter fields', () => {
  test.each([
    ['Priority eq 1', [1]],
    ['Priority ne 1', [2, 3, 5, 6]],
    ['Priority lt 1', [5, 6]],
    ['Priority le 1', [1, 5, 6]],
    ['Priority gt 2', [2, 3]],
    ['Priority ge 2.5', [2, 3]],
    ['Priority eq -1', [6]],
    ["Priority eq '3'", [3]],
    ['Priority eq null', [4]],
    ['Priority ne null', [1, 2, 3, 5, 6]],
    ['ID eq 3', [3]],
    ['Id gt 4', [5, 6]],
    ['ID le 2', [1, 2]],
    ['ID ne 1', [2, 3, 4, 5, 6]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });
});

describe('boolean fields', () => {
  test.each([
    ['Done eq true', [1, 4, 6]],
    ['Done eq false', [2, 3, 5]],
    ['Done ne true', [2, 3, 5]],
    ['Done ne false', [1, 4, 6]],
    ['Done eq 1', [1, 4, 6]],
    ['Done eq 0', [2, 3, 5]],
    ['Done eq null', []]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });
});

describe('datetime fields (stored as whole UTC seconds)', () => {
  test.each([
    ["Due eq datetime'2026-01-01T00:00:00Z'", [1]],
    ["Due eq datetime'2026-01-01T00:00:00'", [1]],
    ["Due eq datetime'2026-01-01T00:00:00.000Z'", [1]],
    ["Due eq datetime'2026-01-01'", [1]],
    ["Due eq datetime'2026-01-01T01:00:00+01:00'", [1]],
    ["Due ne datetime'2026-01-01T00:00:00Z'", [2, 3, 5]],
    ["Due lt datetime'2026-01-01T00:00:00Z'", [5]],
    ["Due le datetime'2026-01-01T00:00:00Z'", [1, 5]],
    ["Due gt datetime'2026-01-01T00:00:00Z'", [2, 3]],
    ["Due ge datetime'2026-01-01T00:00:00Z'", [1, 2, 3]],
    ["Due eq datetime'2026-01-01T00:00:00.500Z'", []],
    ["Due ne datetime'2026-01-01T00:00:00.500Z'", [1, 2, 3, 5]],
    ["Due lt datetime'2026-01-01T00:00:00.500Z'", [1, 5]],
    ["Due le datetime'2026-01-01T00:00:00.500Z'", [1, 5]],
    ["Due gt datetime'2026-01-01T00:00:00.500Z'", [2, 3]],
    ["Due ge datetime'2026-01-01T00:00:00.500Z'", [2, 3]],
    ["Due eq '2026-01-01T00:00:00Z'", [1]],
    ['Due eq null', [4, 6]],
    ['Due ne null', [1, 2, 3, 5]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });

  test('a datetime without offset is UTC whatever the process time zone', () => {
    const saved = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(filterToSql("Due eq datetime'2026-01-01T00:00:00'", resolveByName).where.params).toEqual(['2026-01-01T00:00:00Z']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('choice and multichoice fields', () => {
  test.each([
    ["Status eq 'open'", [1, 6]],
    ["Status ne 'Open'", [2, 3, 4]],
    ["startswith(Status,'in ')", [4]],
    ['Status eq null', [5]],
    ["Tags eq 'Kritisk'", [1, 5]],
    ["Tags eq 'Nät'", [1]],
    ["Tags ne 'Kritisk'", [2, 3, 4, 6]],
    ["substringof('RIT',Tags)", [1, 5]],
    ["startswith(Tags,'kl')", [2]],
    ['Tags eq null', [3, 4, 6]],
    ['Tags ne null', [1, 2, 5]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });
});

describe('person fields', () => {
  test.each([
    ['OwnerId eq 1', [1, 5]],
    ['Owner/Id eq 1', [1, 5]],
    ['OwnerId ne 1', [2, 4, 6]],
    ["Owner/EMail eq 'ANNA@region.se'", [1, 5]],
    ["Owner/Title eq 'Björn O''Brien'", [2, 6]],
    ["Owner/Title ne 'Anna Andersson'", [2, 4, 6]],
    ["startswith(Owner/Title,'cec')", [4]],
    ["substringof('brien',Owner/Title)", [2, 6]],
    ["Owner/Name eq 'i:0#.f|membership|anna@region.se'", [1, 5]],
    ['OwnerId eq null', [3]],
    ['Owner/Title eq null', [3]],
    ['OwnerId ne null', [1, 2, 4, 5, 6]],
    ['ReviewersId eq 2', [1, 2]],
    ['Reviewers/Id eq 1', [1]],
    ["Reviewers/EMail eq 'bjorn@region.se'", [1, 2]],
    ["Reviewers/Title ne 'Anna Andersson'", [2, 3, 4, 5, 6]],
    ['ReviewersId ne 2', [3, 4, 5, 6]],
    ['ReviewersId eq null', [3, 4, 5, 6]],
    ['ReviewersId ne null', [1, 2]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });
});

describe('lookup fields', () => {
  test.each([
    ['AssetId eq 10', [1]],
    ['Asset/Id eq 11', [2]],
    ['AssetId gt 10', [2, 5]],
    ['AssetId eq null', [3, 4, 6]],
    ['AssetsId eq 11', [1, 2]],
    ['Assets/Id eq 10', [1]],
    ['AssetsId ne 11', [3, 4, 5, 6]],
    ['AssetsId eq null', [3, 4, 5, 6]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });

  test('a resolver that knows lookups by their id key gives the same rows', () => {
    for (const filter of ['OwnerId eq 1', "Owner/EMail eq 'anna@region.se'", 'AssetsId eq 11', 'Asset/Id eq 11']) {
      expect(matchingIds(db, filterToSql(filter, resolveByIdKey).where)).toEqual(run(filter));
    }
  });
});

describe('and, or, not and parentheses', () => {
  test.each([
    ["Done eq true and Priority eq 1 or Status eq 'Closed'", [1, 2, 3]],
    ["Status eq 'Closed' or Done eq true and Priority eq 1", [1, 2, 3]],
    ["Done eq true and (Priority eq 1 or Status eq 'Closed')", [1]],
    ["(Done eq true and Priority eq 1) or Status eq 'Closed'", [1, 2, 3]],
    ['Priority eq 1 or Priority eq 2.5 or Priority eq 3', [1, 2, 3]],
    ["Done eq true and Status eq 'Open' and Priority lt 0", [6]],
    ['not (Done eq true) and Priority gt 0', [2, 3]],
    ["not (Title eq 'Brandvägg')", [2, 3, 4]],
    ['not (Done eq true and Priority gt 0)', [2, 3, 5, 6]],
    ['not (not (Done eq true))', [1, 4, 6]],
    ["not startswith(Title,'bran')", [2, 3, 4]],
    ["substringof('brien',Title) eq true", [2]],
    ["substringof('brien',Title) eq false", [1, 3, 4, 6]],
    ["substringof('brien',Title) ne true", [1, 3, 4, 6]],
    ["((Title eq 'Brandvägg'))", [1, 6]]
  ])('%s → %j', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });
});
