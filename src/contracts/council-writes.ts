import { z } from 'zod';
import { isBefore, isoDateSchema } from '../domain/shared/calendar';
import { emailSchema } from '../domain/shared/person-ref';
import { areaMaturitySchema, kpiTrendPointSchema, meetingRowSchema } from './council-dashboard';

/**
 * What the council's tab sends the app service besides reading the dashboard (issue 10; R-MAT, R-MTG,
 * R-REP), validated on both sides: the query of `GET /api/council/dashboard`, and the bodies and answers
 * of `POST /api/council/snapshots`, `/maturity` and `/meetings`. A bad request is answered 400 naming the
 * field, and nothing is written.
 */
export const COUNCIL_SNAPSHOTS_PATH = '/council/snapshots';
export const COUNCIL_MATURITY_PATH = '/council/maturity';
export const COUNCIL_MEETINGS_PATH = '/council/meetings';

const yearSchema = z.coerce.number({ invalid_type_error: 'must be a year such as 2026' }).int('must be a whole year').min(2000, 'must be 2000 or later').max(2100, 'must be 2100 or earlier');

/** `?year=YYYY` (without it, the current year); `fresh=1`: wait for a live computation rather than take the stored dashboard (council-dashboard.ts, servedFrom). */
export const dashboardQuerySchema = z.object({ year: yearSchema.optional(), fresh: z.literal('1').optional() }).strict();
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** R-MAT: the security coordinator's status for one MSBFS 2020:6 area in one year, with a comment. Earlier assessments stay. */
export const maturityRequestSchema = z
  .object({
    year: yearSchema,
    areaKey: z.string().trim().min(1, 'name the area'),
    statusKey: z.string().trim().min(1, 'choose a status'),
    comment: z.string().trim().max(2000, 'at most 2,000 characters').default('')
  })
  .strict();
export type MaturityRequest = z.input<typeof maturityRequestSchema>;

export const maturityAnswerSchema = z.object({ id: z.string().min(1), year: z.number().int(), assessment: areaMaturitySchema });
export type MaturityAnswer = z.infer<typeof maturityAnswerSchema>;

/** One action a meeting decides: it lands in the action plan (R-ACT) with its owner and due date. */
export const meetingActionSchema = z
  .object({
    activity: z.string().trim().min(1, 'describe the action').max(1000, 'at most 1,000 characters'),
    responsibleEmail: emailSchema,
    dueOn: isoDateSchema,
    metric: z.string().trim().max(255, 'at most 255 characters').default(''),
    goal: z.string().trim().max(255, 'at most 255 characters').default('')
  })
  .strict();

/** R-MTG: a council meeting as recorded after it was held. */
export const meetingRequestSchema = z
  .object({
    heldOn: isoDateSchema,
    attendeeEmails: z.array(emailSchema).min(1, 'name at least one attendee').max(100),
    minutes: z.string().trim().max(60_000, 'at most 60,000 characters').default(''),
    decisions: z.array(z.string().trim().min(1, 'a decision cannot be empty').max(2000)).max(50).default([]),
    actions: z.array(meetingActionSchema).max(50).default([]),
    /** The client's key for this recording: sent again with a retry, nothing is written twice (R-SEC-2). */
    requestId: z.string().uuid('must be a UUID').optional()
  })
  .strict()
  .superRefine((meeting, ctx) => {
    meeting.actions.forEach((action, index) => {
      if (isBefore(action.dueOn, meeting.heldOn)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['actions', index, 'dueOn'], message: 'is before the meeting' });
      }
    });
  });
export type MeetingRequest = z.input<typeof meetingRequestSchema>;

export const meetingAnswerSchema = z.object({ meeting: meetingRowSchema });
export type MeetingAnswer = z.infer<typeof meetingAnswerSchema>;

/** POST /api/council/snapshots answers the point it kept, as the trend shows it. */
export const snapshotAnswerSchema = z.object({ id: z.string().min(1), point: kpiTrendPointSchema });
export type SnapshotAnswer = z.infer<typeof snapshotAnswerSchema>;
