import { z } from 'zod';
import { SUPPORTED_LOCALES } from '../domain/shared/localized-text';

/**
 * The council's Word report (issue 10, R-REP): `GET /api/council/report?year=&lang=&period=&unit=`
 * answers the .docx (bot/council/report-route.ts); the tab's download button and the area follow-up
 * card link to it, and `tillit report` takes the same options.
 */
export const COUNCIL_REPORT_PATH = '/council/report';

/**
 * R-REP: the report covers a year, or one of the follow-ups the action plan names (section 4:
 * "tertialrapport, delårsrapport och årsbokslut"): the three tertials (January–April, May–August,
 * September–December) and the two halves.
 */
export const REPORT_PERIODS = ['year', 'tertial-1', 'tertial-2', 'tertial-3', 'half-1', 'half-2'] as const;
export type ReportPeriodKey = (typeof REPORT_PERIODS)[number];

/**
 * What a report is asked for with (R-REP), validated the same way by `tillit report` and
 * `GET /api/council/report`: the year, the language (Swedish unless English is asked for), the
 * period and, for an area or department chief's own follow-up, the unit.
 */
export const reportYearSchema = z.coerce
  .number({ invalid_type_error: 'must be a year such as 2026' })
  .int('must be a whole year such as 2026')
  .min(2000, 'must be a year from 2000')
  .max(2100, 'must be a year before 2100');

export const reportLanguageSchema = z.enum(SUPPORTED_LOCALES, { errorMap: () => ({ message: 'must be sv or en' }) });

export const reportPeriodKeySchema = z.enum(REPORT_PERIODS, { errorMap: () => ({ message: `must be one of ${REPORT_PERIODS.join(', ')}` }) });

/** A unit's id as the registers write it (the report only compares it with the dashboard's units; it never reaches a query). */
export const reportUnitSchema = z
  .string()
  .trim()
  .min(1, 'must be the id of an organisational unit')
  .max(255, 'must be the id of an organisational unit');

export const reportRequestSchema = z.object({
  year: reportYearSchema,
  lang: reportLanguageSchema.default('sv'),
  period: reportPeriodKeySchema.default('year'),
  unit: reportUnitSchema.optional()
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** The report's address under the app service's /api, for a link (the tab's button, the area card). */
export function councilReportHref(request: { readonly year: number; readonly lang?: string; readonly period?: ReportPeriodKey; readonly unit?: string }): string {
  const query = new URLSearchParams({ year: String(request.year) });
  if (request.lang !== undefined) query.set('lang', request.lang);
  if (request.period !== undefined && request.period !== 'year') query.set('period', request.period);
  if (request.unit !== undefined) query.set('unit', request.unit);
  return `/api${COUNCIL_REPORT_PATH}?${query.toString()}`;
}
