import type { ColumnInfo, ColumnResolver } from '../odata/query-model';
import type { FieldRecord } from '../store/site-store';
import { storageKeyOf } from './item-values';

/** The list's fields as the OData translation sees them (query-model.ts). ID is also known as Id. */
export function columnResolver(fields: readonly FieldRecord[]): ColumnResolver {
  const byName = new Map<string, ColumnInfo>();
  for (const field of fields) {
    const info: ColumnInfo = {
      internalName: field.internalName,
      kind: field.kind,
      indexed: field.indexed,
      storageKey: field.kind === 'counter' ? 'ID' : storageKeyOf(field),
      multi: field.kind === 'multichoice' || field.kind === 'usermulti' || field.kind === 'lookupmulti'
    };
    byName.set(field.internalName, info);
    if (field.kind === 'counter') byName.set('Id', { ...info, internalName: 'Id' });
  }
  return (name) => byName.get(name);
}

