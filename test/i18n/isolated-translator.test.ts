import { isolatedTranslator } from '../../src/i18n/isolated-translator';

const texts = {
  sv: { greeting: 'Hej {{name}} & välkommen', onlySwedish: 'Bara svenska' },
  en: { greeting: 'Hello {{name}} & welcome' }
};

describe('isolatedTranslator: a part’s own sv/en texts (the bot’s cards, the Word report)', () => {
  it('translates in the chosen language and interpolates without HTML escaping (cards are JSON, docx escapes its runs)', () => {
    expect(isolatedTranslator(texts, 'sv').t('greeting', { name: 'Åsa' })).toBe('Hej Åsa & välkommen');
    expect(isolatedTranslator(texts, 'en').t('greeting', { name: 'Åsa' })).toBe('Hello Åsa & welcome');
  });

  it('falls back to Swedish for a key missing in English, and shows a key missing everywhere', () => {
    const english = isolatedTranslator(texts, 'en');
    expect(english.t('onlySwedish')).toBe('Bara svenska');
    expect(english.has('onlySwedish')).toBe(true);
    expect(english.t('nowhere')).toBe('nowhere');
    expect(english.has('nowhere')).toBe(false);
  });

  it.each([
    ['sv', '2026-03-03', '3 mars 2026'],
    ['en', '2026-03-03', '3 March 2026'],
    ['sv', '2026-12-31', '31 december 2026'],
    ['en', 'not a date', 'not a date']
  ] as const)('writes the calendar date out in %s: %s → %s, whatever the server’s time zone', (locale, isoDate, written) => {
    expect(isolatedTranslator(texts, locale).longDate(isoDate)).toBe(written);
  });
});
