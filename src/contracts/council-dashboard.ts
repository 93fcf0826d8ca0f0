import { z } from 'zod';
import { isoDateSchema } from '../domain/shared/calendar';
import { localizedTextSchema } from '../domain/shared/localized-text';
import { emailSchema } from '../domain/shared/person-ref';

/**
 * The security council's dashboard (issue 10; R-KPI, R-MAT, R-RSK, R-INC, R-ACT, R-MTG, R-REP): what
 * `GET /api/council/dashboard?year=YYYY` answers, in one round trip, and what the annual report is
 * written from, so the tab and the Word document show the same figures. Shared by the app service
 * (which computes it with the domain's rules), the tab (src/tab, src/ui/council) and src/reports:
 * the one description of what goes over the wire, validated on both sides.
 *
 * Names from the registers and the configuration travel with the figures (areas, units, scales in
 * both languages) because the tab has no region configuration of its own.
 */
export const COUNCIL_DASHBOARD_PATH = '/council/dashboard';

export const GOAL_AREA_KEYS = ['management-system', 'risk-management', 'security-organisation', 'classification', 'training'] as const;

/** A KPI with what it rests on (R-KPI): percent is absent when there is nothing to measure (denominator 0). */
export const measureSchema = z.object({
  key: z.string().min(1),
  numerator: z.number().int().min(0),
  denominator: z.number().int().min(0),
  percent: z.number().min(0).max(100).optional(),
  targetPercent: z.number().min(0).max(100).optional(),
  /** The measure's name when it is the region's own (a training audience); the tab's strings name the fixed ones. */
  label: localizedTextSchema.optional()
});
export type MeasureData = z.infer<typeof measureSchema>;

export const goalAreaSchema = z.object({
  area: z.enum(GOAL_AREA_KEYS),
  measures: z.array(measureSchema)
});

/** One point of a KPI's trend: a stored snapshot (the daily job's, or one taken at a meeting), or today's live figures. */
export const kpiTrendPointSchema = z.object({
  year: z.number().int(),
  /** The day the figures are of. */
  asOf: isoDateSchema,
  source: z.enum(['daily', 'meeting', 'live']),
  goalAreas: z.array(goalAreaSchema)
});

export const maturityScaleStepSchema = z.object({
  key: z.string().min(1),
  /** null: not on the ladder (Okänt, Ej applicerbart). */
  rank: z.number().int().nullable(),
  applicable: z.boolean(),
  label: localizedTextSchema
});

export const areaMaturitySchema = z.object({
  areaKey: z.string().min(1),
  statusKey: z.string().min(1),
  assessed: z.boolean(),
  comment: z.string().optional(),
  assessedOn: isoDateSchema.optional()
});

export const maturitySchema = z.object({
  scale: z.array(maturityScaleStepSchema),
  targetStatus: z.string().min(1),
  /** The MSBFS 2020:6 areas in the configuration's order. */
  areas: z.array(z.object({ key: z.string().min(1), label: localizedTextSchema })),
  /** The chosen year first, then earlier years that have assessments, newest first (the trend). */
  years: z.array(z.object({ year: z.number().int(), areas: z.array(areaMaturitySchema) }))
});

export const riskRowSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  likelihood: z.number().int(),
  consequence: z.number().int(),
  levelKey: z.string().min(1),
  /**
   * The reporting unit (an overdue.byUnit unitId: the område by default) the risk's unit lies in
   * (additive, for an area's own follow-up report, R-REP); absent above that level.
   */
  reportingUnitId: z.string().min(1).optional(),
  unitName: z.string().optional(),
  ownerName: z.string().optional(),
  ownerEmail: emailSchema.optional(),
  followUpOn: isoDateSchema.optional(),
  /** Site-relative link to the risk's item. */
  link: z.string().startsWith('/').optional()
});

export const risksSchema = z.object({
  likelihoods: z.array(z.object({ value: z.number().int(), label: localizedTextSchema })),
  consequences: z.array(z.object({ value: z.number().int(), label: localizedTextSchema })),
  levels: z.array(z.object({ key: z.string().min(1), label: localizedTextSchema })),
  /** Every open risk: the heat map counts them per cell, and a cell drills down to its rows. */
  open: z.array(riskRowSchema)
});

export const OVERDUE_KINDS = ['classifications', 'acknowledgements', 'training', 'system-security-plans', 'reserve-routines', 'risk-follow-ups'] as const;

export const overdueSchema = z.object({
  /** Per organisational unit (the level the region reports by), units with nothing overdue included. */
  byUnit: z.array(z.object({ unitId: z.string().min(1), unitName: z.string(), counts: z.record(z.enum(OVERDUE_KINDS), z.number().int().min(0)) })),
  totals: z.record(z.enum(OVERDUE_KINDS), z.number().int().min(0))
});

export const incidentRowSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  category: z.string().min(1),
  status: z.string().min(1),
  /** The reporting unit (an overdue.byUnit unitId) the reporting unit lies in (additive, for an area's own follow-up, R-REP). */
  reportingUnitId: z.string().min(1).optional(),
  reportedAt: z.string().datetime({ offset: true }),
  /** A possible personal-data breach's 72-hour clock (GDPR art. 33): its deadline and state on the dashboard's instant. */
  clock: z.object({ deadline: z.string().datetime({ offset: true }), state: z.string().min(1), hoursLeft: z.number() }).optional(),
  link: z.string().startsWith('/').optional()
});

export const incidentsSchema = z.object({
  /** Reported in the chosen year, by category. */
  byCategory: z.record(z.string(), z.number().int().min(0)),
  /** Not closed, possible breaches with a running clock first. */
  open: z.array(incidentRowSchema)
});

export const actionRowSchema = z.object({
  id: z.string().min(1),
  activity: z.string(),
  metric: z.string(),
  goal: z.string(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  status: z.string().min(1),
  progressPercent: z.number().min(0).max(100),
  /** The domain's follow-up state (R-ACT): done, cancelled, overdue, not-started, due-soon, on-track. */
  state: z.string().min(1),
  daysOverdue: z.number().int().min(0).optional(),
  responsibleName: z.string().optional(),
  responsibleEmail: emailSchema.optional()
});

export const meetingRowSchema = z.object({
  id: z.string().min(1),
  heldOn: isoDateSchema,
  attendeeCount: z.number().int().min(0),
  decisions: z.array(z.string()),
  actionIds: z.array(z.string())
});

export const councilDashboardSchema = z.object({
  year: z.number().int(),
  /** The day the live figures are of (today in the region for the current year, 31 December for an earlier one). */
  asOf: isoDateSchema,
  /** The instant the incident clocks were computed at. */
  computedAt: z.string().datetime({ offset: true }),
  /** Years with data to choose from, newest first. */
  years: z.array(z.number().int()),
  goalAreas: z.array(goalAreaSchema),
  /**
   * Where `goalAreas` come from (added for issue 10's data part): 'live' — computed now from the
   * registers (always for the current year); 'daily' or 'meeting' — an earlier year's figures as kept
   * at its end, the same the council saw then (R-REP: next year's report compares like with like).
   */
  goalAreasFrom: z.enum(['daily', 'meeting', 'live']).optional(),
  trend: z.array(kpiTrendPointSchema),
  maturity: maturitySchema,
  risks: risksSchema,
  overdue: overdueSchema,
  incidents: incidentsSchema,
  actionPlan: z.array(actionRowSchema),
  meetings: z.array(meetingRowSchema),
  /**
   * Where this answer came from (issue 10, the first render): 'stored' — the year's dashboard as the
   * app service last computed and kept it in SharePoint, served at once on a cold start (one read)
   * while a live computation runs behind; 'live' — computed from a read of the registers at most a
   * minute old. The tab shows a stored answer at once and asks again with `fresh=1` (which waits for
   * the live one) to swap in today's figures. `computedAt` says how old a stored answer is.
   */
  servedFrom: z.enum(['stored', 'live']).optional(),
  /** What the signed-in person may do here (the security coordinator records maturity; council members meetings and snapshots). */
  may: z.object({ recordMaturity: z.boolean(), recordMeeting: z.boolean(), takeSnapshot: z.boolean() })
});
export type CouncilDashboard = z.infer<typeof councilDashboardSchema>;
