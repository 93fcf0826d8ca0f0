import { CARD_BUDGET_BYTES, cardBytes } from '../../../bot/cards/card-budget';
import { digestCard } from '../../../bot/cards/digest-card';
import { DEFAULT_REGION_CONFIG } from '../../../src/config/default-region';
import { isoDate } from '../../../src/domain/shared/calendar';
import { schemaErrorsOf } from './card-schema';
import { demoAnswers } from './demo-answers';
import { cardInput } from './sample-digests';

/** The demo region's real digests (R-NDG-1..3): every one fits Teams' limit, the largest is a valid card in both languages. */
describe('the demo region\'s digests as cards', () => {
  const answers = demoAnswers(DEFAULT_REGION_CONFIG, isoDate('2026-03-16'), 0.15);

  test('every digest fits the budget; the largest is valid in Swedish and English', () => {
    expect(answers.length).toBeGreaterThan(100);
    let largest = { bytes: 0, at: -1 };
    answers.forEach(({ answer, name }, at) => {
      const bytes = cardBytes(digestCard(cardInput(answer, 'sv', { recipient: { name } })));
      expect(bytes).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      if (bytes > largest.bytes) largest = { bytes, at };
    });
    const { answer, name } = answers[largest.at];
    for (const locale of ['sv', 'en'] as const) expect(schemaErrorsOf(digestCard(cardInput(answer, locale, { recipient: { name } })))).toBe('');
  });
});
