import type { MyTasksAnswer } from '../../src/contracts/my-tasks';
import type { Locale } from '../../src/domain/shared/localized-text';

/**
 * The seam between the bot's turns and the cards (bot/cards, the cards helper's part of issue 9):
 * the turns build a DigestCardInput and never a card themselves. Until bot/cards is on main this
 * file renders a plain Adaptive Card 1.5 of the same input, so the bot runs end to end.
 */
export interface DigestCardInput {
  readonly answer: MyTasksAnswer;
  readonly recipient: { readonly name?: string; readonly jobTitle?: string };
  readonly locale: Locale;
  readonly siteUrl: string;
  readonly myTasksUrl: string;
  readonly refreshUserIds: readonly string[];
  readonly notice?: { readonly kind: 'success' | 'warning' | 'error'; readonly text: string };
}

export type Card = Record<string, unknown>;

/** Markdown in a TextBlock: register text must not become links or emphasis. */
function plain(text: string): string {
  return text.replace(/[\\*_~`[\]()#>!|<&-]/g, (character) => `\\${character}`);
}

function card(body: unknown[], extra: Card = {}): Card {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...extra };
}

export function digestReplyCard(input: DigestCardInput): Card {
  const { answer, locale } = input;
  const sv = locale === 'sv';
  const notice = input.notice === undefined ? [] : [{ type: 'TextBlock', text: plain(input.notice.text), wrap: true, color: input.notice.kind === 'success' ? 'good' : input.notice.kind === 'warning' ? 'warning' : 'attention' }];
  const items = answer.owed.map((item) => ({
    type: 'Container',
    items: [{ type: 'TextBlock', text: `${plain(item.topic)}: ${plain(item.subjectName)} (${item.daysOverdue})`, wrap: true }],
    id: `item-${item.key}`
  }));
  const escalated = answer.escalated.map((escalated) => ({ type: 'TextBlock', id: `item-${escalated.key}`, text: `↑ ${plain(escalated.item.subjectName)} (${plain(escalated.item.responsibleEmail)})`, wrap: true }));
  return card([{ type: 'TextBlock', text: sv ? 'Dina uppgifter' : 'Your tasks', weight: 'bolder', size: 'medium' }, ...notice, ...items, ...escalated], {
    refresh: { action: { type: 'Action.Execute', verb: 'tillit.refresh', data: {} }, userIds: [...input.refreshUserIds] },
    actions: [{ type: 'Action.OpenUrl', title: sv ? 'Öppna Mina uppgifter' : 'Open My tasks', url: input.myTasksUrl }]
  });
}

export function helpReplyCard(locale: Locale): Card {
  return card([{ type: 'TextBlock', text: locale === 'sv' ? 'Tillit hjälper dig med det du har att göra. Skriv **mina uppgifter**.' : 'Tillit helps you with what you owe. Write **my tasks**.', wrap: true }]);
}

/** A card that says what went wrong when no digest can be shown (the person is unknown, the plan failed). */
export function noticeCard(text: string, kind: 'warning' | 'error'): Card {
  return card([{ type: 'TextBlock', text: plain(text), wrap: true, color: kind === 'warning' ? 'warning' : 'attention' }]);
}
