import express, { type Router } from 'express';
import { z } from 'zod';
import { assessmentRequestSchema } from '../../src/contracts/incidents';
import { parseRequest } from '../http/http-problem';
import { myTasksOf } from '../tasks/my-tasks';
import type { AppApiServices } from './app-api-services';
import { assessIncident, incidentFor } from './incident-assessment';

const idParamsSchema = z.object({ id: z.string().regex(/^\d{1,9}$/, 'an incident id is a whole number') });

/**
 * R-INC: the incident API. The Incidents list is private (a reporter reads only her own reports), so
 * a unit chief who is not a site owner reads and assesses through these routes, which know who is
 * the chief of which unit; the caller is always the signed-in person (R-SEC-1).
 */
export function incidentRoutes(services: AppApiServices): Router {
  const router = express.Router();
  router.get('/incidents/:id', async (request, response) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'The address');
    response.json(await incidentFor(services, await services.callerOf(request), id));
  });
  router.post('/incidents/:id/assessment', async (request, response) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'The address');
    const caller = await services.callerOf(request);
    const assessment = parseRequest(assessmentRequestSchema, request.body, 'The assessment');
    const assessed = await assessIncident(services, caller, id, assessment);
    // What the chief and the DSO owe changed: their next My tasks (and the bot's digest) reads it afresh.
    myTasksOf(services).plans.invalidate();
    response.json(assessed);
  });
  /**
   * The report itself is written by the reporter straight to SharePoint (so SharePoint's Author is she);
   * the page then says so here, and the day's plan is read afresh, so that the unit chief and the DSO
   * see it at once with the 72-hour clock running (R-INC). Only someone who may read the incident may
   * say so (its reporter, its assessors, owners), so nobody else can make the service re-read at will.
   */
  router.post('/incidents/:id/reported', async (request, response) => {
    const { id } = parseRequest(idParamsSchema, request.params, 'The address');
    const view = await incidentFor(services, await services.callerOf(request), id);
    myTasksOf(services).plans.invalidate();
    // The same view GET answers: the receipt names who will look at it without a second request.
    response.json(view);
  });
  return router;
}
