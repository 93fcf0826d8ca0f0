import type { ListSchema } from '../lists/list-schema';

/**
 * The `$select` and `$expand` that read every column a mapper needs, and nothing else: an
 * explicit select instead of `*`, because SharePoint counts every lookup and person column a
 * query touches against the threshold of 12 (Author and Editor included under `*`).
 */
export interface ItemQuery {
  readonly select: readonly string[];
  readonly expand: readonly string[];
  /** Lookup and person columns the query touches, to be kept ≤ 12 (MAX_LOOKUPS_PER_QUERY). */
  readonly lookupColumns: number;
}

/**
 * Persons are read as `<Name>Id` and `<Name>/EMail` with `$expand=<Name>`; lookups as `<Name>Id`
 * only (the domain keeps ids, not titles, so no join to the target list is needed).
 * `systemPeople` adds built-in person columns such as Author.
 */
export function itemQuery(list: ListSchema, systemPeople: readonly string[] = []): ItemQuery {
  const select = ['ID', 'Title'];
  const expand: string[] = [];
  let lookupColumns = 0;
  const person = (name: string): void => {
    select.push(`${name}Id`, `${name}/EMail`);
    expand.push(name);
    lookupColumns += 1;
  };
  for (const field of list.fields) {
    if (field.kind === 'user' || field.kind === 'usermulti') person(field.internalName);
    else if (field.kind === 'lookup' || field.kind === 'lookupmulti') {
      select.push(`${field.internalName}Id`);
      lookupColumns += 1;
    } else select.push(field.internalName);
  }
  systemPeople.forEach(person);
  return { select, expand, lookupColumns };
}
