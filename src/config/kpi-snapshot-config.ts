import { z } from 'zod';

/**
 * The daily KPI snapshot (issue 10; R-KPI, R-REP): when the app service computes the five goal areas'
 * KPIs with the domain's rules and stores them in the KpiSnapshots list, so the trend and next year's
 * report compare like with like. Part of the region's configuration (R-ORG-MULTI), every field defaulted.
 */
export const kpiSnapshotScheduleSchema = z.object({
  /** Local time in the region's time zone, `HH:MM`; before the nudge run (07:30), after the night's imports. */
  dailyAt: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, for example 06:15')
    .default('06:15'),
  /** Whether the app service takes the snapshot on its schedule (off: only the council's "take a snapshot now"). */
  scheduled: z.boolean().default(true)
});
export type KpiSnapshotSchedule = z.infer<typeof kpiSnapshotScheduleSchema>;
