import { answerLocale, commandOf, type BotCommand } from '../../../bot/agent/bot-commands';

describe('commandOf: what a chat message asks the bot (issue 9, in Swedish and English)', () => {
  test.each<[string | undefined, BotCommand]>([
    ['mina uppgifter', 'my-tasks'],
    ['  Mina   Uppgifter! ', 'my-tasks'],
    ['<at>Tillit</at> mina uppgifter', 'my-tasks'],
    ['my tasks', 'my-tasks'],
    ['My Tasks.', 'my-tasks'],
    ['/tasks', 'my-tasks'],
    ['hjälp', 'help'],
    ['HJÄLP', 'help'],
    ['hjalp', 'help'],
    ['help', 'help'],
    ['?', 'help'],
    ['mina uppgifter tack', 'other'],
    ['uppgifter om mig', 'other'],
    ['', 'other'],
    [undefined, 'other']
  ])('%j → %s', (text, expected) => {
    expect(commandOf(text)).toBe(expected);
  });
});

describe('answerLocale: the person\'s Teams locale, then the kept one, then Swedish', () => {
  test.each<[string | undefined, string | undefined, 'sv' | 'en']>([
    ['sv-SE', undefined, 'sv'],
    ['en-US', undefined, 'en'],
    ['en-GB', 'sv-SE', 'en'],
    ['SV_se', undefined, 'sv'],
    [undefined, 'en-US', 'en'],
    ['fi-FI', 'en-GB', 'en'],
    ['fi-FI', undefined, 'sv'],
    [undefined, undefined, 'sv']
  ])('%s, kept %s → %s', (activity, kept, expected) => {
    expect(answerLocale(activity, kept)).toBe(expected);
  });
});
