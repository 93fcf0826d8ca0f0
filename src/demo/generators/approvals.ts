import type { Approval } from '../../domain/systems/it-system';
import type { IsoDate } from '../../domain/shared/calendar';
import { addDays, addMonths, daysBefore } from '../demo-dates';
import type { Random } from '../random';

/** Where an approved document (SSP, reserve routines, continuity plan) stands on asOf. */
export type ApprovalScenario = 'current' | 'due-soon' | 'expired' | 'draft' | 'missing';

/**
 * An approval that is in the given state on `asOf` for a document re-approved every
 * `reviewMonths`; due-soon lands inside the nudges' due-soon window (R-SYS-1).
 */
export function approvalFor(
  scenario: ApprovalScenario,
  asOf: IsoDate,
  reviewMonths: number,
  dueSoonDays: number,
  random: Random
): Approval {
  switch (scenario) {
    case 'missing':
      return { status: 'missing', approvedOn: undefined };
    case 'draft':
      return { status: 'draft', approvedOn: undefined };
    case 'current':
      return { status: 'approved', approvedOn: daysBefore(asOf, random.int(20, Math.max(21, reviewMonths * 30 - dueSoonDays - 20))) };
    case 'due-soon':
      return { status: 'approved', approvedOn: addDays(addMonths(asOf, -reviewMonths), random.int(1, Math.max(1, dueSoonDays - 1))) };
    case 'expired':
      return { status: 'approved', approvedOn: daysBefore(addMonths(asOf, -reviewMonths), random.int(5, 700)) };
  }
}
