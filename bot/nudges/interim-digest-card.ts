import type { AdaptiveCardJson, DigestCardInput } from './digest-card-input';

/**
 * A plain digest card (Adaptive Card 1.5) used until the cards helper's `digestCard` (bot/cards)
 * is on main: how many items, the first few by name, and a link to My tasks. Text from the
 * registers goes in as TextBlock text with markdown off-limits characters escaped.
 */
const MARKDOWN = /[\\`*_{}[\]()#+\-.!<>|~]/g;

function escaped(text: string): string {
  return text.replace(MARKDOWN, (character) => `\\${character}`);
}

const HEADINGS = {
  sv: { title: 'Tillit: det här väntar på dig', more: (count: number): string => `… och ${count} till`, open: 'Öppna Mina uppgifter' },
  en: { title: 'Tillit: waiting for you', more: (count: number): string => `… and ${count} more`, open: 'Open My tasks' }
} as const;

const SHOWN = 10;

export function interimDigestCard(input: DigestCardInput): AdaptiveCardJson {
  const text = HEADINGS[input.locale];
  const items = [...input.answer.owed, ...input.answer.escalated.map((escalated) => escalated.item), ...input.answer.staffTraining];
  const lines = items.slice(0, SHOWN).map((item) => ({ type: 'TextBlock', wrap: true, text: `• ${escaped(item.subjectName)}${item.dueOn === undefined ? '' : ` (${item.dueOn})`}` }));
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, text: text.title },
      ...lines,
      ...(items.length > SHOWN ? [{ type: 'TextBlock', wrap: true, isSubtle: true, text: text.more(items.length - SHOWN) }] : [])
    ],
    actions: [{ type: 'Action.OpenUrl', title: text.open, url: input.myTasksUrl }]
  };
}
