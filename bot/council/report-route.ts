import express, { type Router } from 'express';
import { COUNCIL_REPORT_PATH, reportRequestSchema } from '../../src/contracts/council-report';
import { ReportUnitNotFoundError } from '../../src/reports/council-report';
import { contentDispositionOf } from '../../src/reports/report-file-name';
import type { AppApiServices } from '../api/app-api-services';
import { HttpProblem, parseRequest } from '../http/http-problem';
import { councilReportFor } from './council-report-service';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * `GET /api/council/report?year=&lang=&period=&unit=` (issue 10, R-REP): the information security
 * report, a follow-up or an area's own follow-up as a .docx, for the tab's download button and the
 * area follow-up card. Answered as an attachment with its Swedish file name; the query is validated
 * before anything is read; a unit the follow-up does not know is 404.
 */
export function councilReportRoute(services: AppApiServices): Router {
  const router = express.Router();
  router.get(COUNCIL_REPORT_PATH, async (request, response) => {
    const query = parseRequest(reportRequestSchema, request.query, 'The address');
    const caller = await services.callerOf(request);
    let file;
    try {
      file = await councilReportFor(services, query, caller);
    } catch (error) {
      if (error instanceof ReportUnitNotFoundError) throw new HttpProblem(404, 'not-found', `No organisational unit "${error.unitId}" in the follow-up.`);
      throw error;
    }
    response.setHeader('Content-Type', DOCX_CONTENT_TYPE);
    response.setHeader('Content-Disposition', contentDispositionOf(file.fileName));
    response.setHeader('Content-Length', String(file.bytes.length));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(file.bytes);
  });
  return router;
}
