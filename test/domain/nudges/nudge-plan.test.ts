import { planNudges, type Digest, type NudgePlan } from '../../../src/domain/nudges/nudge-plan';
import { EMPTY_SNAPSHOT, type RegisterSnapshot } from '../../../src/domain/registers';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import {
  aClassification,
  aDocumentVersion,
  anAsset,
  aPerson,
  aRisk,
  aRoleAssignment,
  aSnapshot,
  aSystem,
  aUnit
} from '../builders';
import { approvedOn, configWith } from '../builders-extra';
import { boardOnlyTrainingConfig, historyOf, reorderedSnapshot } from '../builders-more';

/*
 * Grace before escalation (default region): classification 30 days, acknowledgement 14, training 30,
 * security plan 30, reserve routines 30, risk follow-up 14. Nudged from 14 days before the due date.
 * The area's responsible person is its information owner (informationsagare, per område); the
 * fallback is the security coordinator (informationssakerhetssamordnare).
 * Only the regional board is a training audience here, so training shows up only where a test puts it.
 */
const config = boardOnlyTrainingConfig();
const today = isoDate('2026-06-15');
const NO_HISTORY = historyOf();

const units = [
  aUnit({ id: 'u-forv', level: 'forvaltning' }),
  aUnit({ id: 'u-omr-a', level: 'omrade', parentId: 'u-forv' }),
  aUnit({ id: 'u-omr-b', level: 'omrade', parentId: 'u-forv' }),
  aUnit({ id: 'u-enhet-a', level: 'enhet', parentId: 'u-omr-a' }),
  aUnit({ id: 'u-enhet-b', level: 'enhet', parentId: 'u-omr-b' })
];

/*
 * The region of the main scenario:
 *  - olle (manager mona) owns system s1 and asset a1 and risk r1, sits on the board: he owes one of every topic;
 *  - nils has no manager; his overdue asset a2 escalates to ingrid, information owner of område B;
 *  - per's manager has left; his overdue asset a4 escalates to ingrid too;
 *  - lars has left; his asset a3 goes to ingrid as her own item;
 *  - asset a5 has no owner and område A no information owner: it goes to sara, the security coordinator;
 *  - risk r2 has neither owner nor follow-up date: two duties for ingrid.
 */
const scenario: RegisterSnapshot = aSnapshot({
  units,
  roster: [
    aPerson({ email: 'olle@region.se', unitId: 'u-enhet-a', managerEmail: 'mona@region.se', groups: ['regionstyrelsen'] }),
    aPerson({ email: 'mona@region.se', unitId: 'u-enhet-a' }),
    aPerson({ email: 'nils@region.se', unitId: 'u-enhet-b' }),
    aPerson({ email: 'per@region.se', unitId: 'u-enhet-b', managerEmail: 'gone@region.se' }),
    aPerson({ email: 'gone@region.se', unitId: 'u-enhet-b', endDate: '2026-02-28' }),
    aPerson({ email: 'lars@region.se', unitId: 'u-enhet-b', endDate: '2026-03-31' }),
    aPerson({ email: 'ingrid@region.se', unitId: 'u-omr-b' }),
    aPerson({ email: 'sara@region.se', unitId: 'u-forv' })
  ],
  roleAssignments: [
    aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-b', holderEmail: 'ingrid@region.se' }),
    aRoleAssignment({ id: 'ra2', roleKey: 'informationssakerhetssamordnare', holderEmail: 'sara@region.se' })
  ],
  systems: [
    aSystem({
      id: 's1',
      name: 'Journalsystemet',
      unitId: 'u-enhet-a',
      ownerEmail: 'olle@region.se',
      societallyImportant: true,
      securityPlan: approvedOn('2025-05-01'), // expired 2026-05-01: 45 days overdue
      reserveRoutines: { status: 'missing' }
    })
  ],
  assets: [
    anAsset({ id: 'a1', unitId: 'u-enhet-a', ownerEmail: 'olle@region.se' }), // never classified
    anAsset({ id: 'a2', unitId: 'u-enhet-b', ownerEmail: 'nils@region.se' }), // due 2026-01-10: 156 days overdue
    anAsset({ id: 'a3', unitId: 'u-enhet-b', ownerEmail: 'lars@region.se' }), // never classified, owner left
    anAsset({ id: 'a4', unitId: 'u-enhet-b', ownerEmail: 'per@region.se' }), // due 2026-04-01: 75 days overdue
    anAsset({ id: 'a5', unitId: 'u-enhet-a' }) // never classified, no owner
  ],
  classifications: [
    aClassification({ id: 'k-s1', targetKind: 'system', targetId: 's1', classifiedOn: '2026-01-15' }),
    aClassification({ id: 'k-a2', targetId: 'a2', classifiedOn: '2025-01-10' }),
    aClassification({ id: 'k-a4', targetId: 'a4', classifiedOn: '2025-04-01' })
  ],
  // For system owners, published 2026-05-01: due 2026-05-31, 15 days overdue.
  documentVersions: [aDocumentVersion({ id: 'dv1', publishedOn: '2026-05-01', requiredForRoles: ['systemagare'] })],
  risks: [
    aRisk({ id: 'r1', unitId: 'u-enhet-a', ownerEmail: 'olle@region.se', followUpOn: '2026-06-01' }), // 14 days overdue
    aRisk({ id: 'r2', unitId: 'u-enhet-b', ownerEmail: undefined, followUpOn: undefined })
  ]
});

const scenarioHistory = historyOf({
  'classification:asset:a1:olle@region.se': '2026-05-01', // 45 days ago: past the 30-day grace
  'reserve-routines:system:s1:olle@region.se': '2026-05-16' // 30 days ago: not past it
});

const digestOf = (plan: NudgePlan, email: string): Digest | undefined => plan.digests.find((digest) => digest.recipientEmail === email);
const owedKeys = (digest: Digest | undefined): string[] => (digest?.owed ?? []).map((item) => item.key);
const escalations = (digest: Digest | undefined): Array<[string, string]> => (digest?.escalated ?? []).map((e) => [e.item.key, e.route]);

describe('planNudges: one digest per person with everything they owe (R-NDG-1, R-NDG-2)', () => {
  const plan = planNudges(scenario, config, scenarioHistory, today);

  test('one digest per recipient, sorted by e-mail; people who owe nothing and are told nothing get none', () => {
    expect(plan.asOf).toBe(today);
    expect(plan.digests.map((digest) => digest.recipientEmail)).toEqual([
      'ingrid@region.se',
      'mona@region.se',
      'nils@region.se',
      'olle@region.se',
      'per@region.se',
      'sara@region.se'
    ]);
    expect(plan.unroutable).toEqual([]);
  });

  test('olle\'s single digest lists all six topics, most urgent first', () => {
    expect(digestOf(plan, 'olle@region.se')?.owed).toEqual([
      {
        key: 'training:course:styrelseutbildning:olle@region.se',
        topic: 'training',
        detail: '0/1',
        subjectKind: 'course',
        subjectId: 'styrelseutbildning',
        subjectName: 'styrelseutbildning',
        unitId: undefined,
        responsibleEmail: 'olle@region.se',
        urgency: 'overdue',
        dueOn: '2025-06-30',
        daysOverdue: 350 // 184 days to the year end + 166
      },
      {
        key: 'security-plan:system:s1:olle@region.se',
        topic: 'security-plan',
        detail: 'expired',
        subjectKind: 'system',
        subjectId: 's1',
        subjectName: 'Journalsystemet',
        unitId: 'u-enhet-a',
        responsibleEmail: 'olle@region.se',
        urgency: 'overdue',
        dueOn: '2026-05-01',
        daysOverdue: 45
      },
      {
        key: 'acknowledgement:document:dv1:olle@region.se',
        topic: 'acknowledgement',
        detail: 'version 1.0',
        subjectKind: 'document',
        subjectId: 'dv1',
        subjectName: 'Fördelning av ansvar',
        unitId: undefined,
        responsibleEmail: 'olle@region.se',
        urgency: 'overdue',
        dueOn: '2026-05-31',
        daysOverdue: 15
      },
      {
        key: 'risk-follow-up:risk:r1:follow-up-overdue:olle@region.se',
        topic: 'risk-follow-up',
        detail: 'follow-up-overdue',
        subjectKind: 'risk',
        subjectId: 'r1',
        subjectName: 'Risk r1',
        unitId: 'u-enhet-a',
        responsibleEmail: 'olle@region.se',
        urgency: 'overdue',
        dueOn: '2026-06-01',
        daysOverdue: 14
      },
      {
        key: 'classification:asset:a1:olle@region.se',
        topic: 'classification',
        detail: 'missing',
        subjectKind: 'asset',
        subjectId: 'a1',
        subjectName: 'Asset a1',
        unitId: 'u-enhet-a',
        responsibleEmail: 'olle@region.se',
        urgency: 'missing',
        dueOn: undefined,
        daysOverdue: 0
      },
      {
        key: 'reserve-routines:system:s1:olle@region.se',
        topic: 'reserve-routines',
        detail: 'missing',
        subjectKind: 'system',
        subjectId: 's1',
        subjectName: 'Journalsystemet',
        unitId: 'u-enhet-a',
        responsibleEmail: 'olle@region.se',
        urgency: 'missing',
        dueOn: undefined,
        daysOverdue: 0
      }
    ]);
    expect(digestOf(plan, 'olle@region.se')?.escalated).toEqual([]);
  });

  test('mona, olle\'s manager, is told what he owes past its grace, and nothing within it (R-NDG-3)', () => {
    const mona = digestOf(plan, 'mona@region.se');
    expect(mona?.owed).toEqual([]);
    // training 350 > 30, security plan 45 > 30, acknowledgement 15 > 14, classification first sent 45 days ago > 30;
    // not the risk (14, not > 14) nor the reserve routines (first sent 30 days ago, not > 30).
    expect(escalations(mona)).toEqual([
      ['training:course:styrelseutbildning:olle@region.se', 'manager'],
      ['security-plan:system:s1:olle@region.se', 'manager'],
      ['acknowledgement:document:dv1:olle@region.se', 'manager'],
      ['classification:asset:a1:olle@region.se', 'manager']
    ]);
    expect(mona?.escalated.map((e) => e.key)).toEqual([
      'escalation:training:course:styrelseutbildning:olle@region.se:mona@region.se',
      'escalation:security-plan:system:s1:olle@region.se:mona@region.se',
      'escalation:acknowledgement:document:dv1:olle@region.se:mona@region.se',
      'escalation:classification:asset:a1:olle@region.se:mona@region.se'
    ]);
  });

  test('nils (no manager) and per (manager left) escalate to the information owner of their område', () => {
    expect(owedKeys(digestOf(plan, 'nils@region.se'))).toEqual(['classification:asset:a2:nils@region.se']);
    expect(digestOf(plan, 'nils@region.se')?.owed[0]).toMatchObject({ urgency: 'overdue', dueOn: '2026-01-10', daysOverdue: 156 });
    expect(owedKeys(digestOf(plan, 'per@region.se'))).toEqual(['classification:asset:a4:per@region.se']);
    expect(digestOf(plan, 'per@region.se')?.owed[0]).toMatchObject({ urgency: 'overdue', dueOn: '2026-04-01', daysOverdue: 75 });
    expect(escalations(digestOf(plan, 'ingrid@region.se'))).toEqual([
      ['classification:asset:a2:nils@region.se', 'area-responsible'],
      ['classification:asset:a4:per@region.se', 'area-responsible']
    ]);
  });

  test('ingrid owns what a departed owner left behind and what has no owner in her område', () => {
    expect(owedKeys(digestOf(plan, 'ingrid@region.se'))).toEqual([
      'classification:asset:a3:ingrid@region.se',
      // Two duties on one risk: two items with two keys (R-NDG-4: one key per duty and person).
      'risk-follow-up:risk:r2:no-follow-up-date:ingrid@region.se',
      'risk-follow-up:risk:r2:no-owner:ingrid@region.se'
    ]);
    expect(digestOf(plan, 'ingrid@region.se')?.owed.map((item) => item.responsibleEmail)).toEqual([
      'ingrid@region.se',
      'ingrid@region.se',
      'ingrid@region.se'
    ]);
  });

  test('an item without an owner in an område without an information owner goes to the security coordinator', () => {
    expect(owedKeys(digestOf(plan, 'sara@region.se'))).toEqual(['classification:asset:a5:sara@region.se']);
    expect(digestOf(plan, 'sara@region.se')?.escalated).toEqual([]);
  });

  test('nobody who left gets a digest, and nothing is addressed to them', () => {
    const everyone = plan.digests.flatMap((digest) => [digest.recipientEmail, ...digest.owed.map((i) => i.responsibleEmail)]);
    expect(everyone).not.toContain('lars@region.se');
    expect(everyone).not.toContain('gone@region.se');
  });

  test('every item key and escalation key is unique across the plan (R-NDG-4)', () => {
    const keys = plan.digests.flatMap((digest) => [...digest.owed.map((item) => item.key), ...digest.escalated.map((e) => e.key)]);
    expect(keys).toHaveLength(18);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('grace periods before escalation (R-NDG-3)', () => {
  const base = {
    units,
    roster: [aPerson({ email: 'olle@region.se', unitId: 'u-enhet-a', managerEmail: 'mona@region.se' }), aPerson({ email: 'mona@region.se', unitId: 'u-enhet-a' })]
  };

  test.each<[string, string, boolean]>([
    // acknowledgement, 14-day grace: published + 30 days is the due date
    ['acknowledgement 14 days overdue: within the grace', '2026-05-02', false], // due 2026-06-01
    ['acknowledgement 15 days overdue: escalated', '2026-05-01', true], // due 2026-05-31
    ['acknowledgement due soon: never escalated', '2026-05-30', false] // due 2026-06-29
  ])('%s', (_what, publishedOn, escalated) => {
    const snapshot = aSnapshot({
      ...base,
      roster: base.roster.map((p) => (p.email === 'olle@region.se' ? { ...p, managerSince: isoDate('2020-01-01') } : p)),
      documentVersions: [aDocumentVersion({ id: 'dv1', publishedOn, requiredForManagers: true })]
    });
    const plan = planNudges(snapshot, config, NO_HISTORY, today);
    expect(owedKeys(digestOf(plan, 'olle@region.se'))).toEqual(['acknowledgement:document:dv1:olle@region.se']);
    expect(escalations(digestOf(plan, 'mona@region.se'))).toEqual(escalated ? [['acknowledgement:document:dv1:olle@region.se', 'manager']] : []);
  });

  test.each<[string, string, boolean]>([
    // classification, 30-day grace; classified + 12 months is the due date
    ['classification 30 days overdue: within the grace', '2025-05-16', false], // due 2026-05-16
    ['classification 31 days overdue: escalated', '2025-05-15', true] // due 2026-05-15
  ])('%s', (_what, classifiedOn, escalated) => {
    const snapshot = aSnapshot({
      ...base,
      assets: [anAsset({ id: 'a1', unitId: 'u-enhet-a', ownerEmail: 'olle@region.se' })],
      classifications: [aClassification({ id: 'k1', targetId: 'a1', classifiedOn })]
    });
    const plan = planNudges(snapshot, config, NO_HISTORY, today);
    expect(escalations(digestOf(plan, 'mona@region.se'))).toEqual(escalated ? [['classification:asset:a1:olle@region.se', 'manager']] : []);
  });

  test.each<[string, Record<string, string>, boolean]>([
    // No due date (never classified): the grace counts from the first reminder in the NudgeLog.
    ['never sent before: not escalated', {}, false],
    ['first sent today', { 'classification:asset:a1:olle@region.se': '2026-06-15' }, false],
    ['first sent 30 days ago', { 'classification:asset:a1:olle@region.se': '2026-05-16' }, false],
    ['first sent 31 days ago', { 'classification:asset:a1:olle@region.se': '2026-05-15' }, true],
    ['another item\'s history does not count', { 'classification:asset:a9:olle@region.se': '2025-01-01' }, false],
    ['the same item sent to someone else does not count', { 'classification:asset:a1:mona@region.se': '2025-01-01' }, false]
  ])('an item without a due date: %s', (_what, firstSent, escalated) => {
    const snapshot = aSnapshot({ ...base, assets: [anAsset({ id: 'a1', unitId: 'u-enhet-a', ownerEmail: 'olle@region.se' })] });
    const plan = planNudges(snapshot, config, historyOf(firstSent), today);
    expect(owedKeys(digestOf(plan, 'olle@region.se'))).toEqual(['classification:asset:a1:olle@region.se']);
    expect(escalations(digestOf(plan, 'mona@region.se'))).toEqual(escalated ? [['classification:asset:a1:olle@region.se', 'manager']] : []);
  });

  test('a region\'s own grace period is used', () => {
    const noGrace = configWith({ training: config.training, nudges: { escalateAfterDays: { classification: 0 } } });
    const snapshot = aSnapshot({
      ...base,
      assets: [anAsset({ id: 'a1', unitId: 'u-enhet-a', ownerEmail: 'olle@region.se' })],
      classifications: [aClassification({ id: 'k1', targetId: 'a1', classifiedOn: '2025-06-14' })] // 1 day overdue
    });
    expect(escalations(digestOf(planNudges(snapshot, noGrace, NO_HISTORY, today), 'mona@region.se'))).toEqual([
      ['classification:asset:a1:olle@region.se', 'manager']
    ]);
    expect(digestOf(planNudges(snapshot, config, NO_HISTORY, today), 'mona@region.se')).toBeUndefined();
  });

  test('a risk without an owner escalates counting from the first reminder, even when the risk has a follow-up date', () => {
    const snapshot = aSnapshot({
      units,
      roster: [aPerson({ email: 'ingrid@region.se', unitId: 'u-omr-b', managerEmail: 'chef@region.se' }), aPerson({ email: 'chef@region.se', unitId: 'u-forv' })],
      roleAssignments: [aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-b', holderEmail: 'ingrid@region.se' })],
      risks: [aRisk({ id: 'r1', unitId: 'u-enhet-b', ownerEmail: undefined, followUpOn: '2026-12-31' })]
    });
    const key = 'risk-follow-up:risk:r1:no-owner:ingrid@region.se';
    // 14-day grace: first sent 15 days ago → escalated to ingrid's manager; 14 days ago → not.
    const escalatedAfter = (firstSentOn: string): Array<[string, string]> =>
      escalations(digestOf(planNudges(snapshot, config, historyOf({ [key]: firstSentOn }), today), 'chef@region.se'));
    expect(owedKeys(digestOf(planNudges(snapshot, config, NO_HISTORY, today), 'ingrid@region.se'))).toEqual([key]);
    expect(escalatedAfter('2026-05-31')).toEqual([[key, 'manager']]);
    expect(escalatedAfter('2026-06-01')).toEqual([]);
  });
});

describe('whom an escalation goes to (R-NDG-3)', () => {
  const overdueAsset = (ownerEmail: string | undefined, unitId = 'u-enhet-b'): Partial<RegisterSnapshot> => ({
    assets: [anAsset({ id: 'a1', unitId, ownerEmail })],
    classifications: [aClassification({ id: 'k1', targetId: 'a1', classifiedOn: '2025-01-10' })] // 156 days overdue
  });
  const informationOwnerB = aRoleAssignment({ id: 'ra1', roleKey: 'informationsagare', unitId: 'u-omr-b', holderEmail: 'ingrid@region.se' });
  const coordinator = aRoleAssignment({ id: 'ra2', roleKey: 'informationssakerhetssamordnare', holderEmail: 'sara@region.se' });
  const people = [
    aPerson({ email: 'nils@region.se', unitId: 'u-enhet-b' }),
    aPerson({ email: 'ingrid@region.se', unitId: 'u-omr-b' }),
    aPerson({ email: 'sara@region.se', unitId: 'u-forv' })
  ];

  test.each<[string, Partial<RegisterSnapshot>, string | undefined, string | undefined]>([
    ['no manager: the område\'s information owner', { roster: people, roleAssignments: [informationOwnerB, coordinator] }, 'ingrid@region.se', 'area-responsible'],
    ['no manager, no information owner: the security coordinator', { roster: people, roleAssignments: [coordinator] }, 'sara@region.se', 'fallback-role'],
    [
      'the information owner has left: the security coordinator',
      { roster: people.map((p) => (p.email === 'ingrid@region.se' ? { ...p, endDate: isoDate('2026-05-31') } : p)), roleAssignments: [informationOwnerB, coordinator] },
      'sara@region.se',
      'fallback-role'
    ],
    ['nobody to tell: no escalation', { roster: people, roleAssignments: [] }, undefined, undefined],
    [
      'a manager who is on the roster wins over the information owner',
      { roster: [...people.filter((p) => p.email !== 'nils@region.se'), aPerson({ email: 'nils@region.se', unitId: 'u-enhet-b', managerEmail: 'mona@region.se' }), aPerson({ email: 'mona@region.se' })], roleAssignments: [informationOwnerB, coordinator] },
      'mona@region.se',
      'manager'
    ],
    [
      'a manager not yet employed counts as no manager',
      { roster: [...people.filter((p) => p.email !== 'nils@region.se'), aPerson({ email: 'nils@region.se', unitId: 'u-enhet-b', managerEmail: 'mona@region.se' }), aPerson({ email: 'mona@region.se', startDate: '2026-09-01' })], roleAssignments: [informationOwnerB, coordinator] },
      'ingrid@region.se',
      'area-responsible'
    ]
  ])('%s', (_what, registers, recipient, route) => {
    const plan = planNudges(aSnapshot({ units, ...overdueAsset('nils@region.se'), ...registers }), config, NO_HISTORY, today);
    const escalated = plan.digests.flatMap((digest) => digest.escalated.map((e) => [digest.recipientEmail, e.route, e.item.key]));
    expect(escalated).toEqual(recipient === undefined ? [] : [[recipient, route, 'classification:asset:a1:nils@region.se']]);
    expect(owedKeys(digestOf(plan, 'nils@region.se'))).toEqual(['classification:asset:a1:nils@region.se']);
    expect(plan.unroutable).toEqual([]);
  });

  test('the information owner\'s own overdue item does not escalate to herself: it goes to the fallback role', () => {
    const plan = planNudges(
      aSnapshot({ units, ...overdueAsset('ingrid@region.se'), roster: people, roleAssignments: [informationOwnerB, coordinator] }),
      config,
      NO_HISTORY,
      today
    );
    expect(escalations(digestOf(plan, 'ingrid@region.se'))).toEqual([]);
    expect(escalations(digestOf(plan, 'sara@region.se'))).toEqual([['classification:asset:a1:ingrid@region.se', 'fallback-role']]);
  });

  test('the security coordinator\'s own item with nobody above: no escalation, and not lost as unroutable', () => {
    const plan = planNudges(
      aSnapshot({ units, ...overdueAsset('sara@region.se', 'u-forv'), roster: people, roleAssignments: [coordinator] }),
      config,
      NO_HISTORY,
      today
    );
    expect(plan.digests.map((d) => [d.recipientEmail, owedKeys(d), escalations(d)])).toEqual([
      ['sara@region.se', ['classification:asset:a1:sara@region.se'], []]
    ]);
    expect(plan.unroutable).toEqual([]);
  });
});

describe('items nobody can take (R-NDG-1, for the council)', () => {
  test('no owner, no information owner, no coordinator: unroutable, and no digest', () => {
    const plan = planNudges(
      aSnapshot({ units, roster: [aPerson({ email: 'nils@region.se', unitId: 'u-enhet-b' })], assets: [anAsset({ id: 'a1', unitId: 'u-enhet-b' })] }),
      config,
      NO_HISTORY,
      today
    );
    expect(plan.digests).toEqual([]);
    expect(plan.unroutable).toEqual([
      {
        topic: 'classification',
        detail: 'missing',
        subjectKind: 'asset',
        subjectId: 'a1',
        subjectName: 'Asset a1',
        unitId: 'u-enhet-b',
        responsibleEmail: undefined,
        urgency: 'missing',
        dueOn: undefined,
        daysOverdue: 0
      }
    ]);
  });

  test('an owner who left and an area with nobody reachable: unroutable, with the departed owner named', () => {
    const plan = planNudges(
      aSnapshot({
        units,
        roster: [aPerson({ email: 'lars@region.se', endDate: '2026-03-31' })],
        assets: [anAsset({ id: 'a1', unitId: 'u-enhet-b', ownerEmail: 'lars@region.se' })]
      }),
      config,
      NO_HISTORY,
      today
    );
    expect(plan.digests).toEqual([]);
    expect(plan.unroutable.map((item) => [item.subjectId, item.responsibleEmail])).toEqual([['a1', 'lars@region.se']]);
  });
});

describe('determinism (R-NDG-2, R-NDG-4)', () => {
  test('the same input twice gives deep-equal plans', () => {
    expect(planNudges(scenario, config, scenarioHistory, today)).toEqual(planNudges(scenario, config, scenarioHistory, today));
  });

  test('registers read in another order give the same plan', () => {
    expect(planNudges(reorderedSnapshot(scenario), config, scenarioHistory, today)).toEqual(planNudges(scenario, config, scenarioHistory, today));
    const reversed = Object.fromEntries(Object.entries(scenario).map(([key, list]) => [key, [...(list as unknown[])].reverse()])) as unknown as RegisterSnapshot;
    expect(planNudges(reversed, config, scenarioHistory, today)).toEqual(planNudges(scenario, config, scenarioHistory, today));
  });

  test('the planner does not change its input', () => {
    const before = JSON.stringify(scenario);
    planNudges(scenario, config, scenarioHistory, today);
    expect(JSON.stringify(scenario)).toBe(before);
  });
});

describe('an empty register', () => {
  test('gives an empty plan', () => {
    expect(planNudges(EMPTY_SNAPSHOT, DEFAULT_REGION_CONFIG, NO_HISTORY, today)).toEqual({ asOf: today, digests: [], unroutable: [] });
  });

  test('a roster with nobody owing anything gives an empty plan', () => {
    const plan = planNudges(aSnapshot({ units, roster: [aPerson({ email: 'a@region.se' })] }), config, NO_HISTORY, today);
    expect(plan).toEqual({ asOf: today, digests: [], unroutable: [] });
  });
});
