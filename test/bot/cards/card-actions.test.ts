import type { ActionExecute, ActionShowCard, CardElement } from '../../../bot/cards/adaptive-card';
import { CARD_VERBS, parseCardAction, signInputId } from '../../../bot/cards/card-actions';
import { digestCard } from '../../../bot/cards/digest-card';
import { actionsOf } from './card-walk';
import { cardInput, hostileAnswer } from './sample-digests';

/** What Teams sends for an Action.Execute: the action's data with the values of the inputs gathered, by id. */
function pressed(action: ActionExecute, inputs: readonly CardElement[], values: Record<string, string>): Record<string, unknown> {
  const gathered: Record<string, unknown> = {};
  for (const input of inputs) if (input.type === 'Input.Text' || input.type === 'Input.Toggle') gathered[input.id] = values[input.id] ?? input.value ?? '';
  return { ...action.data, ...gathered };
}

describe('card actions: every Action.Execute the cards send parses with its schema (issue 9)', () => {
  const card = digestCard(cardInput(hostileAnswer, 'sv'));
  const signCards = actionsOf(card).filter((action): action is ActionShowCard => action.type === 'Action.ShowCard' && action.card.actions?.some((inner) => inner.type === 'Action.Execute' && inner.verb === CARD_VERBS.sign) === true);

  test('a sign form filled in and sent as Teams sends it: the plain fields, the confirmation true, nothing about the signer', () => {
    expect(signCards.length).toBeGreaterThan(0);
    for (const signCard of signCards) {
      const action = signCard.card.actions?.[0] as ActionExecute;
      const form = Number(action.data?.form);
      const data = pressed(action, signCard.card.body, { [signInputId('place', form)]: ' Sundsvall ', [signInputId('confirmed', form)]: 'true' });
      expect(parseCardAction(action.verb, data)).toEqual({
        ok: true,
        action: { verb: CARD_VERBS.sign, data: { taskKey: action.data?.taskKey, place: 'Sundsvall', signerTitle: 'Informationssäkerhetssamordnare', printedName: 'Åsa Lindström', confirmed: true } }
      });
    }
  });

  test('an unticked confirmation, an empty place or a forged signer is refused with a message naming the field', () => {
    const action = signCards[0].card.actions?.[0] as ActionExecute;
    const data = pressed(action, signCards[0].card.body, { 'place.1': '', 'confirmed.1': 'false' });
    const parsed = parseCardAction(action.verb, data);
    expect(parsed).toEqual({ ok: false, error: expect.stringContaining('place: the place (ort) is required') });
    expect(parsed.ok ? '' : parsed.error).toContain('confirmed: the confirmation must be ticked');
    const forged = parseCardAction(CARD_VERBS.sign, { ...pressed(action, signCards[0].card.body, { 'place.1': 'Umeå', 'confirmed.1': 'true' }), signerEmail: 'ceo@regionexempel.se' });
    expect(forged).toEqual({ ok: false, error: expect.stringContaining("Unrecognized key(s) in object: 'signerEmail'") });
  });

  test('another form\'s inputs sent along are not this form\'s', () => {
    const data = { taskKey: 'k', form: 2, 'place.1': 'Fel', 'place.2': 'Rätt', 'signerTitle.2': 'T', 'printedName.2': 'N', 'confirmed.2': 'true', 'confirmed.1': 'false' };
    expect(parseCardAction(CARD_VERBS.sign, data)).toEqual({ ok: true, action: { verb: CARD_VERBS.sign, data: { taskKey: 'k', place: 'Rätt', signerTitle: 'T', printedName: 'N', confirmed: true } } });
  });

  test('every snooze button parses, with its key and days', () => {
    const snoozes = actionsOf(card).filter((action): action is ActionExecute => action.type === 'Action.Execute' && action.verb === CARD_VERBS.snooze);
    expect(snoozes.length).toBeGreaterThan(0);
    for (const snooze of snoozes) expect(parseCardAction(snooze.verb, snooze.data)).toEqual({ ok: true, action: { verb: CARD_VERBS.snooze, data: { taskKey: snooze.data?.taskKey, days: snooze.data?.days } } });
  });

  test.each([
    ['days as text', { taskKey: 'k', days: '14' }, { ok: true, action: { verb: CARD_VERBS.snooze, data: { taskKey: 'k', days: 14 } } }],
    ['no days', { taskKey: 'k' }, { ok: false, error: 'tillit.snooze: days: days is required' }],
    ['days not whole', { taskKey: 'k', days: 1.5 }, { ok: false, error: 'tillit.snooze: days: days must be a whole number of days' }],
    ['days true', { taskKey: 'k', days: true }, { ok: false, error: 'tillit.snooze: days: days must be a whole number of days' }],
    ['no key', { days: 7 }, { ok: false, error: 'tillit.snooze: taskKey: taskKey is required' }]
  ])('snooze with %s', (_, data, expected) => {
    expect(parseCardAction(CARD_VERBS.snooze, data)).toEqual(expected);
  });

  test('the refresh, and the card\'s own refresh action, parse; an unknown verb says which verbs there are', () => {
    expect(card.refresh && parseCardAction(card.refresh.action.verb, card.refresh.action.data)).toEqual({ ok: true, action: { verb: CARD_VERBS.refresh, data: {} } });
    expect(parseCardAction('tillit.delete', {})).toEqual({ ok: false, error: 'unknown card action verb "tillit.delete" (expected one of tillit.sign, tillit.snooze, tillit.refresh)' });
    expect(parseCardAction(CARD_VERBS.sign, 'text')).toEqual({ ok: false, error: expect.stringContaining('tillit.sign: taskKey: taskKey is required') });
  });
});
