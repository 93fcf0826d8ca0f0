import { botText } from '../../../bot/i18n/bot-translator';
import { en } from '../../../bot/i18n/en';
import { sv } from '../../../bot/i18n/sv';

const keysOf = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, inner]) => (typeof inner === 'string' ? [`${prefix}${key}`] : keysOf(inner as object, `${prefix}${key}.`)));

describe('the bot\'s own translator (issue 9)', () => {
  test('English has exactly the Swedish keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(sv).sort());
  });

  test.each([
    ['sv', '2026-03-03', '3 mars 2026'],
    ['en', '2026-03-03', '3 March 2026'],
    ['sv', '2026-12-31', '31 december 2026'],
    ['sv', 'not a date', 'not a date']
  ] as const)('dates in the locale: %s %s is "%s"', (locale, date, expected) => {
    expect(botText(locale).date(date)).toBe(expected);
  });

  test('plurals, and a missing key shows itself', () => {
    expect(botText('sv').t('due.overdue', { count: 1 })).toBe('Försenad 1 dag');
    expect(botText('sv').t('due.overdue', { count: 12 })).toBe('Försenad 12 dagar');
    expect(botText('en').t('due.in', { count: 5 })).toBe('Due in 5 days');
    expect(botText('sv').t('notices.signed', { count: 3 })).toBe('Undertecknat. 3 uppgifter återstår.');
    expect(botText('en').t('no.such.key')).toBe('no.such.key');
    expect(botText('en').has('topics.training')).toBe(true);
    expect(botText('en').has('topics.unknown-topic')).toBe(false);
  });
});
