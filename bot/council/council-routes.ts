import express, { type Router } from 'express';
import { COUNCIL_DASHBOARD_PATH } from '../../src/contracts/council-dashboard';
import {
  COUNCIL_MATURITY_PATH,
  COUNCIL_MEETINGS_PATH,
  COUNCIL_SNAPSHOTS_PATH,
  dashboardQuerySchema,
  maturityAnswerSchema,
  maturityRequestSchema,
  meetingAnswerSchema,
  meetingRequestSchema,
  snapshotAnswerSchema
} from '../../src/contracts/council-writes';
import type { AppApiServices } from '../api/app-api-services';
import { parseRequest } from '../http/http-problem';
import { councilDashboardFor } from './council-dashboard-service';
import { recordMaturity, recordMeeting, takeMeetingSnapshot } from './council-writes';

/**
 * The security council's API (issue 10; R-KPI, R-MAT, R-MTG, R-ACT, R-REP, R-SEC-1): the dashboard in
 * one round trip (on a cold start the stored dashboard, `fresh=1` for the live one), a KPI snapshot taken now, the year's maturity per area, and a meeting whose actions
 * land in the action plan. The caller is the signed-in person; what they may do is the roles
 * register's (council-permissions.ts). Requests are validated before anything is read or written, and
 * answers with the contract's schemas (src/contracts/council-*.ts).
 */
export function councilRoutes(services: AppApiServices): Router {
  const router = express.Router();
  router.get(COUNCIL_DASHBOARD_PATH, async (request, response) => {
    const query = parseRequest(dashboardQuerySchema, request.query, 'The address');
    const caller = await services.callerOf(request);
    // councilDashboardFor answers through the contract's schema already. fresh=1: live, never the stored copy.
    response.json(await councilDashboardFor(services, query.year, caller, { fresh: query.fresh === '1' }));
  });
  router.post(COUNCIL_SNAPSHOTS_PATH, async (request, response) => {
    const caller = await services.callerOf(request);
    response.status(201).json(snapshotAnswerSchema.parse(await takeMeetingSnapshot(services, caller)));
  });
  router.post(COUNCIL_MATURITY_PATH, async (request, response) => {
    const caller = await services.callerOf(request);
    const assessment = parseRequest(maturityRequestSchema, request.body, 'The assessment');
    response.status(201).json(maturityAnswerSchema.parse(await recordMaturity(services, caller, assessment)));
  });
  router.post(COUNCIL_MEETINGS_PATH, async (request, response) => {
    const caller = await services.callerOf(request);
    const meeting = parseRequest(meetingRequestSchema, request.body, 'The meeting');
    response.status(201).json(meetingAnswerSchema.parse(await recordMeeting(services, caller, meeting)));
  });
  return router;
}
