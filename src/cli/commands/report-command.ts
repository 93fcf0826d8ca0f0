import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { appApiServices } from '../../../bot/api/app-api-services';
import { councilReportFor } from '../../../bot/council/council-report-service';
import { HttpProblem } from '../../../bot/http/http-problem';
import { DEFAULT_REGION_CONFIG } from '../../config/default-region';
import { instantOf, localDateOf, yearOf } from '../../domain/shared/calendar';
import { isLocalSite } from '../../local-sharepoint/local-admin-client';
import { APP_PRINCIPAL_EMAIL } from '../../local-sharepoint/local-site-defaults';
import { localToken } from '../../sharepoint/sp-factory';
import { ReportUnitNotFoundError } from '../../reports/council-report';
import type { ReportRequest } from '../../contracts/council-report';
import type { ReportFile } from '../../reports/council-report-file';
import { REPORT_PERIODS } from '../../reports/report-period';
import { reportLanguageSchema, reportPeriodKeySchema, reportUnitSchema, reportYearSchema } from '../../contracts/council-report';
import { defineCommand, type Command } from '../command';
import { valueOption } from '../command-option';
import { EXIT_OK } from '../exit-codes';
import { siteConnection, siteOption } from '../site-connection-options';
import { UsageError } from '../usage-error';

/** How the command gets the report: from the site's registers, computed as the app service does (bot/council). */
export type ReportWriterOf = (siteUrl: string) => (request: ReportRequest) => Promise<ReportFile>;

const outSchema = z
  .string()
  .trim()
  .min(1, 'give the file to write')
  .refine((path) => path.toLowerCase().endsWith('.docx'), 'must be a .docx file name');

/**
 * `tillit report` (issue 10, R-REP): the annual information security report, or a follow-up per
 * tertial or half-year, or an area's own follow-up, as a Word document. Options are checked with zod
 * before anything is read (a bad one is a usage error, exit code 2).
 */
export function reportCommandWith(reportWriterOf: ReportWriterOf, currentYear: () => number): Command {
  return defineCommand({
    name: 'report',
    summary: 'write the information security report (informationssäkerhetsberättelse) or a follow-up as a Word document',
    options: {
      site: siteOption,
      year: valueOption({ placeholder: 'YYYY', schema: reportYearSchema.optional(), description: 'the year reported on', defaultText: 'the current year' }),
      lang: valueOption({ placeholder: 'sv|en', schema: reportLanguageSchema.default('sv'), description: 'the report\'s language' }),
      period: valueOption({ placeholder: REPORT_PERIODS.join('|'), schema: reportPeriodKeySchema.default('year'), description: 'the whole year, a tertial or a half-year follow-up' }),
      unit: valueOption({ placeholder: 'UNIT-ID', schema: reportUnitSchema.optional(), description: 'an area\'s own follow-up (the action plan\'s section 4): the unit\'s id', defaultText: 'the whole region' }),
      out: valueOption({ placeholder: 'FILE.docx', schema: outSchema, description: 'the file to write (replaced if it exists)' })
    },
    notes: [
      'Reads the registers once, computes the council\'s dashboard with the domain\'s rules (the figures',
      'the council\'s tab shows) and writes the report with native, editable Word charts.',
      'Exit code 0: written; 2: a wrong option or an unknown unit.'
    ],
    async run(options) {
      const year = options.year ?? currentYear();
      let file;
      try {
        file = await reportWriterOf(options.site)({ year, lang: options.lang, period: options.period, unit: options.unit });
      } catch (error) {
        if (error instanceof ReportUnitNotFoundError) throw new UsageError(`--unit: ${error.message}`);
        // A year that has not begun: the service's own 400, said as a bad option.
        if (error instanceof HttpProblem && error.status === 400) throw new UsageError(`--year: ${error.message}`);
        throw error;
      }
      const out = resolve(options.out);
      await mkdir(dirname(out), { recursive: true });
      // Written beside and renamed: a reader never sees half a document, a failure never leaves one.
      const partial = `${out}.partial`;
      await writeFile(partial, file.bytes);
      await rename(partial, out);
      process.stdout.write(`Wrote ${out} (${Math.round(file.bytes.length / 1024)} KB), filed as "${file.fileName.name}".\n`);
      return EXIT_OK;
    }
  });
}

/** `tillit report` on a site: the app's own identity reads the registers (locally the app principal), as the app service does. */
export const reportCommand = reportCommandWith(
  (siteUrl) => {
    const connection = isLocalSite(siteUrl) ? { siteUrl, token: localToken(APP_PRINCIPAL_EMAIL) } : siteConnection(siteUrl, undefined);
    const services = appApiServices({
      ...connection,
      config: DEFAULT_REGION_CONFIG,
      // No one calls: the command acts as the service itself (the registers' permissions still apply to its token).
      callerOf: () => Promise.reject(new Error('tillit report has no caller')),
      log: (line) => process.stderr.write(`${line}\n`)
    });
    return (request) => councilReportFor(services, request);
  },
  () => yearOf(localDateOf(instantOf(new Date()), DEFAULT_REGION_CONFIG.timeZone))
);
