import type { RegionConfig } from '../../config/region-config';
import { MAX_INDEXES_PER_LIST, MAX_LOOKUPS_PER_QUERY, MAX_TEXT_LENGTH, type FieldSchema, type ListSchema } from './list-schema';
import type { ListFieldKind } from './field-kinds';
import { choiceValues } from './region-choices';
import { provisionedFields } from './write-key';

/** SharePoint cannot index these kinds (multiple lines of text, and every multi-value column). */
const UNINDEXABLE: ReadonlySet<ListFieldKind> = new Set<ListFieldKind>(['note', 'multichoice', 'usermulti', 'lookupmulti']);

/** Columns every list already has; a field of ours must not take their names (nor `<Name>Id` of a lookup). */
const BUILT_IN_NAMES: ReadonlySet<string> = new Set([
  'ID', 'Id', 'Title', 'Author', 'AuthorId', 'Editor', 'EditorId', 'Created', 'Modified', 'Attachments',
  'ContentType', 'ContentTypeId', 'GUID', 'FileRef', 'FileLeafRef', 'FileDirRef', 'FSObjType', 'OData__UIVersionString'
]);

/** SharePoint cuts internal names at 32 characters; a longer name would not be the name the code uses. */
const MAX_INTERNAL_NAME_LENGTH = 32;

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;
const LIST_URL = /^Lists\/[A-Z][A-Za-z0-9]*$/;

function isLookupLike(field: FieldSchema): boolean {
  return field.kind === 'user' || field.kind === 'usermulti' || field.kind === 'lookup' || field.kind === 'lookupmulti';
}

function fieldProblems(list: ListSchema, field: FieldSchema, position: ReadonlyMap<string, number>, config: RegionConfig): string[] {
  const problems: string[] = [];
  const where = `${list.key}.${field.internalName}`;
  if (!PASCAL_CASE.test(field.internalName)) problems.push(`${where}: an internal name is PascalCase letters and digits, without spaces`);
  if (field.internalName.length > MAX_INTERNAL_NAME_LENGTH) problems.push(`${where}: longer than ${MAX_INTERNAL_NAME_LENGTH} characters`);
  if (BUILT_IN_NAMES.has(field.internalName)) problems.push(`${where}: the name of a built-in column`);
  if (field.title.trim() === '') problems.push(`${where}: needs a Swedish display name`);
  if (field.description.trim() === '') problems.push(`${where}: needs a description`);
  if (field.indexed && UNINDEXABLE.has(field.kind)) problems.push(`${where}: SharePoint cannot index a ${field.kind} column`);
  if (field.unique === true && !field.indexed) problems.push(`${where}: unique values need an index`);
  if (field.kind === 'text' && (field.maxLength < 1 || field.maxLength > MAX_TEXT_LENGTH)) {
    problems.push(`${where}: a single line of text holds 1–${MAX_TEXT_LENGTH} characters`);
  }
  if (field.kind === 'choice' || field.kind === 'multichoice') {
    const values = choiceValues(field, config);
    if (values.length === 0) problems.push(`${where}: a choice column needs choices`);
    if (new Set(values).size !== values.length) problems.push(`${where}: a choice is listed twice`);
    if (values.some((value) => value.trim() === '' || value.length > MAX_TEXT_LENGTH)) problems.push(`${where}: a choice is empty or too long`);
  }
  if (field.kind === 'lookup' || field.kind === 'lookupmulti') {
    const target = position.get(field.lookupListKey);
    const own = position.get(list.key) ?? -1;
    if (target === undefined) problems.push(`${where}: looks up the unknown list "${field.lookupListKey}"`);
    else if (target > own && field.deferred !== true) {
      problems.push(`${where}: looks up "${field.lookupListKey}", which is provisioned later (mark it deferred or reorder)`);
    }
  }
  return problems;
}

/**
 * Everything in the list schemas that SharePoint would refuse or that breaks a limit the app is
 * designed for (DESIGN.md, Limits): at most 20 indexes a list, unindexable kinds, names SharePoint
 * would change, lookups to lists not yet provisioned, empty choices, more lookup and person
 * columns than one query may read. Empty when all is well; provisioning refuses to start otherwise.
 */
export function listSchemaProblems(lists: readonly ListSchema[], config: RegionConfig): string[] {
  const problems: string[] = [];
  const position = new Map(lists.map((list, index) => [list.key as string, index]));
  if (position.size !== lists.length) problems.push('two lists share a key');
  if (new Set(lists.map((list) => list.url.toLowerCase())).size !== lists.length) problems.push('two lists share a URL');

  for (const list of lists) {
    if (!LIST_URL.test(list.url)) problems.push(`${list.key}: the URL is Lists/<EnglishName> without spaces (found ${list.url})`);
    if (list.title.trim() === '' || list.titleField.title.trim() === '') problems.push(`${list.key}: needs Swedish titles`);
    // The list's own columns and the write key every list has (write-key.ts): one name space, one index budget.
    const fields = provisionedFields(list);
    const names = fields.map((field) => field.internalName);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) problems.push(`${list.key}: the internal name ${duplicate} is used twice`);
    for (const field of fields) {
      if ((field.kind === 'user' || field.kind === 'lookup' || field.kind === 'usermulti' || field.kind === 'lookupmulti') && names.includes(`${field.internalName}Id`)) {
        problems.push(`${list.key}.${field.internalName}: ${field.internalName}Id is taken by another field`);
      }
      problems.push(...fieldProblems(list, field, position, config));
    }
    const indexes = fields.filter((field) => field.indexed).length + (list.titleField.indexed ? 1 : 0);
    if (indexes > MAX_INDEXES_PER_LIST) problems.push(`${list.key}: ${indexes} indexes, SharePoint allows ${MAX_INDEXES_PER_LIST}`);
    if (list.titleField.unique === true && !list.titleField.indexed) problems.push(`${list.key}.Title: unique values need an index`);
    const lookups = fields.filter(isLookupLike).length;
    if (lookups > MAX_LOOKUPS_PER_QUERY) problems.push(`${list.key}: ${lookups} lookup and person columns cannot be read in one query`);
    const { read, edit } = list.permissions;
    if (!read.includes('owners') || !edit.includes('owners')) problems.push(`${list.key}: the owners group must read and edit`);
    if (edit.some((group) => !read.includes(group))) problems.push(`${list.key}: a group that edits must also read`);
  }
  return problems;
}
