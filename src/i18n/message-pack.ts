import type { Messages } from './messages';
import { common } from './sv/common';

export type MessageNamespace = keyof Messages;
export type PartialMessages = Partial<Messages>;

/** Namespaces every pack holds (sv/common.ts): the product, the registers' names, goal areas, errors. */
export const COMMON_NAMESPACES = Object.keys(common) as MessageNamespace[];

/**
 * The messages one web part shows, and no others: a web part's bundle carries its own features'
 * Swedish only, and English is a chunk fetched when the page is English (issue 7's 150 KB aim per
 * web part; all messages in both languages were about 20 KB gzipped of every bundle).
 */
export interface MessagePack {
  readonly namespaces: readonly MessageNamespace[];
  readonly sv: PartialMessages;
  loadEnglish(): Promise<PartialMessages>;
}

/** Only the named namespaces of a complete message set. */
export function pickNamespaces(messages: Messages, namespaces: readonly MessageNamespace[]): PartialMessages {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as PartialMessages;
}

/**
 * A pack of the common namespaces plus the given Swedish features, e.g.
 * `messagePack({ myTasks, incidents })` with the features imported from `src/i18n/sv/…`: what is
 * imported is what the bundle carries. English comes from one on-demand chunk of all English.
 */
export function messagePack(features: PartialMessages): MessagePack {
  const namespaces = [...COMMON_NAMESPACES, ...(Object.keys(features) as MessageNamespace[])];
  return {
    namespaces,
    sv: { ...common, ...features },
    loadEnglish: () => import(/* webpackChunkName: 'tillit-english' */ './en').then(({ en }) => pickNamespaces(en, namespaces))
  };
}
