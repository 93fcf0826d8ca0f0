import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import {
  continuityDuties,
  continuityNeedsAction,
  type ContinuityDuty,
  type ContinuityState
} from '../../../src/domain/systems/continuity-duties';
import type { z } from 'zod';
import type { approvalSchema } from '../../../src/domain/systems/it-system';
import { aSystem } from '../builders';
import { approvedOn, configWith } from '../builders-extra';

/* Default: SSP and reserve routines re-approved every 12 months; "due soon" is the nudges' 14-day window. */
const config = DEFAULT_REGION_CONFIG;

describe('continuityDuties: which systems (R-SYS-1)', () => {
  test('only active, societally important systems get duties, one per document', () => {
    const duties = continuityDuties(
      [
        aSystem({ id: 's-si', societallyImportant: true }),
        aSystem({ id: 's-not-si', societallyImportant: false }),
        aSystem({ id: 's-planned', societallyImportant: true, lifecycle: 'planned' }),
        aSystem({ id: 's-retired', societallyImportant: true, lifecycle: 'retired' })
      ],
      config,
      isoDate('2026-06-15')
    );
    expect(duties.map((duty) => [duty.systemId, duty.document, duty.state])).toEqual([
      ['s-si', 'security-plan', 'missing'],
      ['s-si', 'reserve-routines', 'missing']
    ]);
  });

  test('a system that is not societally important has no duty even when its documents are missing', () => {
    expect(continuityDuties([aSystem({ id: 's1' })], config, isoDate('2026-06-15'))).toEqual([]);
  });

  test('empty register, no duties', () => {
    expect(continuityDuties([], config, isoDate('2026-06-15'))).toEqual([]);
  });

  test('output is sorted by system id, security plan before reserve routines', () => {
    const duties = continuityDuties(
      ['s-c', 's-a', 's-b'].map((id) => aSystem({ id, societallyImportant: true })),
      config,
      isoDate('2026-06-15')
    );
    expect(duties.map((duty) => `${duty.systemId}/${duty.document}`)).toEqual([
      's-a/security-plan',
      's-a/reserve-routines',
      's-b/security-plan',
      's-b/reserve-routines',
      's-c/security-plan',
      's-c/reserve-routines'
    ]);
  });

  test('the duty names the system, its owner and unit', () => {
    const [duty] = continuityDuties(
      [aSystem({ id: 's1', name: 'Journalsystemet', societallyImportant: true, ownerEmail: 'Systemagare@Region.se', unitId: 'u-it' })],
      config,
      isoDate('2026-06-15')
    );
    expect(duty).toEqual({
      systemId: 's1',
      systemName: 'Journalsystemet',
      ownerEmail: 'systemagare@region.se',
      unitId: 'u-it',
      document: 'security-plan',
      state: 'missing',
      dueOn: undefined
    });
  });
});

describe('continuityDuties: the state of each approval (R-SYS-1)', () => {
  test.each<[string, string, z.input<typeof approvalSchema>, ContinuityState, string | undefined]>([
    // [what, today, approval, expected state, expected dueOn]
    ['nothing written', '2026-06-15', { status: 'missing' }, 'missing', undefined],
    ['a draft', '2026-06-15', { status: 'draft' }, 'not-approved', undefined],
    ['a draft of a revision, with an old date', '2026-06-15', { status: 'draft', approvedOn: '2026-01-01' }, 'not-approved', undefined],
    ['approved 12 months and a day ago', '2026-06-15', approvedOn('2025-06-14'), 'expired', '2026-06-14'],
    ['approved exactly 12 months ago: due today', '2026-06-15', approvedOn('2025-06-15'), 'due-soon', '2026-06-15'],
    ['14 days left: the window\'s edge', '2026-06-15', approvedOn('2025-06-29'), 'due-soon', '2026-06-29'],
    ['15 days left', '2026-06-15', approvedOn('2025-06-30'), 'current', '2026-06-30'],
    ['approved this year', '2026-06-15', approvedOn('2026-01-10'), 'current', '2027-01-10'],
    ['approved on a leap day, due 28 Feb: on that day', '2025-02-28', approvedOn('2024-02-29'), 'due-soon', '2025-02-28'],
    ['approved on a leap day, the day after 28 Feb', '2025-03-01', approvedOn('2024-02-29'), 'expired', '2025-02-28'],
    ['approved on a leap day, 14 days before', '2025-02-14', approvedOn('2024-02-29'), 'due-soon', '2025-02-28'],
    ['approved on a leap day, 15 days before', '2025-02-13', approvedOn('2024-02-29'), 'current', '2025-02-28']
  ])('%s (today %s)', (_what, today, approval, state, dueOn) => {
    const duties = continuityDuties(
      [aSystem({ id: 's1', societallyImportant: true, securityPlan: approval, reserveRoutines: approval })],
      config,
      isoDate(today)
    );
    expect(duties.map((duty) => [duty.document, duty.state, duty.dueOn])).toEqual([
      ['security-plan', state, dueOn],
      ['reserve-routines', state, dueOn]
    ]);
  });

  test('the two documents are judged separately', () => {
    const duties = continuityDuties(
      [aSystem({ id: 's1', societallyImportant: true, securityPlan: approvedOn('2026-01-10'), reserveRoutines: { status: 'draft' } })],
      config,
      isoDate('2026-06-15')
    );
    expect(duties.map((duty) => [duty.document, duty.state])).toEqual([
      ['security-plan', 'current'],
      ['reserve-routines', 'not-approved']
    ]);
  });

  test('each document has its own configured interval', () => {
    const configured = configWith({ systems: { securityPlanReviewMonths: 24, reserveRoutinesReviewMonths: 6 } });
    const duties = continuityDuties(
      [
        aSystem({ id: 's1', societallyImportant: true, securityPlan: approvedOn('2025-01-10'), reserveRoutines: approvedOn('2025-12-01') }),
        aSystem({ id: 's2', societallyImportant: true, securityPlan: approvedOn('2024-06-14'), reserveRoutines: approvedOn('2026-01-10') })
      ],
      configured,
      isoDate('2026-06-15')
    );
    expect(duties.map((duty) => [duty.systemId, duty.document, duty.state, duty.dueOn])).toEqual([
      ['s1', 'security-plan', 'current', '2027-01-10'],
      ['s1', 'reserve-routines', 'expired', '2026-06-01'],
      ['s2', 'security-plan', 'expired', '2026-06-14'],
      ['s2', 'reserve-routines', 'current', '2026-07-10']
    ]);
  });

  test('the due-soon window follows the nudges\' configuration', () => {
    const configured = configWith({ nudges: { dueSoonDays: 30 } });
    const duties = continuityDuties([aSystem({ id: 's1', societallyImportant: true, securityPlan: approvedOn('2025-07-15') })], configured, isoDate('2026-06-15'));
    expect([duties[0].state, duties[0].dueOn]).toEqual(['due-soon', '2026-07-15']);
  });
});

describe('continuityNeedsAction: what the system owner is nudged about (R-SYS-1, R-NDG-1)', () => {
  test.each<[ContinuityState, boolean]>([
    ['missing', true],
    ['not-approved', true],
    ['expired', true],
    ['due-soon', false],
    ['current', false]
  ])('%s → %s', (state, expected) => {
    const duty: ContinuityDuty = {
      systemId: 's1',
      systemName: 'System',
      ownerEmail: undefined,
      unitId: 'u1',
      document: 'security-plan',
      state,
      dueOn: undefined
    };
    expect(continuityNeedsAction(duty)).toBe(expected);
  });
});
