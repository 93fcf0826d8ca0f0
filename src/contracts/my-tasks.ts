import { z } from 'zod';
import { isoDateSchema } from '../domain/shared/calendar';
import { emailSchema } from '../domain/shared/person-ref';

/**
 * The app service's My tasks API (`GET /api/my-tasks`, `POST /api/snoozes`), shared by the route
 * (bot/api/my-tasks-routes.ts) and the web part (src/ui/my-tasks): the one description of what goes
 * over the wire, validated on both sides.
 *
 * Topic and subject kind are open strings, not the domain's enums: a topic added to the nudge plan
 * (incidents to assess) reaches a web part built before it, which shows it under a generic heading.
 */
export const MY_TASKS_PATH = '/my-tasks';
export const SNOOZES_PATH = '/snoozes';

export const TASK_URGENCIES = ['overdue', 'missing', 'due-soon'] as const;

export const taskItemSchema = z.object({
  /** The NudgeItem's key: what Snooze names. */
  key: z.string().min(1).max(255),
  topic: z.string().min(1),
  detail: z.string(),
  subjectKind: z.string().min(1),
  /** The SharePoint item's ID for registers kept in lists (asset, system, risk, document version); the course key for training. */
  subjectId: z.string().min(1),
  subjectName: z.string(),
  /** Who owes it, with the roster's name when the roster has the person. */
  responsibleEmail: emailSchema,
  responsibleName: z.string().optional(),
  urgency: z.enum(TASK_URGENCIES),
  /** Site-relative address of the page where the person acts on it (a list item's display form); absent when there is none. */
  link: z.string().startsWith('/').optional(),
  /** Absent: never done, so due now. */
  dueOn: isoDateSchema.optional(),
  daysOverdue: z.number().int().min(0)
});
export type TaskItem = z.infer<typeof taskItemSchema>;

export const escalatedTaskSchema = z.object({
  /** The escalation's own key (snoozing it hides it for this manager only). */
  key: z.string().min(1).max(255),
  /** manager, area-responsible or fallback-role (R-NDG-3). */
  route: z.string().min(1),
  item: taskItemSchema
});
export type EscalatedTask = z.infer<typeof escalatedTaskSchema>;

export const myTasksAnswerSchema = z.object({
  /** The region's today the plan was made for. */
  asOf: isoDateSchema,
  email: emailSchema,
  /** What the caller owes (R-NDG-1), most urgent first. */
  owed: z.array(taskItemSchema),
  /** Past the grace period, told to the caller (R-NDG-3), by the person who owes it. */
  escalated: z.array(escalatedTaskSchema),
  /** A manager's staff's overdue training not already escalated (R-NDG-1, "managers about their staff"). */
  staffTraining: z.array(taskItemSchema),
  /** How many items the caller's snoozes hide today. */
  snoozedCount: z.number().int().min(0),
  /** The snooze lengths the region offers, in days. */
  snoozeDays: z.array(z.number().int().min(1))
});
export type MyTasksAnswer = z.infer<typeof myTasksAnswerSchema>;

export const snoozeRequestSchema = z
  .object({
    key: z.string().trim().min(1).max(255),
    days: z.number().int().min(1)
  })
  .strict();
export type SnoozeRequest = z.infer<typeof snoozeRequestSchema>;

export const snoozeAnswerSchema = z.object({
  key: z.string().min(1),
  /** The day the item shows again. */
  until: isoDateSchema
});
export type SnoozeAnswer = z.infer<typeof snoozeAnswerSchema>;
