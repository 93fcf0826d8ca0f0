import { errorCard } from '../../../bot/cards/error-card';
import { helpCard } from '../../../bot/cards/help-card';
import { CARD_VERBS } from '../../../bot/cards/card-actions';
import { SUPPORTED_LOCALES } from '../../../src/domain/shared/localized-text';
import { schemaErrorsOf } from './card-schema';
import { actionsOf, elementsOf, textsOf } from './card-walk';
import { MY_TASKS_URL } from './sample-digests';

describe.each(SUPPORTED_LOCALES)('the help and error cards (%s)', (locale) => {
  test('help: the commands in both languages and what the buttons do, valid 1.5', () => {
    const card = helpCard(locale, { myTasksUrl: MY_TASKS_URL });
    expect(schemaErrorsOf(card)).toBe('');
    const facts = elementsOf(card).flatMap((element) => (element.type === 'FactSet' ? element.facts.map((fact) => fact.title) : []));
    expect(facts).toEqual(locale === 'sv' ? ['mina uppgifter', 'hjälp', 'Öppna', 'Skriv under', 'Påminn senare', 'Öppna Mina uppgifter'] : ['my tasks', 'help', 'Open', 'Sign', 'Remind me later', 'Open My tasks']);
    expect(textsOf(card).join(' ')).toContain(locale === 'sv' ? '”my tasks”' : '"mina uppgifter"');
    expect(schemaErrorsOf(helpCard(locale))).toBe('');
  });

  test('help after something not understood quotes it, escaped and clipped', () => {
    const card = helpCard(locale, { notUnderstood: `*hej* [x](javascript:y) ${'lång '.repeat(50)}` });
    expect(schemaErrorsOf(card)).toBe('');
    const first = textsOf(card)[0];
    expect(first).toContain('\\*hej\\* \\[x\\](javascript:y)');
    expect(first).toContain('…');
  });

  test('error: the message in an attention box, "Försök igen" (the refresh verb) and My tasks, valid 1.5', () => {
    const card = errorCard({ locale, message: 'SharePoint svarar inte <b>just nu</b>.', myTasksUrl: MY_TASKS_URL, tryAgain: true });
    expect(schemaErrorsOf(card)).toBe('');
    expect(textsOf(card)[1]).toBe('SharePoint svarar inte \\<b\\>just nu\\</b\\>.');
    expect(actionsOf(card).map((action) => action.type === 'Action.Execute' ? action.verb : action.type)).toEqual([CARD_VERBS.refresh, 'Action.OpenUrl']);
    expect(schemaErrorsOf(errorCard({ locale, message: 'x' }))).toBe('');
  });
});
