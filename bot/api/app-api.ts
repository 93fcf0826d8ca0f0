import express, { type Router } from 'express';
import { acknowledgementRoutes } from '../acknowledgements/acknowledgement-routes';
import { councilRoutes } from '../council/council-routes';
import { councilReportRoute } from '../council/report-route';
import type { AppApiServices } from './app-api-services';
import { myTasksRoutes } from './my-tasks-routes';
import { incidentRoutes } from './incident-routes';

/** The API answers are about one person's duties and signatures: no cache or proxy keeps them. */
const noStore: express.RequestHandler = (_request, response, next) => {
  response.setHeader('Cache-Control', 'no-store');
  next();
};

/**
 * `/api/…` (except the bot's /api/messages): JSON routes the web parts, the tab and the bot's card
 * actions share. Each feature adds its router here; bodies are small JSON (64 KB at most) and every
 * route validates what it reads with zod (http-problem.ts parseRequest).
 */
export function appApi(services: AppApiServices): Router {
  const router = express.Router();
  router.use(noStore, express.json({ limit: '64kb' }));
  router.get('/me', async (request, response) => {
    response.json(await services.callerOf(request));
  });
  router.use(myTasksRoutes(services));
  router.use(incidentRoutes(services));
  router.use(acknowledgementRoutes(services));
  router.use(councilRoutes(services));
  router.use(councilReportRoute(services));
  return router;
}
