import { DEFAULT_REGION_CONFIG } from '../../../../src/config/default-region';
import { isoDate } from '../../../../src/domain/shared/calendar';
import { holderEmailsOf, roleSlotRows, type RoleSlotRow, type RoleSlotSources, type StoredAssignment } from '../../../../src/ui/register/roles/role-slot-rows';
import { roleSlotPage, roleSlotViews } from '../../../../src/ui/register/roles/role-slot-views';
import { aDocumentVersion, anAcknowledgement, aPerson, aRoleAssignment, aUnit } from '../../../domain/builders';
import { configWith, label } from '../../../domain/builders-extra';

const today = isoDate('2026-11-23');
const stored = (overrides: Parameters<typeof aRoleAssignment>[0]): StoredAssignment => ({ id: overrides.id, etag: `"${overrides.id},1"`, record: aRoleAssignment(overrides) });

// A small region: two förvaltningar, three områden (Akut, Bild, Cancer), with the default catalogue.
const UNITS = [
  aUnit({ id: 'f1', name: 'Hälso- och sjukvårdsförvaltningen', level: 'forvaltning' }),
  aUnit({ id: 'f2', name: 'Regionservice', level: 'forvaltning' }),
  aUnit({ id: 'o1', name: 'Område Akut', level: 'omrade', parentId: 'f1' }),
  aUnit({ id: 'o2', name: 'Område Bild', level: 'omrade', parentId: 'f1' }),
  aUnit({ id: 'o3', name: 'Område Cancer', level: 'omrade', parentId: 'f1' })
];
const people = [
  aPerson({ email: 'dso@region.se', displayName: 'Eva Sjöberg' }),
  aPerson({ email: 'maria@region.se', displayName: 'Maria Forsberg' }),
  aPerson({ email: 'sofia@region.se', displayName: 'Sofia Åkesson' }),
  aPerson({ email: 'lars@region.se', displayName: 'Lars Öberg' }),
  aPerson({ email: 'gone@region.se', displayName: 'Gunnar Borta', endDate: '2026-06-30' })
];

function sources(assignments: StoredAssignment[], extra: Partial<RoleSlotSources> = {}): RoleSlotSources {
  return { config: DEFAULT_REGION_CONFIG, units: UNITS, assignments, holders: people, documentVersions: [], acknowledgements: [], today, ...extra };
}
const row = (rows: readonly RoleSlotRow[], roleKey: string, unitId?: string): RoleSlotRow | undefined => rows.find((candidate) => candidate.role.key === roleKey && candidate.unit?.id === unitId);

describe('the roles register\'s rows: every slot the catalogue requires, vacancies with their reason (R-ORG, R-KPI 3)', () => {
  test('one row per region role, per unit of a per-unit role\'s level; system owners are left to the systems register', () => {
    const rows = roleSlotRows(sources([]));
    const count = (roleKey: string): number => rows.filter((candidate) => candidate.role.key === roleKey).length;
    expect(count('dataskyddsombud')).toBe(1);
    expect(count('bitradande-dataskyddsombud')).toBe(2);
    expect(count('registerkoordinator')).toBe(3);
    expect(count('informationsagare')).toBe(3);
    expect(count('systemagare')).toBe(0);
    // Optional roles (the council) have only held slots; nobody holds one here.
    expect(count('radsledamot')).toBe(0);
    // In catalogue order, then by unit name.
    expect(rows.filter((candidate) => candidate.role.key === 'registerkoordinator').map((candidate) => candidate.unit?.name)).toEqual(['Område Akut', 'Område Bild', 'Område Cancer']);
    expect(rows.every((candidate) => candidate.vacancy?.reason === 'never-filled')).toBe(true);
  });

  test('a held slot shows the holder\'s name and e-mail, a missing mandate and the assignment an edit is made against', () => {
    const held = stored({ id: '7', roleKey: 'registerkoordinator', unitId: 'o1', holderEmail: 'Sofia@Region.se', mandateDocumented: false });
    const rows = roleSlotRows(sources([held, stored({ id: '8', roleKey: 'dataskyddsombud', holderEmail: 'dso@region.se' })]));
    expect(row(rows, 'registerkoordinator', 'o1')).toMatchObject({ holderEmail: 'sofia@region.se', holderName: 'Sofia Åkesson', vacancy: undefined, mandateMissing: true, assignment: held });
    expect(row(rows, 'dataskyddsombud')).toMatchObject({ holderName: 'Eva Sjöberg', mandateMissing: false, vacancy: undefined });
    // A role that requires no mandate never reports one missing.
    const council = roleSlotRows(
      sources([stored({ id: '9', roleKey: 'radsledamot', holderEmail: 'lars@region.se', mandateDocumented: false }), stored({ id: '10', roleKey: 'radsledamot', holderEmail: 'dso@region.se' })])
    );
    expect(council.find((candidate) => candidate.holderEmail === 'lars@region.se')).toMatchObject({ role: expect.objectContaining({ key: 'radsledamot' }), mandateMissing: false });
    // Every row has its own key, the council's members too (a grid keyed twice leaves stale rows behind).
    expect(council.filter((candidate) => candidate.role.key === 'radsledamot').map((candidate) => candidate.id)).toEqual(['radsledamot||dso@region.se', 'radsledamot||lars@region.se']);
    expect(new Set(council.map((candidate) => candidate.id)).size).toBe(council.length);
  });

  test('each vacancy says why: kept empty, ended (with who and when), holder gone from the roster, never filled', () => {
    const recorded = stored({ id: '1', roleKey: 'registerkoordinator', unitId: 'o1' });
    const rows = roleSlotRows(
      sources([
        recorded,
        stored({ id: '2', roleKey: 'registerkoordinator', unitId: 'o2', holderEmail: 'lars@region.se', since: '2024-01-01', until: '2026-10-31' }),
        stored({ id: '3', roleKey: 'registerkoordinator', unitId: 'o2', holderEmail: 'sofia@region.se', since: '2022-01-01', until: '2023-12-31' }),
        stored({ id: '4', roleKey: 'informationsagare', unitId: 'o1', holderEmail: 'gone@region.se' }),
        stored({ id: '5', roleKey: 'informationsagare', unitId: 'o2', holderEmail: 'stranger@region.se' }),
        // Not yet begun: the slot is vacant today.
        stored({ id: '6', roleKey: 'informationsagare', unitId: 'o3', holderEmail: 'maria@region.se', since: '2027-01-01' })
      ])
    );
    expect(row(rows, 'registerkoordinator', 'o1')).toMatchObject({ vacancy: { reason: 'recorded-vacant' }, assignment: recorded, holderEmail: undefined });
    // The latest ended assignment is the one named.
    expect(row(rows, 'registerkoordinator', 'o2')?.vacancy).toEqual({ reason: 'ended', formerHolderEmail: 'lars@region.se', endedOn: '2026-10-31' });
    expect(row(rows, 'registerkoordinator', 'o2')?.assignment).toBeUndefined();
    expect(row(rows, 'registerkoordinator', 'o3')?.vacancy).toEqual({ reason: 'never-filled' });
    expect(row(rows, 'informationsagare', 'o1')?.vacancy).toEqual({ reason: 'holder-left', formerHolderEmail: 'gone@region.se', formerHolderName: 'Gunnar Borta', leftOn: '2026-06-30' });
    expect(row(rows, 'informationsagare', 'o1')?.assignment?.id).toBe('4');
    expect(row(rows, 'informationsagare', 'o2')?.vacancy).toEqual({ reason: 'holder-left', formerHolderEmail: 'stranger@region.se', formerHolderName: undefined, leftOn: undefined });
    expect(row(rows, 'informationsagare', 'o3')?.vacancy).toEqual({ reason: 'never-filled' });
  });

  test('the acknowledgement: signed only by the holder\'s own account for the version in force (R-ACK)', () => {
    const versions = [
      aDocumentVersion({ id: 'v1', version: '1.0', publishedOn: '2024-01-01', requiredForRoles: ['registerkoordinator', 'dataskyddsombud'] }),
      aDocumentVersion({ id: 'v2', version: '2.0', publishedOn: '2026-01-01', requiredForRoles: ['registerkoordinator', 'dataskyddsombud'] })
    ];
    const rows = roleSlotRows(
      sources(
        [
          stored({ id: '1', roleKey: 'registerkoordinator', unitId: 'o1', holderEmail: 'sofia@region.se' }),
          stored({ id: '2', roleKey: 'registerkoordinator', unitId: 'o2', holderEmail: 'lars@region.se' }),
          stored({ id: '3', roleKey: 'dataskyddsombud', holderEmail: 'dso@region.se' }),
          stored({ id: '4', roleKey: 'informationsagare', unitId: 'o1', holderEmail: 'maria@region.se' })
        ],
        {
          documentVersions: versions,
          acknowledgements: [
            anAcknowledgement({ id: 'a1', signerEmail: 'sofia@region.se', version: '2.0' }),
            // The old version only.
            anAcknowledgement({ id: 'a2', signerEmail: 'lars@region.se', version: '1.0' }),
            // Written from someone else's account: does not count.
            anAcknowledgement({ id: 'a3', signerEmail: 'dso@region.se', signedByAccount: 'sofia@region.se', version: '2.0' })
          ]
        }
      )
    );
    expect(row(rows, 'registerkoordinator', 'o1')?.acknowledgement).toBe('signed');
    expect(row(rows, 'registerkoordinator', 'o2')?.acknowledgement).toBe('unsigned');
    expect(row(rows, 'dataskyddsombud')?.acknowledgement).toBe('unsigned');
    expect(row(rows, 'informationsagare', 'o1')?.acknowledgement).toBe('not-required');
  });

  test('the holders whose roster entries and acknowledgements are read: active ones only, once each', () => {
    const assignments = [
      stored({ id: '1', roleKey: 'registerkoordinator', unitId: 'o1', holderEmail: 'Sofia@region.se' }),
      stored({ id: '2', roleKey: 'informationsagare', unitId: 'o1', holderEmail: 'sofia@region.se' }),
      stored({ id: '3', roleKey: 'registerkoordinator', unitId: 'o2', holderEmail: 'lars@region.se', until: '2026-01-01' }),
      stored({ id: '4', roleKey: 'registerkoordinator', unitId: 'o3' })
    ];
    expect(holderEmailsOf(assignments, today)).toEqual(['sofia@region.se']);
  });
});

describe('the roles register\'s views and pages', () => {
  const assignments: StoredAssignment[] = [
    stored({ id: '1', roleKey: 'registerkoordinator', unitId: 'o1', holderEmail: 'sofia@region.se', mandateDocumented: false }),
    stored({ id: '2', roleKey: 'dataskyddsombud', holderEmail: 'dso@region.se' }),
    stored({ id: '3', roleKey: 'bitradande-dataskyddsombud', unitId: 'f1', holderEmail: 'maria@region.se' })
  ];
  const rows = roleSlotRows(sources(assignments));
  const views = roleSlotViews(DEFAULT_REGION_CONFIG, 'en');
  const view = (key: string): (typeof views)[number] => views.find((candidate) => candidate.key === key) ?? views[0];

  test('the views: the fixed ones, then region-wide roles, each configured level in its order, the optional roles', () => {
    expect(views.map((candidate) => candidate.key)).toEqual(['all', 'vacant', 'mandate-missing', 'unsigned', 'level-region', 'level-forvaltning', 'level-omrade', 'level-optional']);
    // A level's name is the region's own, in the person's language (R-ORG-MULTI).
    expect(view('level-omrade').label).toEqual({ text: 'Area' });
    expect(roleSlotViews(DEFAULT_REGION_CONFIG, 'sv').find((candidate) => candidate.key === 'level-omrade')?.label).toEqual({ text: 'Område' });
  });

  test('vacant, mandate missing and by level each keep what they name', () => {
    const keys = (key: string): string[] => roleSlotPage(rows, view(key), '', 1).rows.map((candidate) => candidate.id);
    expect(keys('vacant')).not.toContain('registerkoordinator|o1');
    expect(keys('vacant')).toContain('registerkoordinator|o2');
    expect(roleSlotPage(rows, view('vacant'), '', 1).rows.every((candidate) => candidate.vacancy !== undefined)).toBe(true);
    expect(keys('mandate-missing')).toEqual(['registerkoordinator|o1']);
    expect(keys('level-forvaltning')).toEqual(['bitradande-dataskyddsombud|f1', 'bitradande-dataskyddsombud|f2']);
    expect(keys('level-region')).toEqual(['informationssakerhetsansvarig|', 'informationssakerhetssamordnare|', 'it-sakerhetsansvarig|', 'dataskyddsombud|']);
    const all = roleSlotPage(rows, view('all'), '', 1);
    expect(all.matching).toBe(rows.length);
    expect(all.vacant).toBe(rows.length - 3);
  });

  test('search looks in the role name in both languages, the unit and the holder, every word', () => {
    expect(roleSlotPage(rows, view('all'), 'sofia', 1).rows.map((candidate) => candidate.id)).toEqual(['registerkoordinator|o1']);
    expect(roleSlotPage(rows, view('all'), 'registry bild', 1).rows.map((candidate) => candidate.id)).toEqual(['registerkoordinator|o2']);
    expect(roleSlotPage(rows, view('vacant'), 'Sjöberg', 1).matching).toBe(0);
  });

  test('pages of a fixed size; a page past the end is the last one', () => {
    const page2 = roleSlotPage(rows, view('all'), '', 2, 5);
    expect(page2.pageCount).toBe(Math.ceil(rows.length / 5));
    expect(page2.rows.map((candidate) => candidate.id)).toEqual(rows.slice(5, 10).map((candidate) => candidate.id));
    expect(roleSlotPage(rows, view('all'), '', 99, 5).rows.map((candidate) => candidate.id)).toEqual(rows.slice((page2.pageCount - 1) * 5).map((candidate) => candidate.id));
  });

  test('a region with its own levels gets its own level views, and no level view nobody uses', () => {
    const own = configWith({
      organisationLevels: [
        { key: 'division', label: label('Division', 'Division') },
        { key: 'sektion', label: label('Sektion', 'Section') }
      ],
      roles: [
        { key: 'informationsagare', scope: { kind: 'per-unit', level: 'division' }, label: label('Informationsägare', 'Information owner') },
        { key: 'informationssakerhetssamordnare', scope: { kind: 'region' }, label: label('Samordnare', 'Coordinator') }
      ],
      roleDuties: { dataProtectionOfficer: 'informationssakerhetssamordnare', deputyDataProtectionOfficer: 'informationssakerhetssamordnare', registryCoordinator: 'informationsagare' }
    });
    expect(roleSlotViews(own, 'sv').map((candidate) => candidate.key)).toEqual(['all', 'vacant', 'mandate-missing', 'unsigned', 'level-region', 'level-division']);
  });
});
