import { z } from 'zod';
import { isoDateSchema } from '../domain/shared/calendar';
import { localizedTextSchema, SUPPORTED_LOCALES } from '../domain/shared/localized-text';
import { PROTECTION_GOALS } from '../domain/classification/classification';
import { EMPLOYMENT_TYPES } from '../domain/people/person';
import { kpiSnapshotScheduleSchema } from './kpi-snapshot-config';
import { nudgeRunSchema } from './nudge-run-config';
import { areaFollowUpScheduleSchema } from './area-follow-up-config';

/**
 * A region's configuration: every scale, interval, role and term that differs between regions
 * lives here, never in code (R-ORG-MULTI). Defaults in default-region.ts fit the seed regions.
 */

const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'keys are lower-case words joined by hyphens (for example "information-owner")');

function uniqueKeys<T>(items: readonly T[], keyOf: (item: T) => string | number): string | undefined {
  const seen = new Set<string | number>();
  for (const item of items) {
    const key = keyOf(item);
    if (seen.has(key)) return String(key);
    seen.add(key);
  }
  return undefined;
}

const validTimeZone = (zone: string): boolean => {
  try {
    // Constructing the formatter is the check: it throws a RangeError for a zone the runtime does not know.
    // eslint-disable-next-line no-new
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const scaleLevelSchema = z.object({
  value: z.number().int().min(0),
  key: keySchema,
  label: localizedTextSchema,
  /** What a level means (the consequence if the information is exposed, wrong or gone): the help the classification web part shows. */
  description: localizedTextSchema.optional()
});

/** A scale whose values run 0..n (or 1..n) without gaps, so that a level can be compared and stored as a number. */
function consecutiveScale(first: number, what: string): z.ZodEffects<z.ZodArray<typeof scaleLevelSchema>> {
  return z
    .array(scaleLevelSchema)
    .min(2, `${what} needs at least two levels`)
    .superRefine((levels, ctx) => {
      levels.forEach((level, index) => {
        if (level.value !== first + index) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [index, 'value'],
            message: `${what} must run ${first}, ${first + 1}, … without gaps: expected ${first + index}, found ${level.value}`
          });
        }
      });
      const duplicate = uniqueKeys(levels, (level) => level.key);
      if (duplicate) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `the key "${duplicate}" is used twice` });
    });
}

const protectiveMeasureSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  goal: z.enum(PROTECTION_GOALS),
  /** The measure is required from this level upwards (R-CLS-3: higher level, stricter measures). */
  fromLevel: z.number().int().min(0)
});

const audienceMembersSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all-staff'), employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).min(1) }),
  z.object({ kind: z.literal('managers') }),
  z.object({ kind: z.literal('system-administrators') }),
  z.object({ kind: z.literal('role'), roleKey: keySchema }),
  z.object({ kind: z.literal('group'), group: z.string().trim().min(1) })
]);
export type AudienceMembers = z.infer<typeof audienceMembersSchema>;

const deadlineSchema = z.object({
  /** Months after the person's anchor date (employment start, or the day they became a manager). */
  monthsAfter: z.number().int().min(0).optional(),
  anchor: z.enum(['employment-start', 'manager-start']).default('employment-start'),
  /** Nobody is due before this date: the programme's roll-out or the board's follow-up date. */
  notBefore: isoDateSchema.optional()
});

const courseSchema = z
  .object({
    key: keySchema,
    label: localizedTextSchema,
    kind: z.enum(['course', 'micro']),
    /** Micro-training: the number of modules, one a week (R-TRN-4: 3 months of 3–5 minute modules). */
    modules: z.number().int().min(1).optional(),
    daysBetweenModules: z.number().int().min(1).default(7),
    /** A completion older than this no longer counts; absent means it never expires. */
    validForMonths: z.number().int().min(1).optional()
  })
  .refine((course) => course.kind !== 'micro' || course.modules !== undefined, {
    message: 'a micro-training needs its number of modules',
    path: ['modules']
  });

const audienceSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  members: audienceMembersSchema,
  courseKey: keySchema,
  targetPercent: z.number().min(0).max(100),
  deadline: deadlineSchema.default({})
});

/** What a role may do in the council's tab (roleSchema.councilDuties). */
export const COUNCIL_DUTIES = ['record-maturity', 'record-meeting', 'take-snapshot'] as const;
export type CouncilDuty = (typeof COUNCIL_DUTIES)[number];

const roleSchema = z.object({
  key: keySchema,
  label: localizedTextSchema,
  /**
   * How many holders the organisation needs: one for the region, one per unit of an organisation
   * level, one per active IT system (system owners come from the systems register), or any number.
   */
  scope: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('region') }),
    z.object({ kind: z.literal('per-unit'), level: keySchema }),
    z.object({ kind: z.literal('per-system') }),
    z.object({ kind: z.literal('optional') })
  ]),
  requiresMandate: z.boolean().default(true),
  /**
   * What a holder of this role may do in the security council's tab (R-MAT, R-MTG, R-REP): record the
   * year's maturity assessment, record a meeting, take a KPI snapshot. Per role, so a region that names
   * its roles differently says it here (R-ORG-MULTI); a catalogue where no role records maturity leaves
   * it to the holder of `nudges.fallbackRoleKey` (the security coordinator), see council-permissions.ts.
   */
  councilDuties: z.array(z.enum(COUNCIL_DUTIES)).default([])
});

export const NUDGE_TOPICS = [
  'classification',
  'acknowledgement',
  'training',
  'security-plan',
  'reserve-routines',
  'risk-follow-up',
  'incident-assessment'
] as const;
export type NudgeTopic = (typeof NUDGE_TOPICS)[number];

const graceDays = z.number().int().min(0);

export const regionConfigSchema = z
  .object({
    regionName: z.string().trim().min(1),
    timeZone: z.string().refine(validTimeZone, { message: 'must be an IANA time zone such as Europe/Stockholm' }),
    defaultLocale: z.enum(SUPPORTED_LOCALES),
    organisationLevels: z
      .array(z.object({ key: keySchema, label: localizedTextSchema }))
      .min(1, 'name at least one organisation level'),
    classification: z.object({
      /** MSB's consequence levels (KLASSA 0–3, or 0–4 with "Synnerligen allvarlig"). */
      consequenceScale: consecutiveScale(0, 'the consequence scale'),
      goals: z.array(z.enum(PROTECTION_GOALS)).min(1),
      reviewIntervalMonths: z.number().int().min(1).max(60),
      /** Which asset priorities must be classified (R-CLS-1); active IT systems always must. */
      requiredForAssetPriorities: z.array(z.enum(['normal', 'prioritised', 'business-critical'])).min(1),
      dueSoonDays: z.number().int().min(0),
      protectiveMeasures: z.array(protectiveMeasureSchema)
    }),
    systems: z.object({
      securityPlanReviewMonths: z.number().int().min(1),
      reserveRoutinesReviewMonths: z.number().int().min(1)
    }),
    risk: z.object({
      likelihoodScale: consecutiveScale(1, 'the likelihood scale'),
      /** Levels by score = likelihood × consequence, lowest first; the last band has no ceiling. */
      levels: z
        .array(z.object({ key: keySchema, label: localizedTextSchema, maxScore: z.number().int().min(0).optional() }))
        .min(2),
      analysisValidMonths: z.number().int().min(1)
    }),
    incidents: z.object({ breachNotificationHours: z.number().int().min(1) }),
    acknowledgements: z.object({ signWithinDays: z.number().int().min(1) }),
    training: z.object({ courses: z.array(courseSchema).min(1), audiences: z.array(audienceSchema).min(1) }),
    maturity: z.object({
      /** In order of maturity; `rank: null` marks Okänt and Ej applicerbart, which are not steps. */
      scale: z.array(z.object({ key: keySchema, label: localizedTextSchema, rank: z.number().int().min(0).nullable(), applicable: z.boolean() })).min(2),
      areas: z.array(z.object({ key: keySchema, label: localizedTextSchema })).min(1),
      /** An area counts as in place from this status up (KPI 1). */
      targetStatus: keySchema
    }),
    roles: z.array(roleSchema).min(1),
    /**
     * Which catalogue role carries which duty in Tillit's own rules: the record of processing is
     * scoped by them (R-ROPA-1, R-ROPA-2), so a region that names its roles differently maps them
     * here instead of changing code (R-ORG-MULTI). Each value is a key of `roles`.
     */
    roleDuties: z.object({
      dataProtectionOfficer: keySchema,
      deputyDataProtectionOfficer: keySchema,
      registryCoordinator: keySchema
    }),
    nudges: z.object({
      /** Days past due before the person's manager (or the area's information owner) is told (R-NDG-3). */
      escalateAfterDays: z.object({
        classification: graceDays,
        acknowledgement: graceDays,
        training: graceDays,
        'security-plan': graceDays,
        'reserve-routines': graceDays,
        'risk-follow-up': graceDays,
        /** Days past the 72-hour deadline (a breach) or the first reminder (any other report) before the assessor's manager is told (R-INC). */
        'incident-assessment': graceDays
      }),
      /** Items due within this many days are listed as coming up. */
      dueSoonDays: z.number().int().min(0),
      /**
       * The snooze lengths a person may choose for a reminder, in days (R-NDG-2: "buttons that act …
       * snooze"). A small fixed set, so a snooze cannot silence a duty for good.
       */
      snoozeDays: z
        .array(z.number().int().min(1).max(90, 'a snooze lasts at most 90 days'))
        .min(1)
        .max(5)
        .refine((days) => new Set(days).size === days.length, { message: 'each snooze length once' }),
      /**
       * Who is told when a person has no manager, and who is responsible for an item without an
       * owner: the holder of this role for the item's area (the information owner, R-NDG-3),
       * and failing that the holder of the fallback role (the security coordinator).
       */
      areaResponsibleRoleKey: keySchema,
      fallbackRoleKey: keySchema
    }),
    /** The nudge run: its daily time, rate limits, retry bound and lease (nudge-run-config.ts). */
    nudgeRun: nudgeRunSchema.default({}),
    /** The app service's daily KPI snapshot (kpi-snapshot-config.ts). */
    kpiSnapshots: kpiSnapshotScheduleSchema.default({}),
    /** The May and December follow-up cards to area and department chiefs (area-follow-up-config.ts). */
    areaFollowUp: areaFollowUpScheduleSchema.default({})
  })
  .superRefine((config, ctx) => {
    const scaleMax = config.classification.consequenceScale.length - 1;
    config.classification.protectiveMeasures.forEach((measure, index) => {
      if (measure.fromLevel > scaleMax) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['classification', 'protectiveMeasures', index, 'fromLevel'],
          message: `level ${measure.fromLevel} is above the consequence scale's highest level ${scaleMax}`
        });
      }
    });
    const courseKeys = new Set(config.training.courses.map((course) => course.key));
    const roleKeys = new Set(config.roles.map((role) => role.key));
    const levelKeys = new Set(config.organisationLevels.map((level) => level.key));
    config.training.audiences.forEach((audience, index) => {
      if (!courseKeys.has(audience.courseKey)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['training', 'audiences', index, 'courseKey'],
          message: `no course has the key "${audience.courseKey}"`
        });
      }
      if (audience.members.kind === 'role' && !roleKeys.has(audience.members.roleKey)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['training', 'audiences', index, 'members', 'roleKey'],
          message: `no role has the key "${audience.members.roleKey}"`
        });
      }
    });
    config.roles.forEach((role, index) => {
      if (role.scope.kind === 'per-unit' && !levelKeys.has(role.scope.level)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['roles', index, 'scope', 'level'],
          message: `no organisation level has the key "${role.scope.level}"`
        });
      }
    });
    (config.areaFollowUp.levels ?? []).forEach((level, index) => {
      if (!levelKeys.has(level)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['areaFollowUp', 'levels', index], message: `no organisation level has the key "${level}"` });
    });
    for (const field of ['areaResponsibleRoleKey', 'fallbackRoleKey'] as const) {
      if (!roleKeys.has(config.nudges[field])) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['nudges', field], message: `no role has the key "${config.nudges[field]}"` });
      }
    }
    for (const [duty, roleKey] of Object.entries(config.roleDuties)) {
      if (!roleKeys.has(roleKey)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['roleDuties', duty], message: `no role has the key "${roleKey}"` });
    }
    const bands = config.risk.levels;
    bands.forEach((band, index) => {
      const last = index === bands.length - 1;
      if (!last && band.maxScore === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['risk', 'levels', index, 'maxScore'], message: 'only the last risk level may be without a ceiling' });
      }
      // riskLevel relies on this: every score, however high, falls in a band instead of being guessed into the top one.
      if (last && band.maxScore !== undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['risk', 'levels', index, 'maxScore'], message: 'the last risk level must be without a ceiling' });
      }
      const previous = index > 0 ? bands[index - 1].maxScore : undefined;
      if (band.maxScore !== undefined && previous !== undefined && band.maxScore <= previous) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['risk', 'levels', index, 'maxScore'], message: 'risk levels must rise: each ceiling above the one before' });
      }
    });
    if (!config.maturity.scale.some((status) => status.key === config.maturity.targetStatus)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['maturity', 'targetStatus'], message: `no maturity status has the key "${config.maturity.targetStatus}"` });
    }
    for (const [list, path] of [
      [config.training.courses, ['training', 'courses']],
      [config.training.audiences, ['training', 'audiences']],
      [config.roles, ['roles']],
      [config.maturity.areas, ['maturity', 'areas']],
      [config.maturity.scale, ['maturity', 'scale']],
      [config.organisationLevels, ['organisationLevels']]
    ] as const) {
      const duplicate = uniqueKeys<{ key: string }>(list, (item) => item.key);
      if (duplicate) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path], message: `the key "${duplicate}" is used twice` });
    }
  });

export type RegionConfigInput = z.input<typeof regionConfigSchema>;
export type RegionConfig = z.output<typeof regionConfigSchema>;
export type CourseConfig = RegionConfig['training']['courses'][number];
export type AudienceConfig = RegionConfig['training']['audiences'][number];
export type RoleConfig = RegionConfig['roles'][number];
export type RoleDuties = RegionConfig['roleDuties'];
