import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { loadRegionConfig } from '../../../src/config/load-region-config';
import type { OrgUnit } from '../../../src/domain/organisation/org-unit';
import { processingScopeOf, unitsUnder } from '../../../src/domain/processing/processing-scope';
import type { RoleAssignment } from '../../../src/domain/roles/role-assignment';
import { isoDate } from '../../../src/domain/shared/calendar';

const unit = (id: string, parentId?: string): OrgUnit => ({ id, name: `Enhet ${id}`, level: 'enhet', parentId, businessCritical: false });
// 1 förvaltning › 2 and 3 områden; 2 › 4 avdelning › 5 enhet; 5 › 2 closes a cycle that must not loop.
const UNITS = [unit('1'), unit('2', '1'), unit('3', '1'), unit('4', '2'), unit('5', '4')];
/** The default region's catalogue: which role is the DSO, the deputy DSO and the registry coordinator. */
const DUTIES = DEFAULT_REGION_CONFIG.roleDuties;
const holds = (roleKey: string, email: string, unitId?: string, extra: Partial<RoleAssignment> = {}): RoleAssignment => ({ id: `${roleKey}-${unitId ?? ''}`, roleKey, unitId, holderEmail: email, mandateDocumented: true, ...extra });

describe('which part of the record of processing a person keeps (R-ROPA-1, R-ROPA-2)', () => {
  test('a registry coordinator keeps her area and the units under it, not a sibling area', () => {
    const scope = processingScopeOf('sofia@region.se', [holds('registerkoordinator', 'Sofia@Region.se', '2')], UNITS, isoDate('2026-11-23'), DUTIES);
    expect(scope).toEqual({ kind: 'units', role: 'registryCoordinator', rootUnitIds: ['2'], unitIds: ['2', '4', '5'] });
  });

  test('a deputy DSO keeps the administration, even when she is also an area\'s coordinator', () => {
    const scope = processingScopeOf('d@region.se', [holds('registerkoordinator', 'd@region.se', '3'), holds('bitradande-dataskyddsombud', 'd@region.se', '1')], UNITS, isoDate('2026-11-23'), DUTIES);
    expect(scope).toMatchObject({ kind: 'units', role: 'deputyDataProtectionOfficer', unitIds: ['1', '2', '3', '4', '5'] });
  });

  test('the DSO keeps the whole record; someone without these roles keeps none', () => {
    expect(processingScopeOf('dso@region.se', [holds('dataskyddsombud', 'dso@region.se')], UNITS, isoDate('2026-11-23'), DUTIES)).toEqual({ kind: 'all' });
    expect(processingScopeOf('anna@region.se', [holds('registerkoordinator', 'sofia@region.se', '2')], UNITS, isoDate('2026-11-23'), DUTIES)).toEqual({ kind: 'none' });
  });

  test('an assignment that has ended or not yet begun gives nothing', () => {
    const ended = holds('registerkoordinator', 's@region.se', '2', { until: isoDate('2026-11-22') });
    const future = holds('dataskyddsombud', 's@region.se', undefined, { since: isoDate('2026-12-01') });
    expect(processingScopeOf('s@region.se', [ended, future], UNITS, isoDate('2026-11-23'), DUTIES)).toEqual({ kind: 'none' });
  });

  test('a cycle in the tree is followed once', () => {
    expect(unitsUnder(['4'], [...UNITS, unit('2', '5')])).toEqual(['2', '4', '5']);
  });

  test('which catalogue role carries a duty is the region\'s configuration, not code (R-ORG-MULTI)', () => {
    // A region whose catalogue calls the DSO "dpo" and its coordinators "rk": the same people get the same scopes.
    const config = loadRegionConfig({
      roles: [
        ...DEFAULT_REGION_CONFIG.roles.filter((role) => !['dataskyddsombud', 'registerkoordinator'].includes(role.key)),
        { key: 'dpo', scope: { kind: 'region' }, label: { sv: 'Dataskyddsombud', en: 'Data protection officer' } },
        { key: 'rk', scope: { kind: 'per-unit', level: 'omrade' }, label: { sv: 'Registerkoordinator', en: 'Registry coordinator' } }
      ],
      roleDuties: { dataProtectionOfficer: 'dpo', registryCoordinator: 'rk' }
    });
    expect(config.roleDuties).toEqual({ dataProtectionOfficer: 'dpo', deputyDataProtectionOfficer: 'bitradande-dataskyddsombud', registryCoordinator: 'rk' });
    expect(processingScopeOf('dso@region.se', [holds('dpo', 'dso@region.se')], UNITS, isoDate('2026-11-23'), config.roleDuties)).toEqual({ kind: 'all' });
    expect(processingScopeOf('sofia@region.se', [holds('rk', 'sofia@region.se', '2')], UNITS, isoDate('2026-11-23'), config.roleDuties)).toMatchObject({ kind: 'units', role: 'registryCoordinator', unitIds: ['2', '4', '5'] });
    // The default keys mean nothing in that region: holding 'registerkoordinator' there gives no scope.
    expect(processingScopeOf('sofia@region.se', [holds('registerkoordinator', 'sofia@region.se', '2')], UNITS, isoDate('2026-11-23'), config.roleDuties)).toEqual({ kind: 'none' });
  });
});
