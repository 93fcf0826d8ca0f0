import type { Locale } from '../../src/domain/shared/localized-text';
import { botText } from '../i18n/bot-translator';
import { adaptiveCard, text, type AdaptiveCard, type CardAction } from './adaptive-card';
import { CARD_VERBS } from './card-actions';
import { escapeCardMarkdown } from './card-markdown';

export interface ErrorCardInput {
  readonly locale: Locale;
  /** The message, in the person's language (bot/i18n `errors.*`); escaped, since it may quote a register or a server's words. */
  readonly message: string;
  /** Absolute: offered as a way on when the bot cannot help in Teams. */
  readonly myTasksUrl?: string;
  /** Offer "Försök igen", which asks for the digest afresh (the refresh verb). No automatic refresh: the message stays until read. */
  readonly tryAgain?: boolean;
}

const MESSAGE_MAX = 600;

/**
 * What an action answers when it fails and no digest can be shown (issue 9: "never crash"; a
 * clear message): what went wrong in plain words, "Försök igen" (the digest afresh) and My tasks.
 * When the digest can be read, the agent shows it with an error notice instead (digestCard's `notice`).
 */
export function errorCard({ locale, message, myTasksUrl, tryAgain }: ErrorCardInput): AdaptiveCard {
  const { t } = botText(locale);
  const actions: CardAction[] = [];
  if (tryAgain === true) actions.push({ type: 'Action.Execute', title: t('errors.tryAgain'), verb: CARD_VERBS.refresh, data: {} });
  if (myTasksUrl !== undefined) actions.push({ type: 'Action.OpenUrl', title: t('digest.openMyTasks'), url: myTasksUrl });
  return adaptiveCard({
    lang: locale,
    body: [
      {
        type: 'Container',
        style: 'attention',
        bleed: true,
        items: [text(t('errors.heading'), { style: 'heading', weight: 'bolder' }), text(escapeCardMarkdown(message, MESSAGE_MAX), { spacing: 'small' })]
      }
    ],
    actions,
    fallbackText: `${t('errors.heading')}: ${message}`
  });
}
