import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { DEMO_PERSONAS, generateDemoRegion } from '../../src/demo';
import { processingScopeOf } from '../../src/domain/processing/processing-scope';
import { isoDate } from '../../src/domain/shared/calendar';

const AS_OF = isoDate('2026-03-16');
const DEPUTY = DEMO_PERSONAS.deputyDataProtectionOfficer;

describe('the demo region\'s deputy DSO persona (R-ROPA-2, issue 7: "the deputy DSO sees the administration")', () => {
  test.each([0.05, 1])('at scale %s she holds the deputy DSO role for Hälso- och sjukvårdsförvaltningen and keeps its whole part of the record', (scale) => {
    const region = generateDemoRegion({ asOf: AS_OF, scale }, DEFAULT_REGION_CONFIG);
    const administration = region.units.find((unit) => unit.name === DEPUTY.unitPath[0] && unit.parentId === undefined);
    expect(administration).toBeDefined();
    const held = region.roleAssignments.filter((assignment) => assignment.holderEmail === DEPUTY.email);
    expect(held).toEqual([expect.objectContaining({ roleKey: DEFAULT_REGION_CONFIG.roleDuties.deputyDataProtectionOfficer, unitId: administration?.id, mandateDocumented: true })]);
    // Nobody else holds that slot: the persona is the administration's one deputy.
    expect(region.roleAssignments.filter((assignment) => assignment.roleKey === 'bitradande-dataskyddsombud' && assignment.unitId === administration?.id)).toHaveLength(1);

    const scope = processingScopeOf(DEPUTY.email, region.roleAssignments, region.units, AS_OF, DEFAULT_REGION_CONFIG.roleDuties);
    expect(scope).toMatchObject({ kind: 'units', role: 'deputyDataProtectionOfficer', rootUnitIds: [administration?.id] });
    const inScope = new Set(scope.kind === 'units' ? scope.unitIds : []);
    const administrationActivities = region.processing.filter((activity) => inScope.has(activity.unitId));
    expect(administrationActivities.length).toBeGreaterThan(0);
    // Another administration's activities are outside her scope.
    expect(region.processing.some((activity) => !inScope.has(activity.unitId))).toBe(true);
  });
});
