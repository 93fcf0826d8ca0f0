import { instant } from '../../../src/domain/shared/calendar';
import { ValidationError } from '../../../src/domain/shared/errors';
import { acknowledgementsMapper } from '../../../src/sharepoint/mappers/acknowledgements-mapper';
import { actionsMapper } from '../../../src/sharepoint/mappers/actions-mapper';
import { assetsMapper } from '../../../src/sharepoint/mappers/assets-mapper';
import { incidentsMapper } from '../../../src/sharepoint/mappers/incidents-mapper';
import { meetingsMapper } from '../../../src/sharepoint/mappers/meetings-mapper';
import { processingMapper } from '../../../src/sharepoint/mappers/processing-mapper';
import { risksMapper } from '../../../src/sharepoint/mappers/risks-mapper';
import { linesValue, lookupValue, summaryTitle } from '../../../src/sharepoint/mappers/write-values';
import { DIRECTORY, FIXTURES } from './fixtures';

/*
 * Payloads as @pnp/sp 4 posts them (Content-Type application/json): `<Name>Id` numbers for person
 * and lookup columns, plain arrays for multi values, UTC timestamps for dates, null to clear.
 */

test('an asset payload: lookups and people as ids, multi values as plain arrays, dates as Stockholm midnight in UTC', () => {
  const [asset] = FIXTURES.assets;
  expect(assetsMapper.toFields(asset, DIRECTORY.people)).toEqual({
    Title: 'Patientjournaler',
    Description: 'Journaler enligt patientdatalagen.',
    BusinessProcess: 'Vård och behandling',
    UnitId: 4,
    OwnerId: 2,
    Priority: 'business-critical',
    ProtectiveMeasures: ['atkomststyrning', 'loggning'],
    HandlingRules: 'Får inte skickas med vanlig e-post.',
    SystemsId: [7],
    LastReviewedOn: '2025-12-30T23:00:00Z',
    NextReviewOn: '2026-12-30T23:00:00Z'
  });
});

test('a sparse record clears its empty columns with null and its multi values with []', () => {
  const sparse = FIXTURES.assets[1];
  expect(assetsMapper.toFields(sparse, DIRECTORY.people)).toMatchObject({
    Description: null,
    OwnerId: null,
    ProtectiveMeasures: [],
    SystemsId: [],
    NextReviewOn: null
  });
});

test('multi-person and multi-lookup columns of a meeting', () => {
  const fields = meetingsMapper.toFields(FIXTURES.meetings[0], DIRECTORY.people);
  expect(fields.AttendeesId).toEqual([1, 2, 6]);
  expect(fields.ActionsId).toEqual([110, 111]);
  expect(fields.Decisions).toBe('Godkänna handlingsplanen 2026\nGe samordnaren i uppdrag att följa upp klassningar');
});

test('an acknowledgement never writes its signing account: SharePoint sets Author (R-ACK, R-SEC-1)', () => {
  const fields = acknowledgementsMapper.toFields(FIXTURES.acknowledgements[0], DIRECTORY.people);
  expect(Object.keys(fields)).not.toContain('AuthorId');
  expect(fields.SignerId).toBe(3);
  expect(acknowledgementsMapper.query.select).toEqual(expect.arrayContaining(['AuthorId', 'Author/EMail']));
  expect(acknowledgementsMapper.query.expand).toContain('Author');
});

test('instants are written in UTC with whole seconds, as SharePoint will answer them', () => {
  const [incident] = FIXTURES.incidents;
  const fields = incidentsMapper.toFields({ ...incident, reportedAt: instant('2026-03-29T03:30:00.250+02:00') }, DIRECTORY.people);
  expect(fields.ReportedAt).toBe('2026-03-29T01:30:00Z');
  expect(fields.ReportableToAuthority).toBe('yes');
  expect(incidentsMapper.toFields(FIXTURES.incidents[1], DIRECTORY.people).ReportableToAuthority).toBeNull();
  expect(incidentsMapper.toFields(FIXTURES.incidents[2], DIRECTORY.people).ReportableToAuthority).toBe('no');
});

test('third-country transfers become readable lines, and the filterable flag follows them', () => {
  const fields = processingMapper.toFields(FIXTURES.processing[0], DIRECTORY.people);
  expect(fields.ThirdCountryTransfers).toBe('USA: Standardavtalsklausuler: art. 46.2 c\nIndien: Beslut om adekvat skyddsnivå saknas, se DPIA');
  expect(fields.TransfersToThirdCountry).toBe(true);
  expect(processingMapper.toFields(FIXTURES.processing[1], DIRECTORY.people).TransfersToThirdCountry).toBe(false);
});

test('a risk sets only the subject column of its kind', () => {
  const [bySystem, byProcess, byArea] = FIXTURES.risks;
  expect(risksMapper.toFields(bySystem, DIRECTORY.people)).toMatchObject({
    SubjectAssetId: null,
    SubjectSystemId: 7,
    SubjectAreaId: null,
    SubjectProcess: null
  });
  expect(risksMapper.toFields(byProcess, DIRECTORY.people)).toMatchObject({ SubjectSystemId: null, SubjectProcess: 'Remisshantering' });
  expect(risksMapper.toFields(byArea, DIRECTORY.people)).toMatchObject({ SubjectAreaId: 4, SubjectProcess: null });
});

test('a long activity keeps its whole text in the note; Title gets a shortened copy', () => {
  const [long] = FIXTURES.actions;
  const fields = actionsMapper.toFields(long, DIRECTORY.people);
  expect(fields.Activity).toBe(long.activity);
  expect(String(fields.Title)).toHaveLength(255);
  expect(String(fields.Title).endsWith('…')).toBe(true);
});

test('a reference that is not a SharePoint item id is refused with the field named, before anything is sent', () => {
  const asset = { ...FIXTURES.assets[0], systemIds: ['7', 'sys-journal'] };
  let caught: unknown;
  try {
    assetsMapper.toFields(asset, DIRECTORY.people);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ValidationError);
  expect((caught as ValidationError).issues.map((issue) => issue.path)).toEqual(['systemIds[1]']);
  expect(() => lookupValue('0', 'unitId')).toThrow(ValidationError);
  expect(() => lookupValue('12.5', 'unitId')).toThrow(ValidationError);
  expect(lookupValue('12', 'unitId')).toBe(12);
});

test('small writers', () => {
  expect(linesValue([])).toBeNull();
  expect(linesValue(['a', 'b'])).toBe('a\nb');
  expect(summaryTitle('  Rådsmöte\n 2026-03-30 ')).toBe('Rådsmöte 2026-03-30');
});
