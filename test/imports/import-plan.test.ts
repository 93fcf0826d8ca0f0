import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { en } from '../../src/i18n/en';
import { createTranslator } from '../../src/i18n/translator';
import { automaticMapping, unmappedRequired } from '../../src/imports/column-mapping';
import { failedRowsSheet } from '../../src/imports/failed-rows-sheet';
import { importContext } from '../../src/imports/import-context';
import { existingByKey, planImport, type ExistingItem, type ImportPlan } from '../../src/imports/import-plan';
import { sheetOf, type ImportSheet } from '../../src/imports/import-sheet';
import { issueMessage } from '../../src/imports/issue-message';
import { parseRows } from '../../src/imports/parse-rows';
import { ASSETS_IMPORT } from '../../src/imports/targets/assets-import';
import { SYSTEMS_IMPORT } from '../../src/imports/targets/systems-import';
import { trainingImport } from '../../src/imports/targets/training-import';
import { writePlan, ImportWriteError } from '../../src/imports/write-plan';
import type { ItSystem } from '../../src/domain/systems/it-system';
import { aSystem } from '../domain/builders';

const context = importContext(['anna.berg@region.se', 'per.holm@region.se'], [{ id: '7', name: 'Akutmottagningen' }]);
const sv = createTranslator('sv');

const SYSTEM_HEADERS = ['Systemnamn', 'Enhet', 'Systemägare', 'Beskrivning', 'SSP godkänd', 'Systemsäkerhetsplan'];

function planSystems(rows: unknown[][], existing: ExistingItem<ItSystem>[] = []): { sheet: ImportSheet; plan: ImportPlan<ItSystem> } {
  const sheet = sheetOf([SYSTEM_HEADERS, ...rows]);
  const mapping = automaticMapping(SYSTEMS_IMPORT.columns, sheet.headers);
  const parsed = parseRows(SYSTEMS_IMPORT, sheet, mapping, context);
  return { sheet, plan: planImport(SYSTEMS_IMPORT, sheet, mapping, parsed, existingByKey(SYSTEMS_IMPORT, existing)) };
}

describe('column mapping (R-SYS, R-AST, R-TRN)', () => {
  test('Swedish and English headers are recognised alike', () => {
    const swedish = automaticMapping(SYSTEMS_IMPORT.columns, ['Systemnamn', 'Enhet', 'Systemägare']);
    const english = automaticMapping(SYSTEMS_IMPORT.columns, ['System name', 'Unit', 'System owner']);
    expect([swedish.name, swedish.unit, swedish.owner]).toEqual([0, 1, 2]);
    expect([english.name, english.unit, english.owner]).toEqual([0, 1, 2]);
  });
  test('headers are compared without case, stars and extra spaces; unknown headers are left unmapped', () => {
    const mapping = automaticMapping(ASSETS_IMPORT.columns, ['  INFORMATIONSTILLGÅNG * ', 'Kommentar', 'prioritet', 'enhet']);
    expect(mapping.name).toBe(0);
    expect(mapping.priority).toBe(2);
    expect(Object.values(mapping)).not.toContain(1);
    expect(unmappedRequired(ASSETS_IMPORT.columns, mapping)).toEqual([]);
  });
  test('a required column without a file column is named', () => {
    const mapping = automaticMapping(SYSTEMS_IMPORT.columns, ['Systemnamn']);
    expect(unmappedRequired(SYSTEMS_IMPORT.columns, mapping).map((column) => column.key)).toEqual(['unit']);
  });
});

describe('the plan: new, changed, unchanged, error (R-SYS, R-SEC-2)', () => {
  const stored = aSystem({ id: '41', name: 'Cosmic', unitId: '7', ownerEmail: 'anna.berg@region.se', description: 'Journal' });
  const existing = [{ id: '41', record: stored, etag: '"3"' }];

  test('a row matching an item on the name with the same values is unchanged (a re-import changes nothing)', () => {
    const { plan } = planSystems([['  Cosmic ', 'akutmottagningen', 'Anna.Berg@region.se', 'Journal', null, null]], existing);
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 1, error: 0 });
  });
  test('the name matches in any case and spacing: the item is updated, not added again', () => {
    const { plan } = planSystems([['COSMIC', 'Akutmottagningen', 'anna.berg@region.se', 'Journal', null, null]], existing);
    expect(plan.counts).toEqual({ new: 0, changed: 1, unchanged: 0, error: 0 });
  });
  test('a changed value is an update of the matched item, made against its ETag', () => {
    const { plan } = planSystems([['Cosmic', 'Akutmottagningen', 'per.holm@region.se', 'Journal', null, null]], existing);
    const [row] = plan.rows;
    expect(row.kind).toBe('changed');
    if (row.kind !== 'changed') throw new Error('expected a change');
    expect(row.existing).toEqual({ id: '41', record: stored, etag: '"3"' });
    expect(row.record.ownerEmail).toBe('per.holm@region.se');
    // Columns the file does not carry keep the register's values.
    expect(row.record.securityPlan).toEqual(stored.securityPlan);
  });
  test('an unknown name is new, with the register defaults', () => {
    const { plan } = planSystems([['Melior', 'Akutmottagningen', '', '', new Date(Date.UTC(2026, 0, 15)), 'Godkänd']]);
    const [row] = plan.rows;
    if (row.kind !== 'new') throw new Error(`expected new, got ${row.kind}`);
    expect(row.record).toMatchObject({ name: 'Melior', unitId: '7', lifecycle: 'active', securityPlan: { status: 'approved', approvedOn: '2026-01-15' } });
  });
  test('empty rows are skipped; row numbers are the spreadsheet\'s', () => {
    const { plan } = planSystems([[null, null, null, null, null, null], ['A', 'Månbasen', '', '', null, null]]);
    expect(plan.rows).toHaveLength(1);
    expect(plan.rows[0].row.rowNumber).toBe(3);
  });
});

describe('every bad-row kind is reported with row, column, what is wrong and the fix (R-SEC-2)', () => {
  const { sheet, plan } = planSystems([
    ['Cosmic', 'Akutmottagningen', 'anna.berg@region.se', '', '30/11/2026', 'Godkänd'],
    ['Melior', 'Akutmottagningen', 'okand@region.se', '', null, null],
    ['cosmic ', 'Akutmottagningen', '', '', null, null],
    ['Take Care', 'Akutmottagningen', '', '<script>alert(1)</script>', null, null],
    ['', 'Akutmottagningen', '', '', null, null],
    ['x'.repeat(256), 'Akutmottagningen', '', '', null, null],
    ['Obelix', 'Akutmottagningen', '', '', null, 'Klar'],
    ['Asterix', 'Akutmottagningen', '', '', null, 'Godkänd'],
    ['Idefix', 'Månbasen', '', '', null, null]
  ]);
  const issues = plan.rows.flatMap((row) => (row.kind === 'error' ? row.issues : []));
  const messages = issues.map((issue) => [issue.row, issue.column, issueMessage(issue, sv, 'sv')]);

  test('counts', () => {
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 0, error: 9 });
  });
  test.each([
    [2, 'SSP godkänd', 'Datumet 30/11/2026 kan inte läsas. Skriv det som 2026-11-30.'],
    [3, 'Systemägare', 'okand@region.se finns inte bland regionens medarbetare. Skriv personens e-postadress som den står i personalförteckningen.'],
    [4, 'Systemnamn', 'cosmic finns redan på rad 2 i filen. Ta bort den ena raden eller slå ihop dem.'],
    [5, 'Beskrivning', 'Texten innehåller kod (<script>), som inte får finnas i registret. Ta bort den och skriv vanlig text.'],
    [6, 'Systemnamn', 'Kolumnen Systemnamn får inte vara tom. Fyll i ett värde.'],
    [7, 'Systemnamn', 'Texten har 256 tecken; högst 255 får plats. Korta den.'],
    [8, 'Systemsäkerhetsplan', 'Klar är inget giltigt värde. Skriv något av: Saknas, Utkast, Godkänd.'],
    [9, 'SSP godkänd', 'Värdet godtas inte: an approved document needs its approval date'],
    [10, 'Enhet', 'Enheten Månbasen finns inte i organisationen. Skriv enhetens namn som i organisationslistan.']
  ])('row %i, column %s', (row, column, message) => {
    expect(messages).toContainEqual([row, column, message]);
  });
  test('in English too', () => {
    const english = createTranslator('en');
    expect(issueMessage(issues[0], english, 'en')).toBe('The date 30/11/2026 cannot be read. Write it as 2026-11-30.');
    expect(en.imports.issues.required).toContain('{{column}}');
  });
  test('the failed rows come back as the file had them, with an error column', () => {
    const failed = failedRowsSheet(sheet, plan.rows, sv, 'sv');
    expect(failed[0]).toEqual([...SYSTEM_HEADERS, 'Fel']);
    expect(failed).toHaveLength(10);
    expect(failed[1].slice(0, 6)).toEqual(['Cosmic', 'Akutmottagningen', 'anna.berg@region.se', '', '30/11/2026', 'Godkänd']);
    expect(failed[1][6]).toBe('SSP godkänd: Datumet 30/11/2026 kan inte läsas. Skriv det som 2026-11-30.');
  });
});

describe('training completions from the LMS (R-TRN): person e-mail + course (+ module) is the key', () => {
  const target = trainingImport(DEFAULT_REGION_CONFIG);
  const sheet = sheetOf([
    ['E-post', 'Kurs', 'Modul', 'Datum'],
    ['anna.berg@region.se', 'Grundutbildning i informationssäkerhet', null, new Date(Date.UTC(2026, 2, 1))],
    ['anna.berg@region.se', 'mikroutbildning', 1, '2026-03-02'],
    ['anna.berg@region.se', 'mikroutbildning', 2, '2026-03-09'],
    ['ANNA.BERG@region.se', 'grundutbildning', '', '2026-03-05'],
    ['per.holm@region.se', 'Okänd kurs', null, '2026-03-05']
  ]);
  const mapping = automaticMapping(target.columns, sheet.headers);
  const plan = planImport(target, sheet, mapping, parseRows(target, sheet, mapping, context), new Map());

  test('modules are separate completions; the same course twice for one person is a duplicate', () => {
    expect(plan.rows.map((row) => row.kind)).toEqual(['new', 'new', 'new', 'error', 'error']);
    const duplicate = plan.rows[3];
    expect(duplicate.kind === 'error' && duplicate.issues[0]).toMatchObject({ kind: 'duplicate-key', firstRow: 2, column: 'E-post' });
  });
  test('an unknown course lists the region\'s courses', () => {
    const unknown = plan.rows[4];
    const [issue] = unknown.kind === 'error' ? unknown.issues : [];
    expect(issue.kind).toBe('unknown-choice');
    expect(issue.allowed?.map((label) => label.sv)).toContain('Grundutbildning i informationssäkerhet');
  });
});

describe('writing the plan (R-SEC-1, R-SEC-2)', () => {
  const stored = aSystem({ id: '41', name: 'Cosmic', unitId: '7' });
  const { plan } = planSystems(
    [
      ['Cosmic', 'Akutmottagningen', 'per.holm@region.se', '', null, null],
      ['Melior', 'Akutmottagningen', '', '', null, null],
      ['Bad', 'Månbasen', '', '', null, null]
    ],
    [{ id: '41', record: stored, etag: '"5"' }]
  );

  test('adds the new rows, updates the changed ones with their ETag, sends nothing else', async () => {
    const added: ItSystem[][] = [];
    const updated: unknown[] = [];
    const progress: string[] = [];
    const result = await writePlan(
      {
        addMany: (records, options) => {
          added.push([...records]);
          options?.onProgress?.({ done: records.length, total: records.length });
          return Promise.resolve(records.map((_, index) => ({ id: String(100 + index), etag: '"1"', found: false })));
        },
        updateMany: (updates) => {
          updated.push(...updates.map((update) => ({ id: update.id, etag: update.etag, owner: update.record.ownerEmail })));
          return Promise.resolve(updates.map(() => '"6"'));
        }
      },
      plan,
      ({ done, total }) => progress.push(`${done}/${total}`)
    );
    expect(result).toEqual({ added: 1, updated: 1 });
    expect(added.map((records) => records.map((record) => record.name))).toEqual([['Melior']]);
    expect(updated).toEqual([{ id: '41', etag: '"5"', owner: 'per.holm@region.se' }]);
    expect(progress[progress.length - 1]).toBe('2/2');
  });

  test('a refused write stops the import and says how far it got', async () => {
    const refusal = new Error('forbidden');
    const writing = writePlan({ addMany: () => Promise.resolve([]), updateMany: () => Promise.reject(refusal) }, plan);
    await expect(writing).rejects.toBeInstanceOf(ImportWriteError);
    await expect(writing).rejects.toMatchObject({ done: 1, total: 2, cause: refusal });
  });
});
