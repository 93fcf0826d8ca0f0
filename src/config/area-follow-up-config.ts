import { z } from 'zod';
import { reportPeriodKeySchema } from '../contracts/council-report';

/**
 * The area follow-up (issue 10; R-REP, the action plan's section 4: "avdelningschefer och
 * områdeschefer får under maj och december månad särskilda redovisningar"): on which days the bot
 * sends every area and department chief their own area's card, of which period, and to the chiefs of
 * which organisation levels. Part of the region's configuration (R-ORG-MULTI), every field defaulted.
 */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, for example 08:30');

export const areaFollowUpRunSchema = z.object({
  /** The month (1–12) the follow-up is sent in. */
  month: z.number().int().min(1).max(12),
  /** Its day of the month; 28 at most, so it exists in every month and year. */
  day: z.number().int().min(1).max(28, 'must be 1–28, a day every month has'),
  /** The follow-up's period: the tertial report in May, the interim (delårs) report in December. */
  period: reportPeriodKeySchema
});
export type AreaFollowUpRun = z.infer<typeof areaFollowUpRunSchema>;

export const areaFollowUpScheduleSchema = z
  .object({
    /** Local time in the region's time zone, `HH:MM`: after the KPI snapshot (06:15) and the nudge run (07:30). */
    at: timeOfDay.default('08:30'),
    /** Whether the app service sends on its schedule (off: on demand with `tillit area-follow-up` only). */
    scheduled: z.boolean().default(true),
    /**
     * The follow-ups of a year. May follows the first tertial (January–April); December the second
     * (May–August), the period the interim report (delårsrapport) adds; the year-end is the annual report's.
     */
    runs: z
      .array(areaFollowUpRunSchema)
      .min(1)
      .max(12)
      .default([
        { month: 5, day: 15, period: 'tertial-1' },
        { month: 12, day: 1, period: 'tertial-2' }
      ]),
    /**
     * The organisation levels whose chiefs get their unit's card. Left out: the second and third
     * levels of the region's tree (område and avdelning by default: områdeschefer and avdelningschefer).
     */
    levels: z.array(z.string().trim().min(1)).min(1).optional()
  })
  .refine((schedule) => new Set(schedule.runs.map((run) => run.month)).size === schedule.runs.length, { message: 'one follow-up a month at most', path: ['runs'] });
export type AreaFollowUpSchedule = z.infer<typeof areaFollowUpScheduleSchema>;

/** The levels whose chiefs get the card: the configured ones, else the tree's second and third levels. */
export function areaFollowUpLevels(schedule: Pick<AreaFollowUpSchedule, 'levels'>, organisationLevels: readonly { readonly key: string }[]): readonly string[] {
  return schedule.levels ?? organisationLevels.slice(1, 3).map((level) => level.key);
}
