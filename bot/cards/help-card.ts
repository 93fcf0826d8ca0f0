import type { Locale } from '../../src/domain/shared/localized-text';
import { botText } from '../i18n/bot-translator';
import { adaptiveCard, text, type AdaptiveCard, type CardElement } from './adaptive-card';
import { escapeCardMarkdown } from './card-markdown';

export interface HelpCardOptions {
  /** What the person wrote that is not a command: the card starts by saying so (quoted, escaped, clipped). */
  readonly notUnderstood?: string;
  /** Absolute: the My tasks page, offered as a button. */
  readonly myTasksUrl?: string;
}

/** How much of an unknown message is quoted back. */
const QUOTE_MAX = 80;

/**
 * "hjälp" / "help", and the answer to anything the bot does not understand (issue 9): the two
 * commands, in both languages, and what the digest's buttons do.
 */
export function helpCard(locale: Locale, options: HelpCardOptions = {}): AdaptiveCard {
  const { t } = botText(locale);
  const body: CardElement[] = [];
  if (options.notUnderstood !== undefined && options.notUnderstood.trim() !== '') {
    body.push(text(t('help.notUnderstood', { text: escapeCardMarkdown(options.notUnderstood, QUOTE_MAX) }), { weight: 'bolder' }));
  }
  body.push(
    text(t('help.title'), { style: 'heading', weight: 'bolder', size: 'large' }),
    text(t('help.intro')),
    text(t('help.commandsHeading'), { style: 'heading', weight: 'bolder', spacing: 'large' }),
    {
      type: 'FactSet',
      facts: [
        { title: t('commands.myTasks'), value: t('help.commandMyTasks') },
        { title: t('commands.help'), value: t('help.commandHelp') }
      ]
    },
    text(t('help.commandsNote'), { isSubtle: true, size: 'small', spacing: 'small' }),
    text(t('help.buttonsHeading'), { style: 'heading', weight: 'bolder', spacing: 'large' }),
    {
      type: 'FactSet',
      facts: [
        { title: t('actions.open'), value: t('help.buttonOpen') },
        { title: t('actions.sign'), value: t('help.buttonSign') },
        { title: t('actions.snooze'), value: t('help.buttonSnooze') },
        { title: t('digest.openMyTasks'), value: t('help.buttonMyTasks') }
      ]
    }
  );
  return adaptiveCard({
    lang: locale,
    body,
    actions: options.myTasksUrl === undefined ? [] : [{ type: 'Action.OpenUrl', title: t('digest.openMyTasks'), url: options.myTasksUrl }],
    fallbackText: `${t('help.title')}: ${t('commands.myTasks')}, ${t('commands.help')}`
  });
}
