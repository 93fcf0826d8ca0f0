import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { createTranslator, resolveLocale } from '../../src/i18n/translator';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function leafValue(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe('Swedish first, every string in Swedish and English', () => {
  test('Swedish and English have exactly the same keys', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(sv).sort());
  });

  test.each(leafKeys(sv))('%s is a non-empty string in both languages', (key) => {
    expect(String(leafValue(sv, key)).trim()).not.toBe('');
    expect(String(leafValue(en, key)).trim()).not.toBe('');
  });

  test('the same placeholders are used in both languages', () => {
    const placeholders = (text: unknown): string[] => (String(text).match(/{{\w+}}/g) ?? []).sort();
    for (const key of leafKeys(sv)) expect([key, placeholders(leafValue(en, key))]).toEqual([key, placeholders(leafValue(sv, key))]);
  });
});

describe('resolveLocale follows the Teams/SharePoint locale', () => {
  test.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['SV', 'sv'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fi-FI', 'en'],
    ['nb_NO', 'en'],
    ['', 'sv'],
    [undefined, 'sv']
  ])('%s → %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  test('an unknown tag falls back to the given default only when no tag is given', () => {
    expect(resolveLocale(undefined, 'en')).toBe('en');
    expect(resolveLocale('sv-SE', 'en')).toBe('sv');
  });
});

describe('createTranslator', () => {
  test('translates and interpolates in Swedish', () => {
    const t = createTranslator('sv');
    expect(t('errors.throttled', { seconds: 12 })).toBe('SharePoint ber oss vänta en stund. Försök igen om 12 sekunder.');
    expect(t('fields.traceability')).toBe('Spårbarhet');
  });

  test('translates in English', () => {
    const t = createTranslator('en');
    expect(t('fields.traceability')).toBe('Traceability');
    expect(t('values.priority.business-critical')).toBe('Business-critical');
  });

  test('does not HTML-escape (React escapes where it renders), so text is shown as written', () => {
    const t = createTranslator('sv');
    expect(t('configurationSummary.intro', { region: 'Region <Jämtland> & Härjedalen' })).toContain('Region <Jämtland> & Härjedalen');
  });

  test('a missing key shows itself rather than an empty string', () => {
    expect(createTranslator('en')('no.such.key')).toBe('no.such.key');
  });
});
