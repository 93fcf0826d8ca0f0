import { z } from 'zod';
import { isoDateSchema } from '../shared/calendar';
import { emailSchema, idSchema } from '../shared/person-ref';

/** Treatment options as in ISO 27005 and CISO Assistant. */
export const RISK_TREATMENTS = ['open', 'mitigate', 'accept', 'avoid', 'transfer'] as const;
export const RISK_STATUSES = ['identified', 'in-treatment', 'monitored', 'closed'] as const;
export const RISK_SUBJECT_KINDS = ['asset', 'system', 'process', 'area'] as const;

/** One risk of the risk register (riskregister, R-RSK). Likelihood and consequence use the region's scales. */
export const riskSchema = z.object({
  id: idSchema,
  title: z.string().trim().min(1, 'a title is required').max(255),
  description: z.string().default(''),
  subjectKind: z.enum(RISK_SUBJECT_KINDS),
  subjectId: z.string().default(''),
  unitId: idSchema,
  /** R-RSK-1: every risk has an owner; absent means the register has a gap the KPI shows. */
  ownerEmail: emailSchema.optional(),
  likelihood: z.number().int().min(1, 'likelihood starts at 1'),
  consequence: z.number().int().min(0, 'consequence starts at 0'),
  treatment: z.enum(RISK_TREATMENTS).default('open'),
  status: z.enum(RISK_STATUSES).default('identified'),
  identifiedOn: isoDateSchema,
  followUpOn: isoDateSchema.optional()
});
export type Risk = z.infer<typeof riskSchema>;

/** A risk analysis of a business-critical area (KPI: % of such areas analysed, R-KPI 2). */
export const riskAnalysisSchema = z.object({
  id: idSchema,
  unitId: idSchema,
  title: z.string().trim().min(1, 'a title is required'),
  performedOn: isoDateSchema,
  approvedOn: isoDateSchema.optional()
});
export type RiskAnalysis = z.infer<typeof riskAnalysisSchema>;
