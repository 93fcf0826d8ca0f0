import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { mayReadAreaReport } from '../../../src/domain/council/area-report-readers';
import type { OrgUnit } from '../../../src/domain/organisation/org-unit';
import type { Person } from '../../../src/domain/people/person';
import { isoDate } from '../../../src/domain/shared/calendar';

/* R-REP, R-SEC-1: an area's follow-up is read by the chiefs it is sent to (the action plan's section 4), nobody else outside the council. */
const unit = (id: string, level: string, parentId?: string): OrgUnit => ({ id, name: id, level, parentId, businessCritical: false });
const chief = (email: string, unitId: string): Person => ({ email, displayName: email, unitId, employmentType: 'permanent', startDate: isoDate('2020-01-01'), managerSince: isoDate('2020-01-01'), groups: [] });
const units = [unit('f1', 'forvaltning'), unit('o1', 'omrade', 'f1'), unit('o2', 'omrade', 'f1'), unit('a1', 'avdelning', 'o1'), unit('e1', 'enhet', 'a1')];
const roster = [chief('forv@r.se', 'f1'), chief('omr1@r.se', 'o1'), chief('omr2@r.se', 'o2'), chief('avd1@r.se', 'a1'), chief('enh1@r.se', 'e1')];
const TODAY = isoDate('2026-05-15');

describe('who may read an area\'s follow-up (R-REP, R-SEC-1)', () => {
  test.each([
    ['omr1@r.se', true, 'the area\'s chief'],
    ['forv@r.se', true, 'the chief above it'],
    ['avd1@r.se', true, 'a department chief in it (the follow-up is sent to them)'],
    ['enh1@r.se', false, 'a unit chief below the follow-up levels'],
    ['omr2@r.se', false, 'another area\'s chief']
  ])('%s: %s (%s)', (email, may) => {
    expect(mayReadAreaReport(email, 'o1', { units, roster, roleAssignments: [] }, DEFAULT_REGION_CONFIG, TODAY)).toBe(may);
  });
});
