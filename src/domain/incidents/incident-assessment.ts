import { z } from 'zod';
import { instantSchema, type Instant } from '../shared/calendar';
import { sameEmail } from '../shared/person-ref';
import { INCIDENT_CATEGORIES, incidentSchema, type Incident } from './incident';
import type { IncidentDeciders } from './incident-deciders';

/** What one person may do with one incident (R-SEC-1): the app service enforces it, since SharePoint cannot name "this unit's chief". */
export interface IncidentAccess {
  readonly read: boolean;
  /** Status and category: the unit chief, and the DSO for a (possible) personal data breach. */
  readonly assess: boolean;
  /** Reportable to IMY and when it was reported: the DSO (or the administration's deputy) alone. */
  readonly decideForAuthority: boolean;
}

export interface IncidentCaller {
  readonly email: string;
  /** SharePoint lets this person read every item of the list (site owners: "override list behaviours"). */
  readonly readsAllItems: boolean;
}

export function incidentAccess(incident: Pick<Incident, 'reportedBy'>, deciders: IncidentDeciders, caller: IncidentCaller): IncidentAccess {
  const chief = sameEmail(deciders.unitChief, caller.email);
  const officer = deciders.dataProtectionOfficers.some((email) => sameEmail(email, caller.email));
  const reporter = sameEmail(incident.reportedBy, caller.email);
  return { read: chief || officer || reporter || caller.readsAllItems, assess: chief || officer, decideForAuthority: officer };
}

/** The DSO's decision on reporting to IMY (GDPR Art. 33); undefined values are "not decided" / "not reported". */
export const authorityDecisionSchema = z.object({
  reportable: z.boolean().optional(),
  reportedAt: instantSchema.optional()
});

/** One assessment: absent `authority` leaves the DSO's decision as it is (the unit chief's assessment). */
export const incidentAssessmentSchema = z.object({
  status: z.enum(['assessed', 'closed']),
  category: z.enum(INCIDENT_CATEGORIES),
  authority: authorityDecisionSchema.optional()
});
export type IncidentAssessment = z.infer<typeof incidentAssessmentSchema>;

export type AssessmentOutcome =
  | { readonly kind: 'assessed'; readonly incident: Incident }
  | { readonly kind: 'forbidden'; readonly reason: 'not-a-decider' | 'dso-only' }
  | { readonly kind: 'invalid'; readonly issues: readonly string[] };

/**
 * R-INC: applies an assessment by `assessor` at `now`. The unit chief sets status and category; only
 * the DSO decides whether a breach is reportable and records when it was reported, and only the DSO
 * may say a personal data breach is not one (the chief may raise a deviation to a breach, never the
 * reverse, or the 72-hour clock would stop on the chief's word).
 */
export function applyAssessment(stored: Incident, assessment: IncidentAssessment, access: IncidentAccess, assessor: string, now: Instant): AssessmentOutcome {
  if (!access.assess) return { kind: 'forbidden', reason: 'not-a-decider' };
  const leavesBreach = stored.category === 'personal-data-breach' && assessment.category !== 'personal-data-breach';
  if ((assessment.authority !== undefined || leavesBreach) && !access.decideForAuthority) return { kind: 'forbidden', reason: 'dso-only' };
  const authority = assessment.authority ?? { reportable: stored.reportableToAuthority, reportedAt: stored.reportedToAuthorityAt };
  const issues: string[] = [];
  if (authority.reportedAt !== undefined && authority.reportable !== true) issues.push('reportedToAuthorityAt: only a breach decided reportable is reported to IMY');
  if (authority.reportedAt !== undefined && Date.parse(authority.reportedAt) > Date.parse(now)) issues.push('reportedToAuthorityAt: cannot be in the future');
  if (authority.reportable !== undefined && assessment.category !== 'personal-data-breach') issues.push('reportableToAuthority: only a personal data breach is reported to IMY');
  if (issues.length > 0) return { kind: 'invalid', issues };
  const parsed = incidentSchema.safeParse({
    ...stored,
    status: assessment.status,
    category: assessment.category,
    assessedBy: assessor,
    reportableToAuthority: authority.reportable,
    reportedToAuthorityAt: authority.reportedAt
  });
  if (!parsed.success) return { kind: 'invalid', issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  return { kind: 'assessed', incident: parsed.data };
}
