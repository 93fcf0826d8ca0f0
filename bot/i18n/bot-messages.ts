import type { sv } from './sv';

/** The shape every language of the bot must have: the Swedish file's keys, with any string values. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type BotMessages = Widen<typeof sv>;
