import { XMLParser } from 'fast-xml-parser';
import type { ApiRequest, ApiResponse } from '../http/api-request';
import { argValue, type PathSegment } from '../http/api-path';
import { collectionResponse, emptyOk, entityResponse, noContent, type Entity } from '../http/odata-response';
import { spErrors } from '../http/sharepoint-error';
import { SHAREPOINT_TYPE_NAMES } from '../../sharepoint/lists/field-kinds';
import type { FieldKind } from '../odata/query-model';
import { demand, listScope } from '../security/permissions';
import { PermissionKind } from '../security/permission-kind';
import type { FieldRecord, ListRecord, NewField, SiteStore } from '../store/site-store';
import { DuplicateValuesError } from '../store/unique-values';
import { selectProps } from './select-props';

/** SP.AddFieldOptions.AddFieldToDefaultView: the new column also shows in the list's default view. */
const ADD_FIELD_TO_DEFAULT_VIEW = 16;

/** SharePoint allows at most 20 indexed columns a list. */
export const MAX_INDEXES_PER_LIST = 20;

/** A CAML `Type` read back into a kind: SharePoint's names case-insensitively, and Integer as a number; nobody creates a Counter. */
const KIND_BY_TYPE: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ...(Object.entries(SHAREPOINT_TYPE_NAMES) as [FieldKind, string][]).filter(([kind]) => kind !== 'counter').map(([kind, name]): [string, FieldKind] => [name.toLowerCase(), kind]),
  ['integer', 'number']
]);

const KIND_BY_TYPE_KIND: Record<number, FieldKind> = { 1: 'number', 2: 'text', 3: 'note', 4: 'datetime', 6: 'choice', 7: 'lookup', 8: 'boolean', 9: 'number', 15: 'multichoice', 20: 'user' };

/** SharePoint's field kind number and OData type per kind; the type name is SHAREPOINT_TYPE_NAMES'. */
const FIELD_TYPES: Record<FieldKind, { typeKind: number; odataType: string }> = {
  counter: { typeKind: 5, odataType: 'SP.Field' },
  text: { typeKind: 2, odataType: 'SP.FieldText' },
  note: { typeKind: 3, odataType: 'SP.FieldMultiLineText' },
  number: { typeKind: 9, odataType: 'SP.FieldNumber' },
  boolean: { typeKind: 8, odataType: 'SP.Field' },
  datetime: { typeKind: 4, odataType: 'SP.FieldDateTime' },
  choice: { typeKind: 6, odataType: 'SP.FieldChoice' },
  multichoice: { typeKind: 15, odataType: 'SP.FieldMultiChoice' },
  user: { typeKind: 20, odataType: 'SP.FieldUser' },
  usermulti: { typeKind: 20, odataType: 'SP.FieldUser' },
  lookup: { typeKind: 7, odataType: 'SP.FieldLookup' },
  lookupmulti: { typeKind: 7, odataType: 'SP.FieldLookup' }
};

function describeKind(kind: FieldKind): { typeAsString: string; typeKind: number; odataType: string } {
  return { typeAsString: SHAREPOINT_TYPE_NAMES[kind], ...FIELD_TYPES[kind] };
}

/** SharePoint's internal name from a display name: `_xHHHH_` for anything but ASCII letters and digits, at most 32 characters. */
export function internalNameFrom(displayName: string): string {
  const encoded = [...displayName]
    .map((char) => (/[A-Za-z0-9_]/.test(char) ? char : `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`))
    .join('');
  return encoded.slice(0, 32);
}

function uniqueInternalName(store: SiteStore, list: ListRecord, wanted: string): string {
  const taken = new Set(store.fields(list.id).map((field) => field.internalName.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 0; ; n += 1) if (!taken.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}

function schemaXml(field: FieldRecord): string {
  const description = describeKind(field.kind);
  const attrs: string[] = [
    `Type="${description.typeAsString}"`,
    `ID="{${field.guid}}"`,
    `Name="${field.internalName}"`,
    `StaticName="${field.internalName}"`,
    `DisplayName="${escapeXml(field.title)}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
    `Indexed="${field.indexed ? 'TRUE' : 'FALSE'}"`,
    `EnforceUniqueValues="${field.enforceUniqueValues ? 'TRUE' : 'FALSE'}"`
  ];
  if (field.kind === 'datetime') attrs.push(`Format="${field.dateOnly ? 'DateOnly' : 'DateTime'}"`);
  if (field.kind === 'usermulti' || field.kind === 'lookupmulti') attrs.push('Mult="TRUE"');
  if (field.lookupListGuid !== undefined) attrs.push(`List="{${field.lookupListGuid}}"`, `ShowField="${field.lookupField ?? 'Title'}"`);
  const choices = field.choices.length > 0 ? `<CHOICES>${field.choices.map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('')}</CHOICES>` : '';
  return `<Field ${attrs.join(' ')}>${choices}</Field>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function fieldEntity(list: ListRecord, field: FieldRecord): Entity {
  const description = describeKind(field.kind);
  const props: Record<string, unknown> = {
    Id: field.guid,
    InternalName: field.internalName,
    StaticName: field.internalName,
    EntityPropertyName: field.internalName,
    Title: field.title,
    Description: field.description,
    TypeAsString: description.typeAsString,
    FieldTypeKind: description.typeKind,
    Required: field.required,
    Indexed: field.indexed,
    EnforceUniqueValues: field.enforceUniqueValues,
    ReadOnlyField: field.readOnly,
    FromBaseType: field.builtIn,
    CanBeDeleted: !field.builtIn,
    Hidden: false,
    SchemaXml: schemaXml(field)
  };
  if (field.kind === 'choice' || field.kind === 'multichoice') props.Choices = field.choices;
  if (field.kind === 'datetime') props.DisplayFormat = field.dateOnly ? 0 : 1;
  if (field.kind === 'text') props.MaxLength = field.maxLength ?? 255;
  if (field.kind === 'user' || field.kind === 'usermulti' || field.kind === 'lookup' || field.kind === 'lookupmulti') {
    props.AllowMultipleValues = field.kind.endsWith('multi');
    props.LookupList = field.lookupListGuid === undefined ? '' : `{${field.lookupListGuid}}`;
    props.LookupField = field.lookupField ?? (field.kind.startsWith('user') ? 'ImnName' : 'Title');
  }
  return { type: description.odataType, editLink: `Web/Lists(guid'${list.guid}')/Fields(guid'${field.guid}')`, props };
}

function findField(store: SiteStore, list: ListRecord, segment: PathSegment): FieldRecord {
  const arg = String(argValue(segment) ?? '');
  const fields = store.fields(list.id);
  const lower = arg.toLowerCase().replace(/[{}]/g, '');
  const field =
    segment.name === 'getbyinternalnameortitle'
      ? fields.find((candidate) => candidate.internalName === arg) ?? fields.find((candidate) => candidate.title === arg)
      : segment.name === 'getbytitle'
        ? fields.find((candidate) => candidate.title === arg)
        : fields.find((candidate) => candidate.guid === lower);
  if (!field) throw spErrors.fieldNotFound(arg);
  return field;
}

/** The lookup target: a GUID (`{…}` or bare) or a site-relative list URL (`Lists/Units`). */
function lookupListGuid(store: SiteStore, reference: string | undefined): string | undefined {
  if (reference === undefined || reference === '') return undefined;
  const guid = reference.replace(/[{}]/g, '').toLowerCase();
  const byGuid = store.listByGuid(guid);
  if (byGuid) return byGuid.guid;
  const urlName = reference.replace(/^.*\/lists\//i, '').replace(/^lists\//i, '');
  const byUrl = store.listByUrlName(urlName);
  if (byUrl) return byUrl.guid;
  throw spErrors.invalidArgument(`The lookup list '${reference}' does not exist.`);
}

function bool(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toUpperCase() === 'TRUE');
}

function choicesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value !== null && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return (value as { results: unknown[] }).results.map(String);
  }
  return [];
}

function checkIndexLimit(store: SiteStore, list: ListRecord): void {
  const indexed = store.fields(list.id).filter((field) => field.indexed && !field.builtIn).length;
  if (indexed >= MAX_INDEXES_PER_LIST) {
    throw spErrors.invalidArgument(`The list already has the maximum of ${MAX_INDEXES_PER_LIST} indexed columns.`);
  }
}

function addToDefaultView(store: SiteStore, list: ListRecord, internalName: string): void {
  const view = store.views.defaultView(list.id);
  if (view && !view.fields.includes(internalName)) store.views.updateView(list.id, view.guid, { fields: [...view.fields, internalName] });
}

/** SharePoint enforces unique values only on an indexed, single-value column. */
function checkUniqueValues(field: Pick<FieldRecord, 'indexed' | 'kind' | 'internalName'>): void {
  if (!field.indexed) throw spErrors.invalidArgument(`The column '${field.internalName}' must be indexed before it can enforce unique values.`);
  if (field.kind === 'note' || field.kind.endsWith('multi')) {
    throw spErrors.invalidArgument(`The column '${field.internalName}' cannot enforce unique values: its type does not support it.`);
  }
}

function addNewField(store: SiteStore, list: ListRecord, field: NewField): FieldRecord {
  if (field.indexed) checkIndexLimit(store, list);
  if (field.enforceUniqueValues) checkUniqueValues(field);
  return store.addField(list.id, { ...field, internalName: uniqueInternalName(store, list, field.internalName) });
}

/** `createfieldasxml`: SharePoint takes the internal name from DisplayName unless Options has AddFieldInternalNameHint (8). */
function fieldFromXml(store: SiteStore, xml: string, options: number): NewField {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => name === 'CHOICE' }).parse(xml) as {
    Field?: Record<string, unknown>;
  };
  const node = parsed.Field;
  if (!node || typeof node.Type !== 'string') throw spErrors.invalidArgument('The SchemaXml is not a <Field> element with a Type.');
  const multi = bool(node.Mult);
  let kind = KIND_BY_TYPE.get(node.Type.toLowerCase());
  if (kind === undefined) throw spErrors.invalidArgument(`The field type '${node.Type}' is not supported by the local SharePoint.`);
  if (multi && kind === 'user') kind = 'usermulti';
  if (multi && kind === 'lookup') kind = 'lookupmulti';
  const displayName = String(node.DisplayName ?? node.Name ?? '');
  const name = String(node.Name ?? node.StaticName ?? displayName);
  if (displayName === '' && name === '') throw spErrors.invalidArgument('The field needs a Name or DisplayName.');
  const choicesNode = node.CHOICES as { CHOICE?: unknown[] } | undefined;
  return {
    internalName: (options & 8) === 8 ? internalNameFrom(name) : internalNameFrom(displayName),
    title: displayName || name,
    kind,
    required: bool(node.Required),
    indexed: bool(node.Indexed),
    enforceUniqueValues: bool(node.EnforceUniqueValues),
    choices: (choicesNode?.CHOICE ?? []).map(String),
    lookupListGuid: kind.startsWith('lookup') ? lookupListGuid(store, node.List as string | undefined) : undefined,
    lookupField: kind.startsWith('lookup') ? String(node.ShowField ?? 'Title') : undefined,
    dateOnly: kind === 'datetime' && String(node.Format ?? 'DateTime') === 'DateOnly',
    description: String(node.Description ?? ''),
    readOnly: false,
    builtIn: false,
    maxLength: node.MaxLength === undefined ? undefined : Number(node.MaxLength)
  };
}

/** `fields.add` (verbose, with FieldTypeKind) and `fields/AddField` (parameters). */
function fieldFromProperties(store: SiteStore, properties: Record<string, unknown>): NewField {
  const typeKind = Number(properties.FieldTypeKind);
  let kind = KIND_BY_TYPE_KIND[typeKind];
  if (kind === undefined) throw spErrors.invalidArgument(`The FieldTypeKind ${String(properties.FieldTypeKind)} is not supported by the local SharePoint.`);
  const multi = bool(properties.AllowMultipleValues);
  if (multi && kind === 'user') kind = 'usermulti';
  if (multi && kind === 'lookup') kind = 'lookupmulti';
  const title = typeof properties.Title === 'string' ? properties.Title : '';
  if (title === '') throw spErrors.invalidArgument('Title is required.');
  return {
    internalName: internalNameFrom(title),
    title,
    kind,
    required: bool(properties.Required),
    indexed: bool(properties.Indexed),
    enforceUniqueValues: bool(properties.EnforceUniqueValues),
    choices: choicesOf(properties.Choices),
    lookupListGuid: kind.startsWith('lookup') ? lookupListGuid(store, properties.LookupListId as string | undefined) : undefined,
    lookupField: kind.startsWith('lookup') ? String(properties.LookupFieldName ?? 'Title') : undefined,
    dateOnly: kind === 'datetime' && Number(properties.DisplayFormat ?? 0) === 0,
    description: typeof properties.Description === 'string' ? properties.Description : '',
    readOnly: false,
    builtIn: false,
    maxLength: typeof properties.MaxLength === 'number' ? properties.MaxLength : undefined
  };
}

const UPDATABLE = ['title', 'required', 'indexed', 'description', 'choices', 'enforceuniquevalues'];
const IGNORED_ON_UPDATE = ['__metadata', 'hidden', 'readonlyfield', 'validationformula', 'validationmessage', 'defaultvalue'];

function updateField(store: SiteStore, list: ListRecord, field: FieldRecord, body: Record<string, unknown>): void {
  const changes: { -readonly [K in 'title' | 'required' | 'indexed' | 'choices' | 'description' | 'enforceUniqueValues']?: FieldRecord[K] } = {};
  for (const [key, value] of Object.entries(body)) {
    const name = key.toLowerCase();
    if (IGNORED_ON_UPDATE.includes(name)) continue;
    if (!UPDATABLE.includes(name)) throw spErrors.unknownProperty(key, describeKind(field.kind).odataType);
    if (name === 'title' || name === 'description') changes[name] = String(value);
    else if (name === 'required') changes.required = bool(value);
    else if (name === 'indexed') changes.indexed = bool(value);
    else if (name === 'enforceuniquevalues') changes.enforceUniqueValues = bool(value);
    else changes.choices = choicesOf(value);
  }
  // Built-in columns keep their type; the writable ones (Title) may be renamed, required and indexed, as in SharePoint.
  if (field.builtIn && (field.readOnly || changes.choices !== undefined)) {
    throw spErrors.invalidArgument(`The built-in column '${field.internalName}' cannot be changed that way.`);
  }
  if (changes.indexed === true && !field.indexed) checkIndexLimit(store, list);
  const next = { ...field, ...changes };
  if (next.enforceUniqueValues && !field.enforceUniqueValues) {
    if (field.builtIn) throw spErrors.invalidArgument(`The built-in column '${field.internalName}' cannot enforce unique values.`);
    checkUniqueValues(next);
  }
  // SharePoint keeps the index a unique column needs: it must stop enforcing before it can be un-indexed.
  if (next.enforceUniqueValues && !next.indexed) checkUniqueValues(next);
  try {
    store.updateField(list.id, field.internalName, changes);
  } catch (error) {
    if (error instanceof DuplicateValuesError) {
      throw spErrors.invalidArgument(`The column '${field.internalName}' has duplicate values; remove them before enforcing unique values.`);
    }
    throw error;
  }
}

export function handleFields(store: SiteStore, request: ApiRequest, list: ListRecord, self: PathSegment, rest: readonly PathSegment[]): ApiResponse {
  const [next, ...tail] = rest;
  const asField = self.args ? { name: 'getbyid', args: self.args } : next;
  const afterField = self.args ? rest : tail;
  if (!asField) {
    if (request.method === 'POST') {
      demand(store, request.user, listScope(list), PermissionKind.ManageLists);
      const added = addNewField(store, list, fieldFromProperties(store, (request.body ?? {}) as Record<string, unknown>));
      return entityResponse(request, fieldEntity(list, added), 'SP.ApiData.Fields1', 201);
    }
    if (request.query.get('$filter')) throw spErrors.badRequest('The local SharePoint does not filter the fields collection; read it whole.');
    return collectionResponse(request, store.fields(list.id).map((field) => selectProps(fieldEntity(list, field), request)), 'SP.ApiData.Fields');
  }
  if (asField.name === 'createfieldasxml' || asField.name === 'addfield') {
    if (request.method !== 'POST') throw spErrors.methodNotAllowed(request.method, asField.name);
    demand(store, request.user, listScope(list), PermissionKind.ManageLists);
    const parameters = ((request.body ?? {}) as { parameters?: Record<string, unknown> }).parameters ?? {};
    const options = Number(parameters.Options ?? 0);
    const field = asField.name === 'createfieldasxml' ? fieldFromXml(store, String(parameters.SchemaXml ?? ''), options) : fieldFromProperties(store, parameters);
    const added = addNewField(store, list, field);
    if (asField.name === 'createfieldasxml' && (options & ADD_FIELD_TO_DEFAULT_VIEW) !== 0) addToDefaultView(store, list, added.internalName);
    return entityResponse(request, fieldEntity(list, added), 'SP.ApiData.Fields1');
  }
  if (!['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(asField.name)) throw spErrors.resourceNotFound(`fields/${asField.name}`);
  const field = findField(store, list, asField);
  if (afterField.length > 0) throw spErrors.resourceNotFound(afterField.map((segment) => segment.name).join('/'));
  switch (request.method) {
    case 'GET':
      return entityResponse(request, selectProps(fieldEntity(list, field), request), 'SP.ApiData.Fields1');
    case 'MERGE':
    case 'PATCH':
      demand(store, request.user, listScope(list), PermissionKind.ManageLists);
      updateField(store, list, field, (request.body ?? {}) as Record<string, unknown>);
      return noContent();
    case 'DELETE':
      demand(store, request.user, listScope(list), PermissionKind.ManageLists);
      if (field.builtIn) throw spErrors.invalidArgument(`The built-in column '${field.internalName}' cannot be deleted.`);
      store.deleteField(list.id, field.internalName);
      return emptyOk();
    default:
      throw spErrors.methodNotAllowed(request.method, 'a field');
  }
}
