import { parseSelectExpand } from '../../../src/local-sharepoint/odata/parse-select-expand';
import { resolveByIdKey, resolveByName } from './query-fixtures';

const needsExpand = (field: string): string =>
  `The query to field '${field}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`;

describe('parseSelectExpand: what is asked', () => {
  test('nothing asked: the default fields', () => {
    expect(parseSelectExpand(undefined, undefined)).toEqual({ allFields: true, fields: [], projections: new Map(), expand: [] });
    expect(parseSelectExpand('', '')).toEqual({ allFields: true, fields: [], projections: new Map(), expand: [] });
  });

  test('plain fields, once each, in order', () => {
    expect(parseSelectExpand('Title,OwnerId,Title,ID', undefined)).toEqual({
      allFields: false,
      fields: ['Title', 'OwnerId', 'ID'],
      projections: new Map(),
      expand: []
    });
  });

  test('projections grouped by field, with * and spaces after commas', () => {
    const asked = parseSelectExpand('*, Owner/Title,Owner/EMail ,Reviewers/Title,Owner/Title', 'Owner, Reviewers');
    expect(asked.allFields).toBe(true);
    expect(asked.fields).toEqual([]);
    expect([...asked.projections]).toEqual([
      ['Owner', ['Title', 'EMail']],
      ['Reviewers', ['Title']]
    ]);
    expect(asked.expand).toEqual(['Owner', 'Reviewers']);
  });

  test('other navigation properties pass through for the server to answer', () => {
    expect(parseSelectExpand('Title,AttachmentFiles', 'AttachmentFiles', resolveByName)).toEqual({
      allFields: false,
      fields: ['Title', 'AttachmentFiles'],
      projections: new Map(),
      expand: ['AttachmentFiles']
    });
    expect(parseSelectExpand(undefined, 'FieldValuesAsText', resolveByName).expand).toEqual(['FieldValuesAsText']);
  });
});

describe('parseSelectExpand: SharePoint refusals', () => {
  test('a projection whose field is not expanded', () => {
    expect(() => parseSelectExpand('Title,Owner/Title', undefined)).toThrow(needsExpand('Owner'));
    expect(() => parseSelectExpand('Owner/Title,Asset/Title', 'Owner')).toThrow(needsExpand('Asset'));
  });

  test('with a resolver: a lookup or person field expanded without a projection', () => {
    expect(() => parseSelectExpand(undefined, 'Owner', resolveByName)).toThrow(needsExpand('Owner'));
    expect(() => parseSelectExpand('*', 'Owner', resolveByName)).toThrow(needsExpand('Owner'));
    expect(() => parseSelectExpand('Owner/Title', 'Owner,Assets', resolveByName)).toThrow(needsExpand('Assets'));
    expect(() => parseSelectExpand('Owner/Title', 'Owner,Assets', resolveByIdKey)).toThrow(needsExpand('Assets'));
    // Without a resolver the stand-in cannot tell Owner from AttachmentFiles, so it lets it pass.
    expect(() => parseSelectExpand(undefined, 'Owner')).not.toThrow();
  });

  test('with a resolver: a lookup or person field selected bare (its id is OwnerId)', () => {
    expect(() => parseSelectExpand('Title,Owner', undefined, resolveByName)).toThrow(needsExpand('Owner'));
    expect(() => parseSelectExpand('Title,Assets', undefined, resolveByIdKey)).toThrow(needsExpand('Assets'));
    expect(parseSelectExpand('Title,OwnerId,AssetsId', undefined, resolveByName).fields).toEqual(['Title', 'OwnerId', 'AssetsId']);
  });

  test.each([
    ['Owner/Manager/Title', 'Owner', "Selecting 'Owner/Manager/Title' (a query can follow one lookup, not more)"],
    ['Owner/Title', 'Owner/Manager', "Expanding 'Owner/Manager' (a query can follow one lookup, not more)"],
    ['Ti tle', undefined, 'The expression "Ti tle" is not valid.'],
    ["Title'", undefined, 'The expression "Title\'" is not valid.'],
    ['Owner/', 'Owner', 'The expression "Owner/" is not valid.'],
    ['Title', 'Owner desc', 'The expression "Owner desc" is not valid.']
  ])('malformed: $select=%s $expand=%s', (select, expand, message) => {
    expect(() => parseSelectExpand(select, expand)).toThrow(message);
  });
});
