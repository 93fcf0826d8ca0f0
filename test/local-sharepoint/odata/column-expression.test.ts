import { columnExpression, jsonPath, sameColumn } from '../../../src/local-sharepoint/odata/column-expression';
import { column } from './query-fixtures';

describe('columnExpression: the one spelling indexes and queries share', () => {
  test('a field is json_extract on its storage key, byte for byte', () => {
    expect(columnExpression(column('Status'))).toBe(`json_extract(data, '$."Status"')`);
    expect(columnExpression(column('Owner'))).toBe(`json_extract(data, '$."OwnerId"')`);
    expect(columnExpression(column('Assets'))).toBe(`json_extract(data, '$."AssetsId"')`);
    expect(jsonPath(column('Due'))).toBe('$."Due"');
  });

  test('ID is the id column', () => {
    expect(columnExpression(column('ID'))).toBe('id');
  });

  test('a storage key that is no internal name never reaches SQL', () => {
    const bad = { ...column('Title'), storageKey: `Title"') OR 1=1 --` };
    expect(() => columnExpression(bad)).toThrow('is not a SharePoint internal name');
  });

  test('sameColumn: one storage key is one column, ID and Id are one', () => {
    expect(sameColumn(column('Owner'), { ...column('Owner'), internalName: 'OwnerId' })).toBe(true);
    expect(sameColumn(column('ID'), { ...column('ID'), internalName: 'Id' })).toBe(true);
    expect(sameColumn(column('Owner'), column('Asset'))).toBe(false);
  });
});
