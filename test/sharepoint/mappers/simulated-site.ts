/**
 * A stand-in for what SharePoint answers after a write, small enough to read: it takes an add/update
 * payload and builds the item a `$select=…&$expand=…` read returns, in JSON light (plain arrays) or
 * verbose (`{ results: [...] }`) form. It also refuses payload keys that are not columns of the list,
 * so that a mapper and its list schema cannot drift apart.
 */
import type { ListSchema } from '../../../src/sharepoint/lists/list-schema';
import type { ItemFields, PeopleResolver, SharePointItem } from '../../../src/sharepoint/mappers/sharepoint-item';

export type MultiValueShape = 'json-light' | 'verbose';

/** Site users by id. E-mails are stored as the directory spells them (mixed case), as SharePoint does. */
export class SiteDirectory {
  private readonly ids = new Map<string, number>();
  private readonly emails = new Map<number, string>();

  public constructor(spelledEmails: readonly string[]) {
    spelledEmails.forEach((email, index) => {
      this.ids.set(email.toLowerCase(), index + 1);
      this.emails.set(index + 1, email);
    });
  }

  public readonly people: PeopleResolver = (email) => {
    const id = this.ids.get(email.toLowerCase());
    if (id === undefined) throw new Error(`not a site user: ${email}`);
    return id;
  };

  public emailOf(id: number): string {
    const email = this.emails.get(id);
    if (email === undefined) throw new Error(`no site user ${id}`);
    return email;
  }
}

export interface ReadBackOptions {
  readonly id: number;
  readonly directory: SiteDirectory;
  readonly shape: MultiValueShape;
  /** The account that created the item (SharePoint's Author). */
  readonly author?: string;
  /** How an empty person column comes back; SharePoint has been seen to do both. */
  readonly emptyPerson?: 'null' | 'absent';
}

function asSiteTimestamp(value: unknown): unknown {
  // SharePoint keeps whole seconds and answers in UTC with a Z.
  return typeof value === 'string' ? `${new Date(value).toISOString().slice(0, 19)}Z` : value;
}

export function readBack(list: ListSchema, fields: ItemFields, options: ReadBackOptions): SharePointItem {
  const wrap = (values: readonly unknown[]): unknown => (options.shape === 'verbose' ? { results: [...values] } : [...values]);
  const person = (id: number): unknown => ({ 'odata.type': 'SP.Data.UserInfoItem', EMail: options.directory.emailOf(id) });
  const item: Record<string, unknown> = { 'odata.etag': '"1"', ID: options.id, Id: options.id };
  const consumed = new Set<string>();
  const take = (key: string): unknown => {
    consumed.add(key);
    return fields[key];
  };

  if ('Title' in fields) item.Title = take('Title');
  for (const field of list.fields) {
    const name = field.internalName;
    if (field.kind === 'user') {
      const id = take(`${name}Id`);
      item[`${name}Id`] = id;
      if (typeof id === 'number') item[name] = person(id);
      else if (options.emptyPerson !== 'absent') item[name] = null;
    } else if (field.kind === 'usermulti') {
      const ids = (take(`${name}Id`) ?? []) as number[];
      item[`${name}Id`] = wrap(ids);
      item[name] = wrap(ids.map(person));
    } else if (field.kind === 'lookup') {
      item[`${name}Id`] = take(`${name}Id`);
    } else if (field.kind === 'lookupmulti') {
      item[`${name}Id`] = wrap((take(`${name}Id`) ?? []) as number[]);
    } else if (field.kind === 'multichoice') {
      item[name] = wrap((take(name) ?? []) as string[]);
    } else if (field.kind === 'datetime') {
      item[name] = asSiteTimestamp(take(name));
    } else {
      item[name] = take(name);
    }
  }
  const strays = Object.keys(fields).filter((key) => !consumed.has(key));
  if (strays.length > 0) throw new Error(`${list.key}: the payload names ${strays.join(', ')}, which are not columns of the list`);

  if (options.author !== undefined) {
    const authorId = options.directory.people(options.author);
    item.AuthorId = authorId;
    item.Author = person(authorId);
  }
  return item;
}
