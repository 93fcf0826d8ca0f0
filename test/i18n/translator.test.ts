import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { createTranslator, resolveLocale, translatorOver } from '../../src/i18n/translator';

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

describe('translatorOver: nested keys, {{placeholders}} and the fallback (issue 7: no i18next in the bundles)', () => {
  const primary = { greeting: 'Hello {{name}}, you have {{ count }} items', group: { only: 'Only here' }, empty: '' };
  const fallback = { greeting: 'Hej {{name}}', group: { only: 'Bara här', swedish: 'Bara på svenska' } };
  const t = translatorOver(primary, fallback);

  test('fills every placeholder, with or without spaces inside the braces, numbers as written', () => {
    expect(t('greeting', { name: 'Åsa', count: 3 })).toBe('Hello Åsa, you have 3 items');
  });

  test('a key missing in the first set comes from the fallback; one missing in both shows itself', () => {
    expect(t('group.only')).toBe('Only here');
    expect(t('group.swedish')).toBe('Bara på svenska');
    expect(t('group.nothing')).toBe('group.nothing');
  });

  test('a key that names a group, or an inherited property, is not a message', () => {
    expect(t('group')).toBe('group');
    expect(t('constructor')).toBe('constructor');
    expect(t('greeting.length')).toBe('greeting.length');
  });

  test('a placeholder without a value is left out, an empty message stays empty', () => {
    expect(t('greeting', { name: 'Bo' })).toBe('Hello Bo, you have  items');
    expect(t('empty')).toBe('');
  });
});
