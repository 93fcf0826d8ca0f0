/**
 * Test helpers beside builders.ts: region configurations with overrides, catching ValidationErrors
 * with their issue paths, and records the base builders do not shape (breaches, approvals).
 */
import { loadRegionConfig } from '../../src/config/load-region-config';
import type { RegionConfig } from '../../src/config/region-config';
import type { Incident, incidentSchema } from '../../src/domain/incidents/incident';
import { ValidationError, type ValidationIssue } from '../../src/domain/shared/errors';
import { anIncident, type Overrides } from './builders';

export const label = (sv: string, en: string): { sv: string; en: string } => ({ sv, en });

/** The default region with overrides laid on top (objects merge, arrays replace). */
export function configWith(overrides: Record<string, unknown>): RegionConfig {
  return loadRegionConfig(overrides);
}

/** Runs `action` and returns the issues of the ValidationError it throws; fails on any other outcome. */
export function validationIssuesOf(action: () => unknown): readonly ValidationIssue[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw new Error(`expected a ValidationError, got ${String(error)}`);
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

export function issuePaths(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => issue.path);
}

/** SKR:s KLASSA scale 0–3 extended with 4 "Synnerligen allvarlig", as some regions use it. */
export const CONSEQUENCE_SCALE_0_TO_4 = [
  { value: 0, key: 'forsumbar', label: label('Försumbar', 'Negligible') },
  { value: 1, key: 'mattlig', label: label('Måttlig', 'Moderate') },
  { value: 2, key: 'betydande', label: label('Betydande', 'Significant') },
  { value: 3, key: 'allvarlig', label: label('Allvarlig', 'Serious') },
  { value: 4, key: 'synnerligen-allvarlig', label: label('Synnerligen allvarlig', 'Extremely serious') }
];

/** A personal data breach discovered at `discoveredAt` and filed at the same instant unless told otherwise. */
export function aBreach(overrides: Overrides<typeof incidentSchema> & { id: string; discoveredAt: string }): Incident {
  return anIncident({ category: 'personal-data-breach', reportedAt: overrides.discoveredAt, ...overrides });
}

export function approvedOn(date: string): { status: 'approved'; approvedOn: string } {
  return { status: 'approved', approvedOn: date };
}
