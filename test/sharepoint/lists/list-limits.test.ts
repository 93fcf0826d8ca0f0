import { loadRegionConfig } from '../../../src/config/load-region-config';
import type { FieldKind } from '../../../src/local-sharepoint/odata/query-model';
import { ALL_LISTS, listByKey } from '../../../src/sharepoint/lists/all-lists';
import { textField, lookupField, noteField, userField } from '../../../src/sharepoint/lists/field-builders';
import { listSchemaProblems } from '../../../src/sharepoint/lists/list-limits';
import type { ListFieldKind } from '../../../src/sharepoint/lists/field-kinds';
import { MAX_INDEXES_PER_LIST, type ListKey, type ListSchema } from '../../../src/sharepoint/lists/list-schema';
import { choiceValues } from '../../../src/sharepoint/lists/region-choices';
import { UNITS_LIST } from '../../../src/sharepoint/lists/units-list';

/*
 * The SharePoint limits the lists are designed for (DESIGN.md, Limits): ≤ 20 indexes a list,
 * indexable kinds only, names SharePoint keeps as written, lookup targets provisioned first,
 * choices to choose from, ≤ 12 lookup and person columns a query.
 */

const CONFIG = loadRegionConfig();

// The stand-in stores every kind the schemas use (a compile-time check: this line fails to type-check otherwise).
const KINDS_THE_STAND_IN_STORES: ListFieldKind extends FieldKind ? true : false = true;

const ALL_KEYS: Record<ListKey, true> = {
  units: true,
  staff: true,
  systems: true,
  assets: true,
  classifications: true,
  processing: true,
  risks: true,
  riskAnalyses: true,
  incidents: true,
  documentVersions: true,
  acknowledgements: true,
  trainingRecords: true,
  actions: true,
  maturity: true,
  roleAssignments: true,
  meetings: true,
  nudgeLog: true,
  botInstallations: true,
  snoozes: true,
  kpiSnapshots: true,
  councilDashboards: true,
  settings: true
};

test('the lists Tillit provisions break no limit', () => {
  expect(KINDS_THE_STAND_IN_STORES).toBe(true);
  expect(listSchemaProblems(ALL_LISTS, CONFIG)).toEqual([]);
});

test('every list key has exactly one list, found by listByKey', () => {
  expect(ALL_LISTS.map((list) => list.key).sort()).toEqual(Object.keys(ALL_KEYS).sort());
  for (const key of Object.keys(ALL_KEYS) as ListKey[]) expect(listByKey(key).key).toBe(key);
});

test.each(ALL_LISTS.map((list) => [list.key, list]))('%s: within the limits, checked one by one', (_key, list) => {
  const indexes = list.fields.filter((field) => field.indexed).length + (list.titleField.indexed ? 1 : 0);
  expect(indexes).toBeLessThanOrEqual(MAX_INDEXES_PER_LIST);
  const names = list.fields.map((field) => field.internalName);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  expect(list.url).toMatch(/^Lists\/[A-Z][A-Za-z0-9]*$/);
  for (const field of list.fields) {
    if (field.kind === 'choice' || field.kind === 'multichoice') expect(choiceValues(field, CONFIG).length).toBeGreaterThan(0);
    if (field.kind === 'lookup' || field.kind === 'lookupmulti') {
      const target = ALL_LISTS.findIndex((candidate) => candidate.key === field.lookupListKey);
      const own = ALL_LISTS.indexOf(list);
      expect([field.internalName, target <= own || field.deferred === true]).toEqual([field.internalName, true]);
    }
  }
});

test('the one deferred lookup is the Systems ↔ Assets pair, and its target exists', () => {
  const deferred = ALL_LISTS.flatMap((list) =>
    list.fields.filter((field) => (field.kind === 'lookup' || field.kind === 'lookupmulti') && field.deferred === true).map((field) => `${list.key}.${field.internalName}`)
  );
  expect(deferred).toEqual(['systems.Assets']);
});

test('region choices come from the region configuration (R-ORG-MULTI)', () => {
  const level = UNITS_LIST.fields.find((field) => field.internalName === 'Level');
  if (level?.kind !== 'choice') throw new Error('Level is a choice column');
  expect(choiceValues(level, CONFIG)).toEqual(['forvaltning', 'omrade', 'avdelning', 'enhet']);
  const twoLevels = loadRegionConfig({
    organisationLevels: [
      { key: 'forvaltning', label: { sv: 'Förvaltning', en: 'Administration' } },
      { key: 'omrade', label: { sv: 'Verksamhetsområde', en: 'Area' } }
    ]
  });
  expect(choiceValues(level, twoLevels)).toEqual(['forvaltning', 'omrade']);
});

test('the permissions keep signatures and incident reports personal (R-SEC-1)', () => {
  // R-ACK: nobody writes an acknowledgement directly; the app signs for the caller, so only owners (and the app) may edit.
  expect(listByKey('acknowledgements').permissions.edit).toEqual(['owners']);
  expect(listByKey('acknowledgements').permissions.read).toEqual(['owners', 'members', 'visitors']);
  expect(listByKey('incidents').permissions.itemLevel).toBe('private');
  expect(listByKey('risks').permissions.read).not.toContain('visitors');
  expect(listByKey('botInstallations').permissions.read).toEqual(['owners']);
});

describe('the checker catches what SharePoint would refuse', () => {
  const base: ListSchema = { ...UNITS_LIST, key: 'settings', url: 'Lists/Broken', fields: [] };
  const many = (count: number): ListSchema['fields'] =>
    Array.from({ length: count }, (_, index) => textField(`Field${index}`, `Fält ${index}`, 'Ett fält.', { indexed: true }));

  test.each<[string, ListSchema, RegExp]>([
    // Every list also has the indexed write key (lists/write-key.ts): 20 own indexes make 21.
    ['21 indexes', { ...base, fields: many(20) }, /21 indexes/],
    ['20 indexes and an indexed Title', { ...base, fields: many(19), titleField: { ...base.titleField, indexed: true } }, /21 indexes/],
    ['a space in an internal name', { ...base, fields: [textField('Next Review', 'Nästa', 'x')] }, /PascalCase/],
    ['a duplicate internal name', { ...base, fields: [textField('Owner', 'Ägare', 'x'), textField('Owner', 'Ägare 2', 'x')] }, /used twice/],
    ['an indexed note', { ...base, fields: [noteField('Minutes', 'Protokoll', 'x', { indexed: true })] }, /cannot index a note/],
    ['a built-in name', { ...base, fields: [textField('Modified', 'Ändrad', 'x')] }, /built-in/],
    ['a name past 32 characters', { ...base, fields: [textField('ThisInternalNameIsMuchTooLongToKeep', 'x', 'x')] }, /32 characters/],
    ['a lookup to a later list', { ...base, fields: [lookupField('Asset', 'Tillgång', 'x', 'assets')] }, /provisioned later/],
    ['a lookup to no list', { ...base, fields: [lookupField('Thing', 'Sak', 'x', 'nothing' as ListKey)] }, /unknown list/],
    ['an empty choice column', { ...base, fields: [{ ...textField('Status', 'Status', 'x'), kind: 'choice', choices: [] }] }, /needs choices/],
    ['unique without an index', { ...base, fields: [userField('Person', 'Person', 'x', { unique: true })] }, /unique values need an index/],
    [
      '13 person columns',
      { ...base, fields: Array.from({ length: 13 }, (_, index) => userField(`Person${index}`, `Person ${index}`, 'x')) },
      /13 lookup and person columns/
    ],
    ['visitors who edit without reading', { ...base, permissions: { read: ['owners'], edit: ['owners', 'visitors'], itemLevel: 'all' } }, /must also read/]
  ])('%s', (_case, list, problem) => {
    // First in the order, where Settings is: every list it looks up comes later.
    const lists = [list, ...ALL_LISTS.filter((candidate) => candidate.key !== list.key)];
    expect(listSchemaProblems(lists, CONFIG)).toEqual([expect.stringMatching(problem)]);
  });
});
