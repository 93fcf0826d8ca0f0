import type { Locale } from '../../src/domain/shared/localized-text';
import { myTasksOf } from '../tasks/my-tasks';
import { agentText } from './agent-text';
import type { BotLinks, BotServices } from './bot-services';
import { digestReplyCard, noticeCard, type Card, type DigestCardInput } from './reply-cards';

export interface DigestRequest {
  readonly email: string;
  readonly teamsUserId: string;
  readonly locale: Locale;
  readonly notice?: DigestCardInput['notice'];
}

/**
 * The person's digest as a card (R-NDG-1, R-NDG-2): the same answer as My tasks (the day's plan
 * less their snoozes), refreshed for them only (Universal Actions' userIds: the card is personal).
 */
export async function digestCardFor(services: BotServices, links: BotLinks, request: DigestRequest): Promise<Card> {
  const tasks = myTasksOf(services);
  const answer = await tasks.answerFor(request.email);
  const planned = await tasks.plans.plan(answer.asOf);
  const person = planned.staff.get(request.email);
  if (person === undefined) return noticeCard(agentText(request.locale, 'unknownPerson', { email: request.email }), 'warning', request.locale);
  return digestReplyCard({
    answer,
    recipient: { name: person.displayName },
    locale: request.locale,
    siteUrl: links.siteUrl,
    myTasksUrl: links.myTasksUrl,
    refreshUserIds: [request.teamsUserId],
    notice: request.notice,
    courses: services.config.training.courses
  });
}
