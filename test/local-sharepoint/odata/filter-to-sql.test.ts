import { filterToSql } from '../../../src/local-sharepoint/odata/filter-to-sql';
import { ODataQueryError } from '../../../src/local-sharepoint/odata/query-model';
import { column, resolveByIdKey, resolveByName } from './query-fixtures';

const STATUS = `json_extract(data, '$."Status"')`;

describe('filterToSql: the SQL text', () => {
  test('eq on a text-valued column: a BINARY range the index can search, decided by a NOCASE equality', () => {
    expect(filterToSql("Status eq 'Open'", resolveByName).where).toEqual({
      sql: `((${STATUS} BETWEEN ? AND ? AND ${STATUS} = ? COLLATE NOCASE))`,
      params: ['OPEN', 'open', 'Open']
    });
  });

  test('other text comparisons are NOCASE; numbers and booleans are plain', () => {
    expect(filterToSql("Title ne 'x'", resolveByName).where).toEqual({
      sql: `(json_extract(data, '$."Title"') <> ? COLLATE NOCASE)`,
      params: ['x']
    });
    expect(filterToSql('Priority ge 2', resolveByName).where).toEqual({ sql: `(json_extract(data, '$."Priority"') >= ?)`, params: [2] });
    expect(filterToSql('Done eq true', resolveByName).where).toEqual({ sql: `(json_extract(data, '$."Done"') = ?)`, params: [1] });
  });

  test('ID is the bare id column', () => {
    expect(filterToSql('ID eq 5', resolveByName).where).toEqual({ sql: '(id = ?)', params: [5] });
    expect(filterToSql('Id lt 5', resolveByName).where).toEqual({ sql: '(id < ?)', params: [5] });
  });

  test('and/or/not keep their grouping in parentheses, values in order', () => {
    expect(filterToSql("Priority gt 2 and (Done eq true or not (Title ne 'x'))", resolveByName).where).toEqual({
      sql:
        `((json_extract(data, '$."Priority"') > ?) AND ((json_extract(data, '$."Done"') = ?)` +
        ` OR (NOT (json_extract(data, '$."Title"') <> ? COLLATE NOCASE))))`,
      params: [2, 1, 'x']
    });
  });

  test('startswith and substringof are LIKE with the value escaped', () => {
    expect(filterToSql("startswith(Title,'50%_a\\b')", resolveByName).where).toEqual({
      sql: `(json_extract(data, '$."Title"') LIKE ? ESCAPE '\\')`,
      params: ['50\\%\\_a\\\\b%']
    });
    expect(filterToSql("substringof('x',Title)", resolveByName).where.params).toEqual(['%x%']);
  });

  test('multi-value fields: eq is "contains" over json_each', () => {
    expect(filterToSql("Tags eq 'a'", resolveByName).where).toEqual({
      sql: `(EXISTS (SELECT 1 FROM json_each(data, '$."Tags"') AS element WHERE element.value = ? COLLATE NOCASE))`,
      params: ['a']
    });
    expect(filterToSql('AssetsId ne 3', resolveByName).where).toEqual({
      sql: `(NOT EXISTS (SELECT 1 FROM json_each(data, '$."AssetsId"') AS element WHERE element.value = ?))`,
      params: [3]
    });
  });

  test('person properties go through site_users', () => {
    expect(filterToSql("Owner/EMail eq 'a@b.se'", resolveByName).where).toEqual({
      sql: `(json_extract(data, '$."OwnerId"') IN (SELECT su.id FROM site_users AS su WHERE su.email = ? COLLATE NOCASE))`,
      params: ['a@b.se']
    });
    expect(filterToSql('Owner/Id eq 5', resolveByName).where).toEqual(filterToSql('OwnerId eq 5', resolveByName).where);
  });

  test('null comparisons', () => {
    expect(filterToSql('Due eq null', resolveByName).where).toEqual({ sql: `(json_extract(data, '$."Due"') IS NULL)`, params: [] });
    expect(filterToSql('Due ne null', resolveByName).where).toEqual({ sql: `(json_extract(data, '$."Due"') IS NOT NULL)`, params: [] });
    expect(filterToSql('Tags eq null', resolveByName).where.sql).toBe(`(coalesce(json_array_length(data, '$."Tags"'), 0) = 0)`);
  });

  test('datetime literals are bound in the stored spelling', () => {
    expect(filterToSql("Due ge datetime'2026-03-01T10:00:00.000+01:00'", resolveByName).where.params).toEqual(['2026-03-01T09:00:00Z']);
  });

  test('a blank filter matches everything', () => {
    expect(filterToSql('  ', resolveByName)).toEqual({ where: { sql: '(1 = 1)', params: [] }, firstColumn: undefined, columns: [] });
  });
});

describe('filterToSql: firstColumn is the leftmost comparison (the list view threshold looks there)', () => {
  test.each([
    ["Status eq 'Open' and Priority gt 1", 'Status'],
    ["(Priority gt 1 or Title eq 'x') and Status eq 'y'", 'Priority'],
    ["Title eq 'x' or Status eq 'y' and Priority eq 1", 'Title'],
    ['not (Done eq true) and ID gt 3', 'Done'],
    ["startswith(Title,'a') and Status eq 'y'", 'Title'],
    ["substringof('x',Notes) eq true", 'Notes'],
    ["Owner/EMail eq 'a@b.se' and Status eq 'x'", 'Owner'],
    ['OwnerId eq 3', 'Owner'],
    ['AssetsId eq 3', 'Assets'],
    ['ID eq 3', 'ID']
  ])('%s → %s', (filter, name) => {
    expect(filterToSql(filter, resolveByName).firstColumn).toEqual(column(name));
  });

  test('columns lists every named column once, in order of first use', () => {
    const { columns } = filterToSql("Status eq 'a' or (Priority eq 1 and Status ne 'b') or Owner/Title eq 'x' or OwnerId eq 1", resolveByName);
    expect(columns.map((info) => info.internalName)).toEqual(['Status', 'Priority', 'Owner']);
  });

  test('a resolver that knows lookups by id key is followed for Owner/… too', () => {
    expect(filterToSql("Owner/EMail eq 'x'", resolveByIdKey).firstColumn?.storageKey).toBe('OwnerId');
  });
});

describe('filterToSql: refusals', () => {
  function refusal(filter: string): string {
    try {
      filterToSql(filter, resolveByName);
    } catch (error) {
      if (error instanceof ODataQueryError) return error.message;
      throw error;
    }
    throw new Error(`No refusal for ${filter}`);
  }

  test('an unknown column in SharePoint words', () => {
    expect(refusal("Colour eq 'red'")).toBe("Column 'Colour' does not exist. It may have been deleted by another user.");
    expect(refusal("Status eq 'a' and Colour eq 'red'")).toBe("Column 'Colour' does not exist. It may have been deleted by another user.");
    expect(refusal("Manager/Title eq 'x'")).toBe("Column 'Manager' does not exist. It may have been deleted by another user.");
    expect(refusal("Title/Foo eq 'x'")).toBe("Column 'Title/Foo' does not exist. It may have been deleted by another user.");
  });

  test.each([
    ["Title eq 'a' or", 'The expression "Title eq \'a\' or" is not valid.'],
    ["Title eq 'a", 'The expression "Title eq \'a" is not valid.'],
    ["(Title eq 'a'", 'The expression "(Title eq \'a\'" is not valid.'],
    ["Title eq 'a')", 'The expression "Title eq \'a\')" is not valid.'],
    ['Title eq', 'The expression "Title eq" is not valid.'],
    ["Title EQ 'a'", 'The expression "Title EQ \'a\'" is not valid.']
  ])('syntax: %s', (filter, message) => {
    expect(refusal(filter)).toBe(message);
  });

  test.each([
    ["endswith(Title,'a')", "The function 'endswith' is not supported in SharePoint list item queries."],
    ["tolower(Title) eq 'a'", "The function 'tolower' is not supported in SharePoint list item queries."],
    ["contains(Title,'a')", 'substringof'],
    ['Priority add 1 eq 2', "The arithmetic operator 'add' is not supported in SharePoint list item queries."],
    ["Status in ('a','b')", "The 'in' operator is not supported in SharePoint list item queries."],
    ['month(Due) eq 1', "The function 'month' is not supported by the local SharePoint stand-in."],
    ['Title eq Notes', "Comparing two fields ('Title' and 'Notes') is not supported in SharePoint list item queries."],
    ["'a' eq Title", "Write the field first: 'Title eq …'."],
    ['not Done eq true', "'not' applies to a condition in parentheses"],
    ['Done', "A filter must be a condition, but 'Done' is a field"],
    ['Priority eq 1 eq 2', 'comparisons cannot be chained'],
    ['Owner eq 1', "The field 'Owner' of type 'User' cannot be compared as it is: filter on 'OwnerId' or on 'Owner/Id'."],
    ["Owner/Department eq 'IT'", "Filtering on 'Owner/Department' (person fields can be filtered on Id, Title, EMail and Name) is not supported by the local SharePoint stand-in."],
    ["Asset/Title eq 'x'", "lookup fields can be filtered on 'AssetId' or 'Asset/Id'"],
    ["Owner/Manager/Title eq 'x'", 'a query can follow one lookup, not more'],
    ['Done lt true', "'Done' is a Boolean field: compare it with eq or ne."],
    ['Done eq 2', "The value 2 cannot be compared with 'Done', which needs true or false (or 1 or 0)."],
    ["Priority eq 'high'", "The value 'high' cannot be compared with 'Priority', which needs a number."],
    ['Title eq true', "The value true cannot be compared with 'Title', which needs a text in quotes ('…')."],
    ["Due eq datetime'2026-02-30T00:00:00Z'", "'2026-02-30T00:00:00Z' is not a valid DateTime value."],
    ["Due eq 'tomorrow'", "'tomorrow' is not a valid DateTime value."],
    ['Due eq 5', "The value 5 cannot be compared with 'Due', which needs a datetime'YYYY-MM-DDTHH:MM:SSZ'."],
    ["Tags gt 'a'", "'Tags' has several values: compare it with eq (contains) or ne (does not contain)."],
    ['Priority lt null', "'Priority' can only be compared with null using eq or ne."],
    ['startswith(Priority,\'1\')', "startswith applies to text fields; 'Priority' is not one."],
    ['startswith(Title,1)', "startswith compares 'Title' with a text in quotes."],
    ["startswith('a',Title)", 'startswith takes a field and then a text'],
    ["substringof(Title,'a')", 'substringof takes a text and then a field'],
    ['Priority eq @p', "The parameter alias '@p' is not supported by the local SharePoint stand-in."],
    ["Status eq date'2026-01-01'", "A literal of type 'Date' is not supported in SharePoint list item queries."]
  ])('%s', (filter, message) => {
    expect(refusal(filter)).toContain(message);
  });

  test('with $expand known, a projection needs its field expanded, in SharePoint words', () => {
    expect(() => filterToSql("Owner/EMail eq 'x'", resolveByName, { expanded: ['Owner'] })).not.toThrow();
    expect(() => filterToSql("Owner/EMail eq 'x'", resolveByName, { expanded: [] })).toThrow(
      "The query to field 'Owner' is not valid. The $select query string must specify the target fields and the $expand query string must contains Owner."
    );
    expect(() => filterToSql('OwnerId eq 1', resolveByName, { expanded: [] })).not.toThrow();
  });
});
