import type { Locale } from '../../src/domain/shared/localized-text';

/** The bot's own sentences (chat answers and card notices), in Swedish and English; the cards' words are bot/cards'. */
const sv = {
  shortHelp: 'Skriv **mina uppgifter** för att se vad du har att göra, eller **hjälp**.',
  welcome: 'Hej! Jag är Tillit och påminner dig om det du har att göra i informationssäkerhetsarbetet.',
  unknownPerson: 'Tillit hittar dig inte i regionens personalregister ({{email}}), så jag kan inte visa några uppgifter.',
  noIdentity: 'Teams talade inte om vem du är, så jag kan inte svara. Försök igen om en stund.',
  signed: 'Du har skrivit under {{title}}, version {{version}}. Kontrollkod {{code}}.',
  alreadySigned: 'Du hade redan skrivit under {{title}}, version {{version}}.',
  snoozed: 'Uppskjutet till {{until}}.',
  refreshed: 'Uppdaterat.',
  notInDigest: 'Den uppgiften finns inte längre bland dina uppgifter; här är det som är kvar.',
  notAnAcknowledgement: 'Den uppgiften är ingen bekräftelse att skriva under.',
  snoozeLength: 'Det går bara att skjuta upp {{offered}} dagar.',
  badAction: 'Kortet skickade något som inte gick att läsa ({{error}}). Ingenting har sparats.',
  refused: 'Det gick inte: {{message}} Ingenting har sparats.',
  failed: 'Något gick fel hos Tillit och ingenting har sparats. Försök igen om en stund.'
};

export type AgentTextKey = keyof typeof sv;

const en: Record<AgentTextKey, string> = {
  shortHelp: 'Write **my tasks** to see what you owe, or **help**.',
  welcome: 'Hello! I am Tillit and remind you of what you owe in the information security work.',
  unknownPerson: 'Tillit cannot find you in the region\'s staff register ({{email}}), so there are no tasks to show.',
  noIdentity: 'Teams did not say who you are, so I cannot answer. Please try again in a moment.',
  signed: 'You signed {{title}}, version {{version}}. Check code {{code}}.',
  alreadySigned: 'You had already signed {{title}}, version {{version}}.',
  snoozed: 'Snoozed until {{until}}.',
  refreshed: 'Up to date.',
  notInDigest: 'That task is no longer among yours; here is what is left.',
  notAnAcknowledgement: 'That task is not an acknowledgement to sign.',
  snoozeLength: 'Tasks can only be snoozed for {{offered}} days.',
  badAction: 'The card sent something that could not be read ({{error}}). Nothing was saved.',
  refused: 'That did not work: {{message}} Nothing was saved.',
  failed: 'Something went wrong in Tillit and nothing was saved. Please try again in a moment.'
};

const TEXTS: Record<Locale, Record<AgentTextKey, string>> = { sv, en };

/** The sentence in the locale, `{{name}}` filled in (values are plain text; cards escape their own markdown). */
export function agentText(locale: Locale, key: AgentTextKey, values: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
