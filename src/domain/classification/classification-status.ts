import type { RegionConfig } from '../../config/region-config';
import type { InformationAsset } from '../assets/information-asset';
import type { ItSystem } from '../systems/it-system';
import { isCurrentSystem } from '../systems/it-system';
import { addMonthsTo, daysBetween, isBefore, type IsoDate } from '../shared/calendar';
import type { Classification, ClassifiedKind } from './classification';

export type ClassificationState = 'missing' | 'overdue' | 'due-soon' | 'current';

export interface ClassificationDuty {
  readonly targetKind: ClassifiedKind;
  readonly targetId: string;
  readonly targetName: string;
  /** Who must act: the information owner of an asset, the system owner of a system (R-CLS-2). */
  readonly ownerEmail: string | undefined;
  readonly unitId: string;
  readonly state: ClassificationState;
  readonly latest: Classification | undefined;
  /** When the next classification is due; for a missing one, undefined (it is due now). */
  readonly dueOn: IsoDate | undefined;
}

/** The classification in force per target: the newest by date, ties broken by id so the answer never depends on read order. */
export function latestClassifications(classifications: readonly Classification[]): Map<string, Classification> {
  const latest = new Map<string, Classification>();
  for (const classification of classifications) {
    const key = `${classification.targetKind}:${classification.targetId}`;
    const known = latest.get(key);
    if (
      !known ||
      isBefore(known.classifiedOn, classification.classifiedOn) ||
      (known.classifiedOn === classification.classifiedOn && known.id < classification.id)
    ) {
      latest.set(key, classification);
    }
  }
  return latest;
}

/** The review date: the region's interval from the classification date, or the classifier's earlier date. */
export function classificationDueOn(classification: Classification, config: RegionConfig): IsoDate {
  const byInterval = addMonthsTo(classification.classifiedOn, config.classification.reviewIntervalMonths);
  const explicit = classification.nextReviewOn;
  return explicit !== undefined && isBefore(explicit, byInterval) ? explicit : byInterval;
}

export function classificationState(
  latest: Classification | undefined,
  config: RegionConfig,
  today: IsoDate
): { state: ClassificationState; dueOn: IsoDate | undefined } {
  if (!latest) return { state: 'missing', dueOn: undefined };
  const dueOn = classificationDueOn(latest, config);
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { state: 'overdue', dueOn };
  if (daysLeft <= config.classification.dueSoonDays) return { state: 'due-soon', dueOn };
  return { state: 'current', dueOn };
}

/** R-CLS-1: prioritised assets (per configuration) and every active IT system must be classified. */
export function requiresClassification(
  target: { kind: 'asset'; asset: InformationAsset } | { kind: 'system'; system: ItSystem },
  config: RegionConfig
): boolean {
  if (target.kind === 'system') return isCurrentSystem(target.system);
  return config.classification.requiredForAssetPriorities.includes(target.asset.priority);
}

/**
 * Every asset and system that must be classified, with its state on `today` (R-CLS-1, R-CLS-2).
 * Sorted by kind and id so that the same registers always give the same list.
 */
export function classificationDuties(
  assets: readonly InformationAsset[],
  systems: readonly ItSystem[],
  classifications: readonly Classification[],
  config: RegionConfig,
  today: IsoDate
): ClassificationDuty[] {
  const latest = latestClassifications(classifications);
  const duties: ClassificationDuty[] = [];
  for (const asset of assets) {
    if (!requiresClassification({ kind: 'asset', asset }, config)) continue;
    const current = latest.get(`asset:${asset.id}`);
    duties.push({
      targetKind: 'asset',
      targetId: asset.id,
      targetName: asset.name,
      ownerEmail: asset.ownerEmail,
      unitId: asset.unitId,
      latest: current,
      ...classificationState(current, config, today)
    });
  }
  for (const system of systems) {
    if (!requiresClassification({ kind: 'system', system }, config)) continue;
    const current = latest.get(`system:${system.id}`);
    duties.push({
      targetKind: 'system',
      targetId: system.id,
      targetName: system.name,
      ownerEmail: system.ownerEmail,
      unitId: system.unitId,
      latest: current,
      ...classificationState(current, config, today)
    });
  }
  return duties.sort((a, b) => a.targetKind.localeCompare(b.targetKind) || a.targetId.localeCompare(b.targetId));
}

export function needsAction(duty: ClassificationDuty): boolean {
  return duty.state === 'missing' || duty.state === 'overdue';
}
