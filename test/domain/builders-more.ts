/**
 * More test helpers beside builders.ts and builders-extra.ts: role maps, nudge history,
 * micro-training records and deterministic re-orderings of register arrays.
 */
import type { RegionConfig } from '../../src/config/region-config';
import type { NudgeHistory } from '../../src/domain/nudges/nudge-plan';
import type { RegisterSnapshot } from '../../src/domain/registers';
import { isoDate } from '../../src/domain/shared/calendar';
import type { TrainingRecord } from '../../src/domain/training/training-record';
import { aTrainingRecord } from './builders';
import { configWith, label } from './builders-extra';

/** `{ 'anna@region.se': ['informationsagare'] }` → the Map<email, Set<roleKey>> the rules take. */
export function rolesOf(entries: Record<string, readonly string[]>): Map<string, Set<string>> {
  return new Map(Object.entries(entries).map(([email, roles]) => [email, new Set(roles)]));
}

export const NO_ROLES: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** The NudgeLog's first-sent days, keyed by item key. */
export function historyOf(firstSent: Record<string, string> = {}): NudgeHistory {
  return { firstSentOn: new Map(Object.entries(firstSent).map(([key, date]) => [key, isoDate(date)])) };
}

/**
 * Micro-training records for the given modules, each with its own completion date:
 * `microRecords('anna@region.se', { 1: '2026-01-05', 2: '2026-01-12' })`.
 */
export function microRecords(
  personEmail: string,
  modules: Record<number, string>,
  courseKey = 'mikroutbildning'
): TrainingRecord[] {
  return Object.entries(modules).map(([module, completedOn]) =>
    aTrainingRecord({ id: `${personEmail}-${courseKey}-m${module}-${completedOn}`, personEmail, courseKey, module: Number(module), completedOn })
  );
}

/** A whole-course completion. */
export function courseRecord(personEmail: string, courseKey: string, completedOn: string): TrainingRecord {
  return aTrainingRecord({ id: `${personEmail}-${courseKey}-${completedOn}`, personEmail, courseKey, completedOn });
}

/** A deterministic re-ordering (reversed, then rotated by one) so that a test never depends on read order. */
export function reordered<T>(items: readonly T[]): T[] {
  const reversed = [...items].reverse();
  return reversed.length < 2 ? reversed : [...reversed.slice(1), reversed[0]];
}

/** Every register of the snapshot re-ordered with `reordered`. */
export function reorderedSnapshot(snapshot: RegisterSnapshot): RegisterSnapshot {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) out[key] = reordered(value as readonly unknown[]);
  return out as unknown as RegisterSnapshot;
}

/**
 * The default region, but with only the regional board as a training audience: nudge tests then
 * see training items only for the people they put in the board group, not for every staff member.
 */
export function boardOnlyTrainingConfig(): RegionConfig {
  return configWith({
    training: {
      audiences: [
        {
          key: 'regionstyrelsen',
          label: label('Regionstyrelsen', 'Regional board'),
          members: { kind: 'group', group: 'regionstyrelsen' },
          courseKey: 'styrelseutbildning',
          targetPercent: 100,
          deadline: { notBefore: '2025-06-30' }
        }
      ]
    }
  });
}
