import express, { type Router } from 'express';
import { z } from 'zod';
import { assessmentRequestSchema } from '../../src/contracts/incidents';
import { parseRequest } from '../http/http-problem';
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
    response.json(await assessIncident(services, caller, id, assessment));
  });
  return router;
}
