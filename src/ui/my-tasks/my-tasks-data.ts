import { MY_TASKS_PATH, SNOOZES_PATH, myTasksAnswerSchema, snoozeAnswerSchema, type MyTasksAnswer, type SnoozeAnswer } from '../../contracts/my-tasks';
import type { WebPartServices } from '../shell/web-part-services';

/**
 * My tasks come from the app service, not from the lists: the plan needs every register (read with the
 * app's identity, R-SEC-1: a person cannot read them all) and snoozes are written only by the app.
 */
export function loadMyTasks(services: Pick<WebPartServices, 'appService'>): Promise<MyTasksAnswer> {
  return services.appService.get(MY_TASKS_PATH, myTasksAnswerSchema);
}

export function snoozeTask(services: Pick<WebPartServices, 'appService'>, key: string, days: number): Promise<SnoozeAnswer> {
  return services.appService.post(SNOOZES_PATH, { key, days }, snoozeAnswerSchema);
}
