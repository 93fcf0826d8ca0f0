import { z } from 'zod';
import { incidentAssessmentSchema } from '../domain/incidents/incident-assessment';
import { incidentSchema } from '../domain/incidents/incident';
import { instantSchema } from '../domain/shared/calendar';
import { emailSchema } from '../domain/shared/person-ref';

/**
 * The app service's incident API (bot/api/incident-routes.ts), shared by the routes and the web
 * parts: `GET /api/incidents/:id` and `POST /api/incidents/:id/assessment` (R-INC, R-SEC-1, R-SEC-2).
 * The UI imports these, never bot/.
 */
export const INCIDENT_API = {
  incident: (id: string): string => `/incidents/${encodeURIComponent(id)}`,
  assessment: (id: string): string => `/incidents/${encodeURIComponent(id)}/assessment`,
  reported: (id: string): string => `/incidents/${encodeURIComponent(id)}/reported`
} as const;


export const personRefSchema = z.object({ email: emailSchema, name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const BREACH_CLOCK_STATES = ['not-a-breach', 'running', 'overdue', 'not-reportable', 'reported-in-time', 'reported-late'] as const;

/** One incident as the caller may see it, with who assesses it, its 72-hour clock and what the caller may do. */
export const incidentViewSchema = z.object({
  incident: incidentSchema,
  /** For If-Match on the assessment (R-SEC-2). */
  etag: z.string().min(1),
  unitName: z.string(),
  systemNames: z.array(z.string()),
  reporter: personRefSchema,
  unitChief: personRefSchema.optional(),
  dataProtectionOfficers: z.array(personRefSchema),
  clock: z.object({
    state: z.enum(BREACH_CLOCK_STATES),
    deadline: instantSchema.optional(),
    minutesLeft: z.number().int().optional()
  }),
  access: z.object({ assess: z.boolean(), decideForAuthority: z.boolean() }),
  /** The service's clock when it answered, so the page counts down from the same now. */
  now: instantSchema
});
export type IncidentView = z.infer<typeof incidentViewSchema>;

/** The assessment, made against the ETag the assessor saw: a change in between is a 409 (R-SEC-2). */
export const assessmentRequestSchema = incidentAssessmentSchema.extend({ etag: z.string().min(1, 'the ETag of the incident as read is required') }).strict();
export type AssessmentRequest = z.infer<typeof assessmentRequestSchema>;
