import type { RegionConfig } from '../../config/region-config';
import { addMonthsTo, daysBetween, type IsoDate } from '../shared/calendar';
import { isCurrentSystem, type Approval, type ItSystem } from './it-system';

export type ContinuityDocument = 'security-plan' | 'reserve-routines';
export type ContinuityState = 'missing' | 'not-approved' | 'expired' | 'due-soon' | 'current';

export interface ContinuityDuty {
  readonly systemId: string;
  readonly systemName: string;
  readonly ownerEmail: string | undefined;
  readonly unitId: string;
  readonly document: ContinuityDocument;
  readonly state: ContinuityState;
  /** When the approval runs out; undefined when nothing has been approved. */
  readonly dueOn: IsoDate | undefined;
}

function stateOf(
  approval: Approval,
  reviewMonths: number,
  dueSoonDays: number,
  today: IsoDate
): { state: ContinuityState; dueOn: IsoDate | undefined } {
  if (approval.status === 'missing') return { state: 'missing', dueOn: undefined };
  if (approval.status !== 'approved' || approval.approvedOn === undefined) return { state: 'not-approved', dueOn: undefined };
  const dueOn = addMonthsTo(approval.approvedOn, reviewMonths);
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { state: 'expired', dueOn };
  if (daysLeft <= dueSoonDays) return { state: 'due-soon', dueOn };
  return { state: 'current', dueOn };
}

/**
 * R-SYS-1: every active, societally important system needs an approved system security plan
 * (SSP) and approved reserve routines, each re-approved within the region's interval.
 */
export function continuityDuties(systems: readonly ItSystem[], config: RegionConfig, today: IsoDate): ContinuityDuty[] {
  const duties: ContinuityDuty[] = [];
  const sorted = [...systems].sort((a, b) => a.id.localeCompare(b.id));
  for (const system of sorted) {
    if (!system.societallyImportant || !isCurrentSystem(system)) continue;
    const documents: Array<[ContinuityDocument, Approval, number]> = [
      ['security-plan', system.securityPlan, config.systems.securityPlanReviewMonths],
      ['reserve-routines', system.reserveRoutines, config.systems.reserveRoutinesReviewMonths]
    ];
    for (const [document, approval, months] of documents) {
      duties.push({
        systemId: system.id,
        systemName: system.name,
        ownerEmail: system.ownerEmail,
        unitId: system.unitId,
        document,
        ...stateOf(approval, months, config.nudges.dueSoonDays, today)
      });
    }
  }
  return duties;
}

export function continuityNeedsAction(duty: ContinuityDuty): boolean {
  return duty.state !== 'current' && duty.state !== 'due-soon';
}
