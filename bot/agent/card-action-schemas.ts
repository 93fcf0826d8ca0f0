/** The verbs and zod schemas of the cards' Action.Execute data: the cards helper's contract (bot/cards/card-actions.ts). */
export { CARD_VERBS, parseCardAction, type SignAction, type SnoozeAction } from '../cards/card-actions';
