import type { Locale } from '../domain/shared/localized-text';
import type { MessagePack, PartialMessages } from './message-pack';

export interface InstalledMessages {
  readonly sv: PartialMessages;
  /** Absent until an English page asked for it. */
  readonly en?: PartialMessages;
}

let installed: InstalledMessages = { sv: {} };

/**
 * The messages of the web part in this bundle, installed by its host (the SPFx shell's onInit, the
 * workbench) before the first render, so that every component's `createTranslator(locale)` finds
 * them without each one loading its language. One bundle holds one web part, so one pack at a time;
 * installing replaces what was there (the workbench mounts one part after another).
 */
export async function installMessagePack(pack: MessagePack, locale: Locale): Promise<void> {
  const en = locale === 'en' ? await pack.loadEnglish() : undefined;
  installed = { sv: pack.sv, en };
}

/** All messages at once: the tests of components, and hosts that show everything. */
export function installMessages(messages: InstalledMessages): void {
  installed = messages;
}

export function installedMessages(): InstalledMessages {
  return installed;
}
