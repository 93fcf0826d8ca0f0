import { z } from 'zod';
import { instantSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

export const INCIDENT_CATEGORIES = ['deviation', 'security-incident', 'personal-data-breach'] as const;
export const INCIDENT_STATUSES = ['reported', 'assessed', 'closed'] as const;

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
    systemIds: z.array(idSchema).default([])
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
