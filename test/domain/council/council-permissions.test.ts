import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { loadRegionConfig } from '../../../src/config/load-region-config';
import { councilPermissions } from '../../../src/domain/council/council-permissions';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aRoleAssignment } from '../builders';

/* R-SEC-1, R-MAT, R-MTG: who may do what in the council's tab, from the roles register and the catalogue's councilDuties. */
const today = isoDate('2026-06-15');
const assignments = [
  aRoleAssignment({ id: '1', roleKey: 'informationssakerhetssamordnare', holderEmail: 'asa@r.se' }),
  aRoleAssignment({ id: '2', roleKey: 'radsledamot', holderEmail: 'ledamot@r.se' }),
  aRoleAssignment({ id: '3', roleKey: 'radsledamot', holderEmail: 'avgangen@r.se', until: '2026-01-31' }),
  aRoleAssignment({ id: '4', roleKey: 'informationsagare', unitId: 'u', holderEmail: 'agare@r.se' }),
  aRoleAssignment({ id: '5', roleKey: 'informationssakerhetsansvarig', holderEmail: 'ciso@r.se' })
];

test.each([
  ['the security coordinator', 'asa@r.se', { recordMaturity: true, recordMeeting: true, takeSnapshot: true }],
  ['the CISO', 'CISO@r.se', { recordMaturity: true, recordMeeting: true, takeSnapshot: true }],
  ['a council member', 'ledamot@r.se', { recordMaturity: false, recordMeeting: true, takeSnapshot: true }],
  ['a member whose assignment has ended', 'avgangen@r.se', { recordMaturity: false, recordMeeting: false, takeSnapshot: false }],
  ['an information owner', 'agare@r.se', { recordMaturity: false, recordMeeting: false, takeSnapshot: false }],
  ['someone without a role', 'anna@r.se', { recordMaturity: false, recordMeeting: false, takeSnapshot: false }]
])('%s (%s)', (_who, email, may) => {
  expect(councilPermissions(email, assignments, DEFAULT_REGION_CONFIG, today)).toEqual(may);
});

test('a catalogue where no role carries a council duty leaves every duty to the fallback role (the security coordinator)', () => {
  const config = loadRegionConfig({
    roles: DEFAULT_REGION_CONFIG.roles.map((role) => ({ ...role, councilDuties: [] }))
  });
  expect(councilPermissions('asa@r.se', assignments, config, today)).toEqual({ recordMaturity: true, recordMeeting: true, takeSnapshot: true });
  expect(councilPermissions('ledamot@r.se', assignments, config, today)).toEqual({ recordMaturity: false, recordMeeting: false, takeSnapshot: false });
});
