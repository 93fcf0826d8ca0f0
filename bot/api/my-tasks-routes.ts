import express, { type Router } from 'express';
import { MY_TASKS_PATH, SNOOZES_PATH, snoozeRequestSchema, type MyTasksAnswer, type SnoozeAnswer } from '../../src/contracts/my-tasks';
import { HttpProblem, parseRequest } from '../http/http-problem';
import { myTasksOf, type MyTasks } from '../tasks/my-tasks';
import type { AppApiServices } from './app-api-services';

/**
 * My tasks (issue 8, web part 2): `GET /api/my-tasks` is the caller's digest (R-NDG-1..3), `POST
 * /api/snoozes` snoozes one item of it (R-NDG-2). The caller is the signed-in person
 * (services.callerOf), never a parameter: nobody reads or snoozes another person's tasks (R-SEC-1).
 */
export function myTasksRoutes(services: AppApiServices, tasks: MyTasks = myTasksOf(services)): Router {
  const router = express.Router();
  router.get(MY_TASKS_PATH, async (request, response) => {
    const caller = await services.callerOf(request);
    const answer: MyTasksAnswer = await tasks.answerFor(caller.email);
    response.json(answer);
  });
  router.post(SNOOZES_PATH, async (request, response) => {
    const caller = await services.callerOf(request);
    const wanted = parseRequest(snoozeRequestSchema, request.body, 'The snooze');
    const result = await tasks.snooze(caller.email, wanted);
    switch (result.outcome) {
      case 'length-not-offered':
        throw new HttpProblem(400, 'invalid-request', `A reminder can be snoozed for ${result.offered.join(', ')} days, not ${wanted.days}.`);
      case 'not-in-your-digest':
        throw new HttpProblem(403, 'not-your-task', 'Only an item of your own tasks (owed by you or escalated to you) can be snoozed.');
      case 'snoozed': {
        const answer: SnoozeAnswer = result.answer;
        services.log(`my tasks: ${caller.email} snoozed ${wanted.key} until ${answer.until}`);
        response.status(201).json(answer);
      }
    }
  });
  return router;
}
