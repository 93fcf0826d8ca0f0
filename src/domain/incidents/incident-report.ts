import { z } from 'zod';
import { instantSchema, type Instant } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';
import { categoryFromAnswers, incidentSchema, PERSONAL_DATA_ANSWERS, type Incident } from './incident';

/** A report may name a few systems; more is a description, not a choice. */
export const MAX_SYSTEMS_PER_REPORT = 5;
/** SharePoint's multi-line text holds far more; a report is read by a busy chief. */
export const MAX_DESCRIPTION_LENGTH = 4000;
/** A clock a minute ahead of the one that checks is not "the future" (browser and server clocks differ slightly). */
const CLOCK_SKEW_MS = 60_000;

/**
 * What an employee fills in to report an incident (R-INC): what happened, when it was discovered,
 * whether personal data are involved, where. Everything else (who reports, when, the category) the
 * report derives; nothing here can name another reporter.
 */
// The schema's type is zod's to spell out; the aliases below name its input and output.
// eslint-disable-next-line @typescript-eslint/explicit-function-return-type
export function incidentReportSchema(now: Instant) {
  return z
    .object({
      title: z.string().trim().min(1, 'write in a few words what happened').max(255, 'keep the heading under 255 characters'),
      description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `keep the description under ${MAX_DESCRIPTION_LENGTH} characters`).default(''),
      discoveredAt: instantSchema,
      personalData: z.enum(PERSONAL_DATA_ANSWERS, { errorMap: () => ({ message: 'answer yes, no or don\'t know' }) }),
      unitId: idSchema,
      systemIds: z.array(idSchema).max(MAX_SYSTEMS_PER_REPORT, `choose at most ${MAX_SYSTEMS_PER_REPORT} systems`).default([])
    })
    .refine((report) => Date.parse(report.discoveredAt) <= Date.parse(now) + CLOCK_SKEW_MS, {
      message: 'the time of discovery cannot be in the future',
      path: ['discoveredAt']
    });
}
export type IncidentReport = z.output<ReturnType<typeof incidentReportSchema>>;
export type IncidentReportInput = z.input<ReturnType<typeof incidentReportSchema>>;

/**
 * The incident a report becomes, reported by `reporter` at `now`: status reported, the category
 * from the answers (categoryFromAnswers). Its id is a placeholder: SharePoint gives the item's id when it is added.
 */
export function incidentFromReport(report: IncidentReport, reporter: string, now: Instant): Incident {
  return incidentSchema.parse({
    id: 'new',
    title: report.title,
    description: report.description,
    category: categoryFromAnswers(report.personalData, report.systemIds),
    status: 'reported',
    unitId: report.unitId,
    reportedBy: emailSchema.parse(reporter),
    // A discovery a few seconds "ahead" (clock skew) is reported at the same instant, never before it.
    reportedAt: Date.parse(report.discoveredAt) > Date.parse(now) ? report.discoveredAt : now,
    discoveredAt: report.discoveredAt,
    systemIds: report.systemIds,
    personalData: report.personalData
  });
}
