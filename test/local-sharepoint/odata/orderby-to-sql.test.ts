import type Database from 'better-sqlite3';
import { orderByToSql } from '../../../src/local-sharepoint/odata/orderby-to-sql';
import { column, openDatabase, orderedIds, resolveByIdKey, resolveByName } from './query-fixtures';

const TITLE = `json_extract(data, '$."Title"')`;
const PRIORITY = `json_extract(data, '$."Priority"')`;

describe('orderByToSql: the SQL text', () => {
  test.each([
    ['Title', `${TITLE} COLLATE NOCASE ASC, id ASC`],
    ['Title desc', `${TITLE} COLLATE NOCASE DESC, id ASC`],
    ['Title DESC', `${TITLE} COLLATE NOCASE DESC, id ASC`],
    ['Title desc,Priority', `${TITLE} COLLATE NOCASE DESC, ${PRIORITY} ASC, id ASC`],
    [' Title asc , Priority  desc ', `${TITLE} COLLATE NOCASE ASC, ${PRIORITY} DESC, id ASC`],
    ['Done desc', `json_extract(data, '$."Done"') DESC, id ASC`],
    ['ID desc', 'id DESC'],
    ['Priority, Id', `${PRIORITY} ASC, id ASC`],
    ['OwnerId', `json_extract(data, '$."OwnerId"') ASC, id ASC`],
    ['Owner/Id desc', `json_extract(data, '$."OwnerId"') DESC, id ASC`],
    ['Owner/Title', `(SELECT su.title FROM site_users AS su WHERE su.id = json_extract(data, '$."OwnerId"')) COLLATE NOCASE ASC, id ASC`],
    ['Owner', `(SELECT su.title FROM site_users AS su WHERE su.id = json_extract(data, '$."OwnerId"')) COLLATE NOCASE ASC, id ASC`],
    ['Owner/EMail desc', `(SELECT su.email FROM site_users AS su WHERE su.id = json_extract(data, '$."OwnerId"')) COLLATE NOCASE DESC, id ASC`],
    ['', 'id ASC']
  ])('%j → %s', (orderby, sql) => {
    expect(orderByToSql(orderby, resolveByName).sql).toBe(sql);
  });

  test('absent $orderby sorts by ID', () => {
    expect(orderByToSql(undefined, resolveByName)).toEqual({ sql: 'id ASC', columns: [], terms: [] });
  });

  test('columns and terms describe what is sorted, for the threshold check and paging', () => {
    const order = orderByToSql('Status desc, Owner/Title, Status', resolveByName);
    expect(order.columns).toEqual([column('Status'), column('Owner')]);
    expect(order.terms.map(({ column: info, descending, caseInsensitive }) => [info.internalName, descending, caseInsensitive])).toEqual([
      ['Status', true, true],
      ['Owner', false, true],
      ['Status', false, true]
    ]);
    expect(order.terms[0].expression).toBe(`json_extract(data, '$."Status"')`);
  });

  test('the id-key resolver convention sorts the same', () => {
    expect(orderByToSql('OwnerId desc, Owner/Title', resolveByIdKey).sql).toBe(orderByToSql('OwnerId desc, Owner/Title', resolveByName).sql);
  });

  test.each([
    ['Colour', "Column 'Colour' does not exist. It may have been deleted by another user."],
    ['Title sideways', 'The expression "Title sideways" is not valid.'],
    ['Title asc desc', 'The expression "Title asc desc" is not valid.'],
    ["Title'", 'The expression "Title\'" is not valid.'],
    ['Tags', "Sorting on the multi-value field 'Tags' is not supported in SharePoint list item queries."],
    ['ReviewersId', "Sorting on the multi-value field 'ReviewersId' is not supported in SharePoint list item queries."],
    ['Asset/Title', "Sorting on 'Asset/Title' (sort on 'AssetId') is not supported by the local SharePoint stand-in."],
    ['Owner/Department', "Sorting on 'Owner/Department' is not supported by the local SharePoint stand-in."],
    ['Owner/Manager/Title', 'a query can follow one lookup, not more']
  ])('refuses %s', (orderby, message) => {
    expect(() => orderByToSql(orderby, resolveByName)).toThrow(message);
  });

  test('with $expand known, sorting on a projection needs its field expanded', () => {
    expect(() => orderByToSql('Owner/Title', resolveByName, { expanded: [] })).toThrow("The query to field 'Owner' is not valid.");
    expect(() => orderByToSql('Owner/Title', resolveByName, { expanded: ['Owner'] })).not.toThrow();
  });
});

describe('orderByToSql on SQLite', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = openDatabase();
  });
  afterAll(() => db.close());

  const sorted = (orderby: string): number[] => orderedIds(db, orderByToSql(orderby, resolveByName).sql);

  test.each([
    // Empty values first ascending, last descending; ties broken by ID ascending.
    ['Priority', [4, 6, 5, 1, 2, 3]],
    ['Priority desc', [3, 2, 1, 5, 6, 4]],
    // Case-insensitive: 'Brandvägg' (1) and 'brandvägg' (6) tie and keep ID order.
    ['Title', [5, 3, 4, 1, 6, 2]],
    ['Title desc', [2, 1, 6, 4, 3, 5]],
    ['Due desc, Title', [3, 2, 1, 5, 4, 6]],
    ['Done desc, Priority desc', [1, 6, 4, 3, 2, 5]],
    ['Status, ID desc', [5, 3, 2, 4, 6, 1]],
    ['Owner/Title', [3, 1, 5, 2, 6, 4]],
    ['Owner desc', [4, 2, 6, 1, 5, 3]],
    ['ID desc', [6, 5, 4, 3, 2, 1]],
    ['', [1, 2, 3, 4, 5, 6]]
  ])('%j → %j', (orderby, expected) => {
    expect(sorted(orderby)).toEqual(expected);
  });
});
