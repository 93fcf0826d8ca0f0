import { assetsMapper } from '../../../src/sharepoint/mappers/assets-mapper';
import { botInstallationsMapper } from '../../../src/sharepoint/mappers/bot-installations-mapper';
import { classificationsMapper } from '../../../src/sharepoint/mappers/classifications-mapper';
import { incidentsMapper } from '../../../src/sharepoint/mappers/incidents-mapper';
import { processingMapper } from '../../../src/sharepoint/mappers/processing-mapper';
import { screenItems } from '../../../src/sharepoint/mappers/screen-items';
import { settingsMapper } from '../../../src/sharepoint/mappers/settings-mapper';
import { staffMapper } from '../../../src/sharepoint/mappers/staff-mapper';
import { systemsMapper } from '../../../src/sharepoint/mappers/systems-mapper';

/*
 * DESIGN.md habit 2 and R-SEC-2: an item someone broke by hand in SharePoint, or one written by an
 * older version, is reported with its id and left out; it never throws and never hides the others.
 */

const validAsset = { ID: 1, Title: 'Patientjournaler', UnitId: 4, Priority: 'prioritised', SystemsId: [] };

function pathsOf(issues: ReadonlyArray<{ path: string }>): string[] {
  return issues.map((issue) => issue.path);
}

test('malformed assets are reported with their ids and the bad fields; the valid one passes', () => {
  const items = [
    { ...validAsset, ID: 10, Title: null }, // name missing
    validAsset,
    { ...validAsset, ID: 11, Priority: 'urgent', UnitId: null }, // not a priority, no unit
    { ...validAsset, ID: 12, NextReviewOn: 'next spring', OwnerId: 5, Owner: { EMail: '' } }, // no date, owner without e-mail
    { ...validAsset, ID: 13, SystemsId: '7;#8' } // a multi lookup in a shape SharePoint does not use
  ];
  const screened = screenItems(assetsMapper, items);
  expect(screened.valid.map((asset) => asset.id)).toEqual(['1']);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([
    ['10', ['name']],
    ['11', ['unitId', 'priority']],
    ['12', ['ownerEmail', 'nextReviewOn']],
    ['13', ['systemIds']]
  ]);
});

test('nothing throws, whatever the item holds', () => {
  const garbage = [{}, { ID: 'x' }, { ID: 5, Title: 42, SystemsId: { results: 'no' }, Owner: 'anna' }, { ID: 6, LastReviewedOn: 20260301 }];
  expect(() => screenItems(assetsMapper, garbage)).not.toThrow();
  const screened = screenItems(assetsMapper, garbage);
  expect(screened.valid).toEqual([]);
  expect(screened.rejected.map((rejected) => rejected.id)).toEqual([undefined, 'x', '5', '6']);
});

test('a classification whose lookup does not match its kind is reported', () => {
  const item = {
    ID: 30,
    TargetKind: 'system',
    TargetAssetId: 12,
    TargetSystemId: null,
    Confidentiality: 1,
    Integrity: 1,
    Availability: 1,
    ClassifiedBy: { EMail: 'erik.lund@region.se' },
    ClassifiedById: 2,
    ClassifiedOn: '2026-03-28T23:00:00Z'
  };
  const screened = screenItems(classificationsMapper, [item]);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['30', ['targetId']]]);
});

test('a third-country transfer typed without its safeguard is reported (Art. 46)', () => {
  const item = {
    ID: 40,
    Title: 'Journalföring',
    Purpose: 'Vård',
    LegalBasis: 'legal-obligation',
    DataSubjectCategories: 'Patienter',
    PersonalDataCategories: 'Hälsouppgifter',
    ThirdCountryTransfers: 'USA',
    Retention: '10 år',
    Controller: 'HSN',
    UnitId: 4
  };
  const screened = screenItems(processingMapper, [item]);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['40', ['thirdCountryTransfers[0].safeguard']]]);
});

test('the domain refinements still apply: a breach reported before it was discovered', () => {
  const item = {
    ID: 70,
    Title: 'Fel mottagare',
    Category: 'personal-data-breach',
    UnitId: 4,
    ReportedBy: { EMail: 'sara.ek@region.se' },
    ReportedById: 5,
    // The reporter is the account that wrote the report (incidents-mapper.ts, R-INC).
    Author: { EMail: 'sara.ek@region.se' },
    AuthorId: 5,
    ReportedAt: '2026-03-28T10:00:00Z',
    DiscoveredAt: '2026-03-29T10:00:00Z',
    ReportableToAuthority: 'kanske'
  };
  const screened = screenItems(incidentsMapper, [item]);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['70', ['reportableToAuthority']]]);
  const fixed = screenItems(incidentsMapper, [{ ...item, ReportableToAuthority: null }]);
  expect(fixed.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['70', ['reportedAt']]]);
});

test('an SSP marked approved without its approval date is reported (R-SYS-1)', () => {
  const item = { ID: 7, Title: 'Journalsystemet', UnitId: 4, SecurityPlanStatus: 'approved', SecurityPlanApprovedOn: null };
  const screened = screenItems(systemsMapper, [item]);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['7', ['securityPlan.approvedOn']]]);
});

test('a roster row is reported by its item id, although the domain keys people by e-mail', () => {
  const item = { ID: 200, Title: 'Anna Berg', PersonId: 1, Person: { EMail: 'anna.berg@region.se' }, UnitId: 4, EmploymentType: 'permanent' };
  const screened = screenItems(staffMapper, [item]);
  expect(screened.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['200', ['startDate']]]);
});

test('broken JSON in a setting or a conversation reference is reported, not thrown', () => {
  const settings = screenItems(settingsMapper, [
    { ID: 170, Title: 'region-config', Value: '{"regionName": ' },
    { ID: 171, Title: 'nudges-paused', Value: 'true' }
  ]);
  expect(settings.valid).toEqual([{ id: '171', key: 'nudges-paused', value: true }]);
  expect(settings.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['170', ['value']]]);
  expect(settings.rejected[0].issues[0].message).toMatch(/^must be JSON/);

  const installations = screenItems(botInstallationsMapper, [
    { ID: 160, Title: 'anna.berg@region.se', AadObjectId: 'a', TeamsUserId: '29:1', ConversationReference: '[1, 2]', InstalledAt: '2026-01-05T07:59:59Z' }
  ]);
  expect(installations.rejected.map((rejected) => [rejected.id, pathsOf(rejected.issues)])).toEqual([['160', ['conversationReference']]]);
});
