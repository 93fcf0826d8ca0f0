import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import type { RegionConfig } from '../../../src/config/region-config';
import type { Classification } from '../../../src/domain/classification/classification';
import { owedItems, type OwedItem } from '../../../src/domain/nudges/owed-items';
import type { RegisterSnapshot } from '../../../src/domain/registers';
import { roleSlots } from '../../../src/domain/roles/role-slots';
import { isoDate } from '../../../src/domain/shared/calendar';
import { aClassification, aDocumentVersion, anAcknowledgement, anAsset, aPerson, aRisk, aSnapshot, aSystem } from '../builders';
import { approvedOn, configWith, label } from '../builders-extra';
import { boardOnlyTrainingConfig, courseRecord } from '../builders-more';

/*
 * Nudge windows: items due within 14 days are "due soon" (nudges.dueSoonDays), even where a register
 * has its own, wider window (classification: 30 days).
 */
const config = boardOnlyTrainingConfig();
const today = isoDate('2026-06-15');

function owed(snapshot: RegisterSnapshot, region: RegionConfig = config, day = today): OwedItem[] {
  return owedItems(snapshot, roleSlots(region, snapshot.units, snapshot.systems, snapshot.roleAssignments, isoDate(day)), region, isoDate(day));
}
const brief = (items: readonly OwedItem[]): Array<[string, string, string, string | undefined, string, string | undefined, number]> =>
  items.map((item) => [item.topic, item.subjectId, item.detail, item.responsibleEmail, item.urgency, item.dueOn, item.daysOverdue]);

describe('classification items (R-CLS-2, R-NDG-1)', () => {
  test.each<[string, string | undefined, Array<[string, string, string, string | undefined, string, string | undefined, number]>]>([
    ['never classified: missing, no due date', undefined, [['classification', 'a1', 'missing', 'agare@region.se', 'missing', undefined, 0]]],
    ['due yesterday: overdue 1 day', '2025-06-14', [['classification', 'a1', 'overdue', 'agare@region.se', 'overdue', '2026-06-14', 1]]],
    ['due today: due soon', '2025-06-15', [['classification', 'a1', 'due-soon', 'agare@region.se', 'due-soon', '2026-06-15', 0]]],
    ['due in 14 days: due soon', '2025-06-29', [['classification', 'a1', 'due-soon', 'agare@region.se', 'due-soon', '2026-06-29', 0]]],
    ['due in 15 days: not yet a nudge, though the register calls it due soon', '2025-06-30', []],
    ['current', '2026-01-15', []]
  ])('%s', (_what, classifiedOn, expected) => {
    const snapshot = aSnapshot({
      assets: [anAsset({ id: 'a1', ownerEmail: 'agare@region.se' })],
      classifications: classifiedOn === undefined ? [] : [aClassification({ id: 'k1', targetId: 'a1', classifiedOn })]
    });
    expect(brief(owed(snapshot))).toEqual(expected);
  });

  test('an item carries the subject, its unit and kind', () => {
    const [item] = owed(aSnapshot({ systems: [aSystem({ id: 's1', name: 'Journalsystemet', unitId: 'u-it', ownerEmail: 'olle@region.se' })] }));
    expect(item).toEqual({
      topic: 'classification',
      detail: 'missing',
      subjectKind: 'system',
      subjectId: 's1',
      subjectName: 'Journalsystemet',
      unitId: 'u-it',
      responsibleEmail: 'olle@region.se',
      urgency: 'missing',
      dueOn: undefined,
      daysOverdue: 0
    });
  });
});

describe('security plan and reserve routines items (R-SYS-1, R-NDG-1)', () => {
  test('missing, not approved, expired and due soon; current ones are not listed', () => {
    const classified = (id: string): Classification => aClassification({ id: `k-${id}`, targetKind: 'system', targetId: id, classifiedOn: '2026-01-15' });
    const snapshot = aSnapshot({
      systems: [
        aSystem({ id: 's1', ownerEmail: 'olle@region.se', societallyImportant: true, securityPlan: { status: 'draft' }, reserveRoutines: approvedOn('2025-06-20') }),
        aSystem({ id: 's2', ownerEmail: 'olle@region.se', societallyImportant: true, securityPlan: approvedOn('2025-05-01'), reserveRoutines: approvedOn('2026-01-10') })
      ],
      classifications: [classified('s1'), classified('s2')]
    });
    expect(brief(owed(snapshot))).toEqual([
      ['security-plan', 's1', 'not-approved', 'olle@region.se', 'missing', undefined, 0],
      ['reserve-routines', 's1', 'due-soon', 'olle@region.se', 'due-soon', '2026-06-20', 0], // approved 2025-06-20 + 12 months: 5 days left
      ['security-plan', 's2', 'expired', 'olle@region.se', 'overdue', '2026-05-01', 45] // 30 (May) + 15 days
    ]);
  });
});

describe('acknowledgement items (R-ACK, R-NDG-1)', () => {
  test.each<[string, string, Array<[string, string, string, string | undefined, string, string | undefined, number]>]>([
    // Published + 30 days to sign; the nudge lists it from 14 days before the due date.
    ['published 2026-06-01: due 2026-07-01 in 16 days, not yet listed', '2026-06-01', []],
    ['published 2026-05-31: due 2026-06-30 in 15 days, not yet listed', '2026-05-31', []],
    ['published 2026-05-30: due 2026-06-29 in 14 days, due soon', '2026-05-30', [['acknowledgement', 'dv1', 'version 1.0', 'olle@region.se', 'due-soon', '2026-06-29', 0]]],
    ['published 2026-05-01: due 2026-05-31, 15 days overdue', '2026-05-01', [['acknowledgement', 'dv1', 'version 1.0', 'olle@region.se', 'overdue', '2026-05-31', 15]]]
  ])('%s', (_what, publishedOn, expected) => {
    const snapshot = aSnapshot({
      roster: [aPerson({ email: 'olle@region.se' })],
      systems: [aSystem({ id: 's1', ownerEmail: 'olle@region.se' })],
      classifications: [aClassification({ id: 'k1', targetKind: 'system', targetId: 's1', classifiedOn: '2026-01-15' })],
      documentVersions: [aDocumentVersion({ id: 'dv1', publishedOn, requiredForRoles: ['systemagare'] })]
    });
    expect(brief(owed(snapshot))).toEqual(expected);
  });

  test('a signed acknowledgement is not owed', () => {
    const snapshot = aSnapshot({
      roster: [aPerson({ email: 'chef@region.se', managerSince: '2020-01-01' })],
      documentVersions: [aDocumentVersion({ id: 'dv1', publishedOn: '2026-05-01', requiredForManagers: true })],
      acknowledgements: [anAcknowledgement({ id: 'ack1', signerEmail: 'chef@region.se', signedAt: '2026-05-02T09:00:00+02:00' })]
    });
    expect(owed(snapshot)).toEqual([]);
  });
});

describe('training items (R-TRN, R-NDG-1)', () => {
  test('overdue and not-yet-done training is listed with modules done; done training and training without a deadline are not', () => {
    const region = configWith({
      training: {
        audiences: [
          ...config.training.audiences,
          {
            key: 'registerkoordinatorer',
            label: label('Registerkoordinatorer', 'Registry coordinators'),
            members: { kind: 'group', group: 'rk' },
            courseKey: 'grundutbildning',
            targetPercent: 100
          }
        ]
      }
    });
    const snapshot = aSnapshot({
      roster: [
        aPerson({ email: 'ledamot@region.se', groups: ['regionstyrelsen', 'rk'] }),
        aPerson({ email: 'klar@region.se', groups: ['regionstyrelsen'] })
      ],
      trainingRecords: [courseRecord('klar@region.se', 'styrelseutbildning', '2025-05-01')]
    });
    const items = owed(snapshot, region);
    // 2025-06-30 → 2026-06-15: 184 + 166 = 350 days. The registry coordinators' course has no deadline: not nudged.
    expect(brief(items)).toEqual([['training', 'styrelseutbildning', '0/1', 'ledamot@region.se', 'overdue', '2025-06-30', 350]]);
    expect([items[0].subjectKind, items[0].unitId]).toEqual(['course', undefined]);
  });
});

describe('risk follow-up items (R-RSK-1, R-NDG-1)', () => {
  test('past follow-up, no follow-up date, no owner; closed and current risks are not listed', () => {
    const snapshot = aSnapshot({
      risks: [
        aRisk({ id: 'r1', ownerEmail: 'riskagare@region.se', followUpOn: '2026-06-01' }),
        aRisk({ id: 'r2', ownerEmail: 'riskagare@region.se', followUpOn: undefined }),
        aRisk({ id: 'r3', ownerEmail: undefined, followUpOn: '2026-12-31', unitId: 'u-omr' }),
        aRisk({ id: 'r4', ownerEmail: 'riskagare@region.se', followUpOn: '2026-01-01', status: 'closed' }),
        aRisk({ id: 'r5', ownerEmail: 'riskagare@region.se', followUpOn: '2026-06-15' })
      ]
    });
    expect(brief(owed(snapshot))).toEqual([
      ['risk-follow-up', 'r1', 'follow-up-overdue', 'riskagare@region.se', 'overdue', '2026-06-01', 14],
      ['risk-follow-up', 'r2', 'no-follow-up-date', 'riskagare@region.se', 'missing', undefined, 0],
      // Nobody owns it: the area must name an owner. The duty has no due date of its own: the
      // follow-up date is the risk's, not the day an owner must be named by (see nudge-plan's grace).
      ['risk-follow-up', 'r3', 'no-owner', undefined, 'missing', undefined, 0]
    ]);
    expect(owed(snapshot).find((item) => item.subjectId === 'r3')?.unitId).toBe('u-omr');
  });
});

describe('nothing owed', () => {
  test('an empty register owes nothing', () => {
    expect(owedItems(aSnapshot({}), [], DEFAULT_REGION_CONFIG, today)).toEqual([]);
  });
});
