import { CARD_BUDGET_BYTES, TEAMS_MESSAGE_LIMIT_BYTES, cardBytes } from '../../../bot/cards/card-budget';
import { CARD_VERBS } from '../../../bot/cards/card-actions';
import { digestCard } from '../../../bot/cards/digest-card';
import { ITEMS_KEPT_PER_SECTION } from '../../../bot/cards/digest-selection';
import { SUPPORTED_LOCALES } from '../../../src/domain/shared/localized-text';
import { schemaErrorsOf } from './card-schema';
import { actionsOf, itemContainersOf, textsOf } from './card-walk';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../../../bot/cards/adaptive-card';
import { TEAMS_MAX_ACTIVITY_BYTES } from '../../support/bot-connector-stand-in';
import { MY_TASKS_URL, cardInput, hugeAnswer, managerAnswer, typicalAnswer } from './sample-digests';

const shownKeys = (card: ReturnType<typeof digestCard>): Set<string> =>
  new Set(actionsOf(card).flatMap((action) => (action.type === 'Action.Execute' && action.verb === CARD_VERBS.snooze ? [String(action.data?.taskKey)] : [])));

/** Teams refuses a message over about 28 KB (issue 9): a long digest shows the most urgent items and a count of the rest. */
describe.each(SUPPORTED_LOCALES)('the card budget (%s)', (locale) => {
  test('the budget leaves room for the activity envelope', () => {
    expect(CARD_BUDGET_BYTES).toBeLessThanOrEqual(TEAMS_MESSAGE_LIMIT_BYTES - 4096);
  });

  test('2,000 items with long names: within the budget, valid, the most urgent shown, "och N till" with the link to My tasks', () => {
    const answer = hugeAnswer();
    const card = digestCard(cardInput(answer, locale));
    expect(cardBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(schemaErrorsOf(card)).toBe('');
    const keys = shownKeys(card);
    const owedShown = answer.owed.filter((item) => keys.has(item.key));
    const escalatedShown = answer.escalated.filter((escalated) => keys.has(escalated.key));
    expect(owedShown.length).toBeGreaterThan(5);
    // The most urgent of what I owe (the plan lists them first), with no gap.
    expect(owedShown).toEqual(answer.owed.slice(0, owedShown.length));
    // A manager's escalations are not crowded out by her own long list (R-NDG-3).
    expect(escalatedShown).toEqual(answer.escalated.slice(0, ITEMS_KEPT_PER_SECTION));
    // A group the card shows only part of says so.
    expect(textsOf(card)).toContain(locale === 'sv' ? `Informationsklassning (${owedShown.filter((item) => item.topic === 'classification').length} av 400)` : `Information classification (${owedShown.filter((item) => item.topic === 'classification').length} of 400)`);
    const left = answer.owed.length + answer.escalated.length - owedShown.length - escalatedShown.length;
    const more = textsOf(card).find((value) => value.includes(MY_TASKS_URL));
    expect(more).toBe(
      locale === 'sv'
        ? `Och ${left} uppgifter till som inte får plats här. [Öppna Mina uppgifter](${MY_TASKS_URL}) för att se allt.`
        : `And ${left} more tasks that do not fit here. [Open My tasks](${MY_TASKS_URL}) to see everything.`
    );
  });

  test('the capped card in a proactive message as the sender sends it is under what the Bot Connector takes', () => {
    const card = digestCard(cardInput(hugeAnswer(), locale));
    const activity = {
      type: 'message',
      id: 'f:8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/3f2e1d0c-9b8a-7f6e-5d4c-3b2a1f0e9d8c/',
      from: { id: '28:0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e', name: 'Tillit' },
      recipient: { id: '29:1Xy2Zw3Vu4Ts5Rq6Po7Nm8Lk9Ji0Hg-Fe1Dc2Ba3Zy4Xw5Vu6Ts7Rq8Po9Nm0Lk', aadObjectId: '6f5e4d3c-2b1a-0f9e-8d7c-6b5a4f3e2d1c', name: 'Åsa Lindström' },
      conversation: { id: 'a:1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9Qr0St1Uv2Wx3Yz4Ab5Cd6Ef7Gh8Ij9Kl0Mn1Op2Qr3St4Uv5Wx6Yz7', conversationType: 'personal', tenantId: '3f2e1d0c-9b8a-7f6e-5d4c-3b2a1f0e9d8c' },
      locale: locale === 'sv' ? 'sv-SE' : 'en-GB',
      summary: 'Tillit: 2050 uppgifter',
      attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
      channelData: { tenant: { id: '3f2e1d0c-9b8a-7f6e-5d4c-3b2a1f0e9d8c' }, tillit: { messageKey: 'nudge:asa.lindstrom@regionexempel.se:2026-03-16:0123456789abcdef0123456789abcdef' } }
    };
    expect(cardBytes(activity)).toBeLessThanOrEqual(TEAMS_MAX_ACTIVITY_BYTES - 2048);
  });

  test('a card that fits shows everything and no count', () => {
    const card = digestCard(cardInput(managerAnswer, locale));
    expect(itemContainersOf(card)).toHaveLength(managerAnswer.owed.length + managerAnswer.escalated.length + managerAnswer.staffTraining.length);
    expect(textsOf(card).some((value) => value.includes(MY_TASKS_URL))).toBe(false);
  });

  test('a smaller budget is kept exactly, down to a card of the first few items', () => {
    const full = cardBytes(digestCard(cardInput(typicalAnswer, locale)));
    for (const budget of [full - 1, full - 2000, 5000]) {
      const card = digestCard(cardInput(typicalAnswer, locale, { budgetBytes: budget }));
      expect(cardBytes(card)).toBeLessThanOrEqual(budget);
      expect(itemContainersOf(card).length).toBeLessThan(typicalAnswer.owed.length);
    }
  });
});
