import type { Locale } from '../../src/domain/shared/localized-text';

export type BotCommand = 'my-tasks' | 'help' | 'other';

const MY_TASKS = new Set(['mina uppgifter', 'uppgifter', 'my tasks', 'tasks']);
const HELP = new Set(['hjälp', 'hjalp', 'help', '?']);

/**
 * What a chat message asks for, in Swedish or English (issue 9): the text without the bot's
 * @-mention (group chats and channels mention it), case, surrounding blanks and a closing mark.
 */
export function commandOf(text: string | undefined): BotCommand {
  const plain = (text ?? '')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[/]+/, '')
    .replace(/(.)[.!]+$/, '$1');
  if (MY_TASKS.has(plain)) return 'my-tasks';
  if (HELP.has(plain)) return 'help';
  return 'other';
}

/**
 * The language to answer in: the person's Teams locale (activity.locale, e.g. sv-SE, en-GB), then
 * the one kept from an earlier activity; Swedish when neither says (the region's language).
 */
export function answerLocale(activityLocale: string | undefined, keptLocale?: string): Locale {
  for (const tag of [activityLocale, keptLocale]) {
    const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
    if (language === 'sv') return 'sv';
    if (language === 'en') return 'en';
  }
  return 'sv';
}
