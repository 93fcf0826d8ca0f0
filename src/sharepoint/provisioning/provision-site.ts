import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import type { ISiteGroup } from '@pnp/sp/site-groups';
import type { RegionConfig } from '../../config/region-config';
import { ALL_LISTS } from '../lists/all-lists';
import { SITE_GROUPS, type FieldSchema, type ListSchema, type SiteGroupKey } from '../lists/list-schema';
import { choiceValues } from '../lists/region-choices';
import { provisionedFields } from '../lists/write-key';
import { mapInFlight } from '../batches-in-flight';
import { httpStatusOf } from '../sharepoint-errors';
import { fieldXml, FIELD_XML_OPTIONS } from './field-xml';

/** SharePoint's built-in permission levels (role definition ids are the same in every tenant). */
const ROLE_READ = 1073741826;
const ROLE_CONTRIBUTE = 1073741827;
const ROLE_FULL_CONTROL = 1073741829;
/** The levels provisioning gives the site groups, and so may take back. */
const TILLIT_ROLES = [ROLE_READ, ROLE_CONTRIBUTE, ROLE_FULL_CONTROL];

export interface ProvisioningReport {
  /** One line per change, in order; empty when the site already matched the schemas. */
  readonly changes: string[];
}

interface ExistingField {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  EnforceUniqueValues?: boolean;
  Required: boolean;
  Choices?: string[];
}

interface ExistingList {
  Id: string;
  Title: string;
  Description: string;
  ReadSecurity: number;
  WriteSecurity: number;
  HasUniqueRoleAssignments: boolean;
}

interface RoleAssignmentInfo {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[];
}

function hasRole(assignment: RoleAssignmentInfo, roleDefId: number): boolean {
  return (assignment.RoleDefinitionBindings ?? []).some((binding) => binding.Id === roleDefId);
}

async function optional<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Every SharePoint Online site has these three groups; Tillit's groups are they, renamed. */
const ASSOCIATED_GROUPS: Readonly<Record<SiteGroupKey, (sp: SPFI) => ISiteGroup>> = {
  owners: (sp) => sp.web.associatedOwnerGroup,
  members: (sp) => sp.web.associatedMemberGroup,
  visitors: (sp) => sp.web.associatedVisitorGroup
};

/** The site's associated group, or undefined when the site has none (SharePoint answers `odata.null`). */
async function associatedGroup(sp: SPFI, key: SiteGroupKey): Promise<{ Id: number; Title: string } | undefined> {
  const found = (await optional(() => ASSOCIATED_GROUPS[key](sp).select('Id', 'Title')())) as { Id?: number; Title?: string } | undefined;
  return found?.Id === undefined ? undefined : { Id: found.Id, Title: found.Title ?? '' };
}

/**
 * Tillit's groups (SITE_GROUPS) are the site's own owners, members and visitors groups, renamed,
 * so that SharePoint's sharing and site permissions pages and Tillit mean the same people. A group
 * already carrying Tillit's name is kept (a site provisioned before); a site without associated
 * groups gets new ones.
 */
async function ensureGroup(sp: SPFI, key: SiteGroupKey, changes: string[]): Promise<number> {
  const title = SITE_GROUPS[key];
  const found = await optional(() => sp.web.siteGroups.getByName(title)());
  if (found) return found.Id;
  const associated = await associatedGroup(sp, key);
  if (associated) {
    await sp.web.siteGroups.getById(associated.Id).update({ Title: title, Description: `Tillit: ${key}` });
    changes.push(`group "${associated.Title}" (the site's ${key}) renamed to "${title}"`);
    return associated.Id;
  }
  const added = await sp.web.siteGroups.add({ Title: title, Description: `Tillit: ${key}` });
  changes.push(`group "${title}" created`);
  return added.Id;
}

async function ensureGroups(sp: SPFI, changes: string[]): Promise<Record<SiteGroupKey, number>> {
  const ids = {} as Record<SiteGroupKey, number>;
  const webAssignments = (await sp.web.roleAssignments.expand('RoleDefinitionBindings')()) as RoleAssignmentInfo[];
  for (const key of Object.keys(SITE_GROUPS) as SiteGroupKey[]) {
    const title = SITE_GROUPS[key];
    const groupId = await ensureGroup(sp, key, changes);
    ids[key] = groupId;
    // Everyone in a Tillit group may at least open the site; each list then sets its own access.
    const webRole = key === 'owners' ? ROLE_FULL_CONTROL : ROLE_READ;
    if (!webAssignments.some((assignment) => assignment.PrincipalId === groupId && hasRole(assignment, webRole))) {
      await sp.web.roleAssignments.add(groupId, webRole);
      changes.push(`group "${title}" given ${webRole === ROLE_READ ? 'Read' : 'Full Control'} on the site`);
    }
  }
  return ids;
}

function listPath(sitePath: string, list: ListSchema): string {
  return `${sitePath.replace(/\/$/, '')}/${list.url}`;
}

async function ensureList(sp: SPFI, sitePath: string, schema: ListSchema, changes: string[]): Promise<ExistingList> {
  const handle = sp.web.getList(listPath(sitePath, schema));
  const select = ['Id', 'Title', 'Description', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments'];
  let existing = (await optional(() => handle.select(...select)())) as ExistingList | undefined;
  if (!existing) {
    // Created under its English URL name, then renamed: the URL stays English, the title Swedish.
    const urlName = schema.url.slice('Lists/'.length);
    await sp.web.lists.add(urlName, schema.description, 100, false, { EnableVersioning: true });
    changes.push(`${schema.url}: list created`);
    existing = (await handle.select(...select)()) as ExistingList;
  }
  if (existing.Title !== schema.title || existing.Description !== schema.description) {
    await handle.update({ Title: schema.title, Description: schema.description });
    changes.push(`${schema.url}: title "${schema.title}" and description set`);
  }
  return existing;
}

async function ensureTitleField(list: IList, schema: ListSchema, existing: ExistingField | undefined, changes: string[]): Promise<void> {
  const wanted = schema.titleField;
  if (existing && existing.Title === wanted.title && existing.Required === wanted.required && existing.Indexed === wanted.indexed) return;
  await list.fields.getByInternalNameOrTitle('Title').update({ Title: wanted.title, Required: wanted.required, Indexed: wanted.indexed }, 'SP.FieldText');
  changes.push(`${schema.url}: Title column set up as "${wanted.title}"`);
}

async function ensureField(
  list: IList,
  schema: ListSchema,
  field: FieldSchema,
  existing: ExistingField | undefined,
  lookupListIds: ReadonlyMap<string, string>,
  config: RegionConfig,
  changes: string[]
): Promise<void> {
  const lookupId = field.kind === 'lookup' || field.kind === 'lookupmulti' ? lookupListIds.get(field.lookupListKey) : undefined;
  if (!existing) {
    await list.fields.createFieldAsXml({ SchemaXml: fieldXml(field, config, lookupId), Options: FIELD_XML_OPTIONS } as never);
    changes.push(`${schema.url}: column ${field.internalName} added`);
    return;
  }
  // A changed schema only ever adds: an index, or choices a region added. Nothing is removed,
  // because stored values must stay readable (R-ORG-MULTI).
  if (field.indexed && !existing.Indexed) {
    await list.fields.getByInternalNameOrTitle(field.internalName).update({ Indexed: true }, 'SP.Field');
    changes.push(`${schema.url}: column ${field.internalName} indexed`);
  }
  // After the index: SharePoint enforces unique values only on an indexed column. A site provisioned
  // before the write key existed gets it this way (write-key.ts; its old items keep it empty).
  if (field.unique === true && existing.EnforceUniqueValues !== true) {
    await list.fields.getByInternalNameOrTitle(field.internalName).update({ EnforceUniqueValues: true }, 'SP.Field');
    changes.push(`${schema.url}: column ${field.internalName} enforces unique values`);
  }
  if (field.kind === 'choice' || field.kind === 'multichoice') {
    const have = new Set(existing.Choices ?? []);
    const missing = choiceValues(field, config).filter((choice) => !have.has(choice));
    if (missing.length > 0) {
      await list.fields.getByInternalNameOrTitle(field.internalName).update({ Choices: [...(existing.Choices ?? []), ...missing] }, 'SP.FieldChoice');
      changes.push(`${schema.url}: column ${field.internalName} offers ${missing.join(', ')}`);
    }
  }
}

/** A retired column stays with its values but is no longer required (ListSchema.retiredFields). */
async function retireFields(list: IList, schema: ListSchema, existing: ReadonlyMap<string, ExistingField>, changes: string[]): Promise<void> {
  for (const name of schema.retiredFields ?? []) {
    if (existing.get(name)?.Required !== true) continue;
    await list.fields.getByInternalNameOrTitle(name).update({ Required: false }, 'SP.Field');
    changes.push(`${schema.url}: column ${name} retired (no longer required)`);
  }
}

async function ensurePermissions(
  sp: SPFI,
  sitePath: string,
  schema: ListSchema,
  existing: ExistingList,
  groupIds: Record<SiteGroupKey, number>,
  changes: string[]
): Promise<void> {
  const list = sp.web.getList(listPath(sitePath, schema));
  if (!existing.HasUniqueRoleAssignments) {
    await list.breakRoleInheritance(false, true);
    changes.push(`${schema.url}: own permissions`);
  }
  const assignments = (await list.roleAssignments.expand('RoleDefinitionBindings')()) as RoleAssignmentInfo[];
  const wanted = new Map<number, number>();
  for (const key of schema.permissions.read) wanted.set(groupIds[key], ROLE_READ);
  for (const key of schema.permissions.edit) wanted.set(groupIds[key], ROLE_CONTRIBUTE);
  wanted.set(groupIds.owners, ROLE_FULL_CONTROL);
  for (const [principalId, roleDefId] of wanted) {
    if (assignments.some((assignment) => assignment.PrincipalId === principalId && hasRole(assignment, roleDefId))) continue;
    await list.roleAssignments.add(principalId, roleDefId);
    changes.push(`${schema.url}: group ${principalId} given role ${roleDefId}`);
  }
  // A schema that narrows who edits (the acknowledgements: owners only since the app signs, R-SEC-1)
  // takes away what the site groups were given before; other principals' assignments are left alone.
  for (const [principalId, roleDefId] of wanted) {
    const assignment = assignments.find((candidate) => candidate.PrincipalId === principalId);
    for (const binding of assignment?.RoleDefinitionBindings ?? []) {
      if (binding.Id === roleDefId || !TILLIT_ROLES.includes(binding.Id)) continue;
      await list.roleAssignments.remove(principalId, binding.Id);
      changes.push(`${schema.url}: group ${principalId} no longer has role ${binding.Id}`);
    }
  }
  // Item-level permissions (R-SEC-1): 'own' = read all, edit own; 'private' = read and edit own.
  const readSecurity = schema.permissions.itemLevel === 'private' ? 2 : 1;
  const writeSecurity = schema.permissions.itemLevel === 'all' ? 1 : 2;
  if (existing.ReadSecurity !== readSecurity || existing.WriteSecurity !== writeSecurity) {
    await list.update({ ReadSecurity: readSecurity, WriteSecurity: writeSecurity });
    changes.push(`${schema.url}: item-level permissions ${schema.permissions.itemLevel}`);
  }
}

/**
 * Creates or completes the Tillit site from the list schemas (ALL_LISTS), with the same @pnp/sp
 * calls on SharePoint Online and on the local stand-in. Idempotent: a second run changes nothing
 * and reports nothing; a changed schema adds what is missing and reports it. Lists are worked on
 * a few at a time (each list's own steps stay in order); the report keeps the lists' order.
 */
export async function provisionSite(sp: SPFI, config: RegionConfig, lists: readonly ListSchema[] = ALL_LISTS): Promise<ProvisioningReport> {
  const changes: string[] = [];
  const web = await sp.web.select('ServerRelativeUrl')();
  const sitePath = web.ServerRelativeUrl;
  const groupIds = await ensureGroups(sp, changes);
  const perList = (work: (schema: ListSchema, listChanges: string[]) => Promise<void>): Promise<void> =>
    mapInFlight(lists, async (schema) => {
      const listChanges: string[] = [];
      await work(schema, listChanges);
      return listChanges;
    }).then((reports) => {
      changes.push(...reports.flat());
    });
  const existingLists = new Map<string, ExistingList>();
  const listIds = new Map<string, string>();
  await perList(async (schema, listChanges) => {
    const existing = await ensureList(sp, sitePath, schema, listChanges);
    existingLists.set(schema.key, existing);
    listIds.set(schema.key, existing.Id);
  });
  // Fields in two passes: lookups marked deferred point at lists created later in the order.
  for (const pass of [false, true]) {
    await perList(async (schema, listChanges) => {
      const list = sp.web.getList(listPath(sitePath, schema));
      const existingFields = (await list.fields.select('InternalName', 'Title', 'Indexed', 'EnforceUniqueValues', 'Required', 'Choices')()) as ExistingField[];
      const byName = new Map(existingFields.map((field) => [field.InternalName, field]));
      if (!pass) await ensureTitleField(list, schema, byName.get('Title'), listChanges);
      if (!pass) await retireFields(list, schema, byName, listChanges);
      for (const field of provisionedFields(schema)) {
        const deferred = (field.kind === 'lookup' || field.kind === 'lookupmulti') && field.deferred === true;
        if (deferred !== pass) continue;
        await ensureField(list, schema, field, byName.get(field.internalName), listIds, config, listChanges);
      }
    });
  }
  await perList((schema, listChanges) => ensurePermissions(sp, sitePath, schema, existingLists.get(schema.key) as ExistingList, groupIds, listChanges));
  return { changes };
}
