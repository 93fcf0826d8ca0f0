import type { Locale } from '../../src/domain/shared/localized-text';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { digestCard, type DigestCardInput as CardsDigestInput } from '../cards/digest-card';
import { errorCard } from '../cards/error-card';
import { helpCard } from '../cards/help-card';

/**
 * The seam between the bot's turns and the cards (bot/cards, the cards helper's part of issue 9): the
 * turns build a DigestCardInput and never a card themselves.
 */
export type DigestCardInput = CardsDigestInput;
export type Card = AdaptiveCard;

export function digestReplyCard(input: DigestCardInput): Card {
  return digestCard(input);
}

export function helpReplyCard(locale: Locale): Card {
  return helpCard(locale);
}

/** What an action or a command answers when no digest can be shown (the person is unknown, the turn failed): the cards' error card. */
export function noticeCard(text: string, _kind: 'warning' | 'error', locale: Locale = 'sv'): Card {
  return errorCard({ locale, message: text, tryAgain: true });
}
