import { z } from 'zod';
import { instantSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

export const INCIDENT_CATEGORIES = ['deviation', 'security-incident', 'personal-data-breach'] as const;
export const INCIDENT_STATUSES = ['reported', 'assessed', 'closed'] as const;
/** The reporter's answer to "are personal data involved?": "don't know" counts as a possible breach (R-INC). */
export const PERSONAL_DATA_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type PersonalDataAnswer = (typeof PERSONAL_DATA_ANSWERS)[number];

/** An incident or deviation (avvikelse, incident, personuppgiftsincident; R-INC). Reported by anyone. */
export const incidentSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1, 'a title is required').max(255),
    description: z.string().default(''),
    category: z.enum(INCIDENT_CATEGORIES),
    status: z.enum(INCIDENT_STATUSES).default('reported'),
    unitId: idSchema,
    reportedBy: emailSchema,
    reportedAt: instantSchema,
    /** GDPR Art. 33: the 72 hours run from when the region became aware, not from when the report was filed. */
    discoveredAt: instantSchema,
    assessedBy: emailSchema.optional(),
    /** The DSO's decision whether a personal data breach must be reported to IMY. */
    reportableToAuthority: z.boolean().optional(),
    reportedToAuthorityAt: instantSchema.optional(),
    systemIds: z.array(idSchema).default([]),
    /** What the reporter answered; absent on items entered before the question or by a coordinator. */
    personalData: z.enum(PERSONAL_DATA_ANSWERS).optional()
  })
  .refine((incident) => Date.parse(incident.discoveredAt) <= Date.parse(incident.reportedAt), {
    message: 'an incident cannot be reported before it was discovered',
    path: ['reportedAt']
  })
  .refine(
    (incident) =>
      incident.reportedToAuthorityAt === undefined || Date.parse(incident.discoveredAt) <= Date.parse(incident.reportedToAuthorityAt),
    { message: 'a breach cannot be reported to IMY before it was discovered', path: ['reportedToAuthorityAt'] }
  );
export type Incident = z.infer<typeof incidentSchema>;

/**
 * R-INC: the category a report starts with, from the reporter's answers. Personal data involved, or
 * "don't know", is a possible personal data breach, so the DSO sees it and the 72-hour clock runs
 * from discovery until the DSO decides; an incident in an IT system is a security incident; the
 * rest are deviations. The unit chief and the DSO correct it when they assess.
 */
export function categoryFromAnswers(personalData: PersonalDataAnswer, systemIds: readonly string[]): Incident['category'] {
  if (personalData !== 'no') return 'personal-data-breach';
  return systemIds.length > 0 ? 'security-incident' : 'deviation';
}

/**
 * Whether the DSO must look at an incident: a personal data breach, or (until someone has assessed
 * it) a report whose reporter said personal data were or might be involved (R-INC).
 */
export function isPossibleBreach(incident: Pick<Incident, 'category' | 'status' | 'personalData'>): boolean {
  if (incident.category === 'personal-data-breach') return true;
  return incident.status === 'reported' && (incident.personalData === 'yes' || incident.personalData === 'unknown');
}
