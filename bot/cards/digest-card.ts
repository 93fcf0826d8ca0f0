import type { MyTasksAnswer } from '../../src/contracts/my-tasks';
import type { Locale, LocalizedText } from '../../src/domain/shared/localized-text';
import { botText, type BotText } from '../i18n/bot-translator';
import { adaptiveCard, text, type AdaptiveCard, type CardElement, type ContainerStyle } from './adaptive-card';
import { CARD_BUDGET_BYTES, cardBytes } from './card-budget';
import { CARD_VERBS } from './card-actions';
import { escapeCardMarkdown } from './card-markdown';
import { digestItem, type ItemContext } from './digest-item';
import { planDigestEntries, selectWithinBudget, type DigestEntry } from './digest-selection';

export interface DigestCardInput {
  readonly answer: MyTasksAnswer;
  /** Prefills the sign form (printed name, title); the signer is the Teams user who presses Sign, never this. */
  readonly recipient: { readonly name?: string; readonly jobTitle?: string };
  readonly locale: Locale;
  /** Absolute: the SharePoint site, whose origin the items' server-relative links are put on. */
  readonly siteUrl: string;
  /** Absolute: the page with the My tasks web part. */
  readonly myTasksUrl: string;
  /** Teams user ids (29:…) the card refreshes for after an action (Universal Actions): the recipient. */
  readonly refreshUserIds: readonly string[];
  /** A line at the top: what the last action did ("Undertecknat. 3 uppgifter återstår.") or why it failed. */
  readonly notice?: { readonly kind: 'success' | 'warning' | 'error'; readonly text: string };
  /** The region's courses (config.training.courses): a training item is named by its course's label, as My tasks does. */
  readonly courses?: readonly { readonly key: string; readonly label: LocalizedText }[];
  /** The card's byte budget (card-budget.ts); tests set a smaller one. */
  readonly budgetBytes?: number;
}

const NOTICE_STYLE: Record<NonNullable<DigestCardInput['notice']>['kind'], ContainerStyle> = { success: 'good', warning: 'warning', error: 'attention' };
/** The bot's own notice is one or two sentences; it may quote a register name, so it is escaped like one. */
const NOTICE_MAX = 400;

function heading(value: string): CardElement {
  return text(value, { style: 'heading', weight: 'bolder', size: 'default', spacing: 'large' });
}

/** A section (to do, escalated, staff) opens with a shaded band across the card, so it stands apart from the topic headings under it. */
function sectionBand(title: string, intro?: string): CardElement {
  const items: CardElement[] = [text(title, { style: 'heading', weight: 'bolder', size: 'medium' })];
  if (intro !== undefined) items.push(text(intro, { isSubtle: true, spacing: 'none' }));
  return { type: 'Container', style: 'emphasis', bleed: true, spacing: 'large', items };
}

/** "Informationsklassning (12)", or "(2 av 400)" when the card has room for only some of them. */
function groupHeading(entry: DigestEntry, shown: number, t: BotText): string {
  const count = shown < entry.groupSize ? t.t('digest.groupShown', { shown, count: entry.groupSize }) : t.t('digest.groupCount', { count: entry.groupSize });
  return `${entry.groupHeading ?? ''} (${count})`;
}

/** "Åsa" from "Åsa Lindström": Swedish greets by first name. */
function firstName(name: string | undefined): string | undefined {
  const first = name?.trim().split(/\s+/)[0];
  return first === undefined || first === '' ? undefined : first;
}

function top(input: DigestCardInput, t: BotText, titleKey: string): CardElement[] {
  const body: CardElement[] = [];
  if (input.notice !== undefined && input.notice.text.trim() !== '') {
    body.push({ type: 'Container', style: NOTICE_STYLE[input.notice.kind], bleed: true, items: [text(escapeCardMarkdown(input.notice.text, NOTICE_MAX), { weight: 'bolder' })] });
  }
  body.push(text(t.t(titleKey), { style: 'heading', weight: 'bolder', size: 'large', spacing: 'medium' }));
  return body;
}

function summary(answer: MyTasksAnswer, recipientName: string | undefined, t: BotText): string {
  const greeting = firstName(recipientName);
  return [
    greeting !== undefined ? escapeCardMarkdown(t.t('digest.greeting', { name: greeting })) : '',
    answer.owed.length > 0 ? t.t('digest.summary', { owed: t.t('digest.owed', { count: answer.owed.length }) }) : '',
    answer.escalated.length > 0 ? t.t('digest.escalatedSummary', { count: answer.escalated.length }) : '',
    answer.staffTraining.length > 0 ? t.t('digest.staffSummary', { count: answer.staffTraining.length }) : ''
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function snoozedNote(answer: MyTasksAnswer, t: BotText): CardElement[] {
  return answer.snoozedCount > 0 ? [text(t.t('digest.snoozedHidden', { count: answer.snoozedCount }), { isSubtle: true, size: 'small', spacing: 'small' })] : [];
}

function finish(input: DigestCardInput, t: BotText, body: CardElement[], fallbackText: string): AdaptiveCard {
  return adaptiveCard({
    lang: input.locale,
    // Universal Actions: after an action, and when the chat is opened, Teams asks the bot for the card afresh for these users.
    refresh: { action: { type: 'Action.Execute', verb: CARD_VERBS.refresh, title: t.t('actions.refresh') }, userIds: [...input.refreshUserIds] },
    body,
    actions: [{ type: 'Action.OpenUrl', title: t.t('digest.openMyTasks'), url: input.myTasksUrl }],
    fallbackText
  });
}

/** "Inget väntar på dig just nu": after the last thing is signed or snoozed, the refreshed card says so. */
function emptyDigestCard(input: DigestCardInput, t: BotText): AdaptiveCard {
  const body = [...top(input, t, 'digest.emptyHeading'), text(t.t('digest.empty')), ...snoozedNote(input.answer, t)];
  return finish(input, t, body, t.t('digest.fallbackEmpty'));
}

/** A URL as a markdown link's target: parentheses and spaces would end it early. */
function markdownLinkTarget(url: string): string {
  return new URL(url).href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/** The digest's body for the entries chosen, grouped as My tasks groups them, with the count of those left out. */
function renderBody(input: DigestCardInput, t: BotText, entries: readonly DigestEntry[], chosen: ReadonlySet<number>, context: ItemContext): CardElement[] {
  const body: CardElement[] = [...top(input, t, 'digest.title'), text(summary(input.answer, input.recipient.name, t), { spacing: 'small' }), ...snoozedNote(input.answer, t)];
  const shown = entries.filter((entry) => chosen.has(entry.index));
  const sections = new Set(entries.map((entry) => entry.section));
  const shownInGroup = new Map<string, number>();
  for (const entry of shown) shownInGroup.set(`${entry.section}:${entry.group}`, (shownInGroup.get(`${entry.section}:${entry.group}`) ?? 0) + 1);
  let section: string | undefined;
  let group: string | undefined;
  let form = 0;
  for (const entry of shown) {
    const bodyLength = body.length;
    if (entry.section !== section) {
      section = entry.section;
      group = undefined;
      if (section === 'owed' && sections.size > 1) body.push(sectionBand(t.t('digest.owedHeading')));
      if (section === 'escalated') body.push(sectionBand(t.t('digest.escalatedHeading'), t.t('digest.escalatedIntro')));
      if (section === 'staff') body.push(sectionBand(t.t('digest.staffTrainingHeading'), t.t('digest.staffTrainingIntro')));
    }
    if (entry.group !== group) {
      group = entry.group;
      if (entry.groupHeading !== undefined) body.push(heading(groupHeading(entry, shownInGroup.get(`${entry.section}:${entry.group}`) ?? 0, t)));
      if (entry.groupNote !== undefined) body.push(text(entry.groupNote, { isSubtle: true, spacing: 'none' }));
    }
    const signForm = entry.signable ? (form += 1) : undefined;
    const item = digestItem(entry.item, { ...entry.options, signForm }, context);
    // Right under a section's band, the item's separator line would double the band's edge.
    const afterBand = body.length > bodyLength && body[body.length - 1].type === 'Container';
    body.push(afterBand ? { ...item, separator: false } : item);
  }
  const left = entries.length - shown.length;
  if (left > 0) body.push(text(t.t('digest.more', { count: left, url: markdownLinkTarget(input.myTasksUrl) }), { weight: 'bolder', spacing: 'large', separator: true }));
  return body;
}

/**
 * The nudge (R-NDG-1..3): one card per person with everything they owe, grouped by topic (incidents
 * to assess first, as My tasks lists them), then what is escalated to them by the person who owes
 * it, then a manager's staff's overdue training; each item with its due date, how late, and buttons
 * that act. A digest larger than Teams takes shows the most urgent items and a count of the rest,
 * with the link to My tasks (card-budget.ts, digest-selection.ts).
 */
export function digestCard(input: DigestCardInput): AdaptiveCard {
  const t = botText(input.locale);
  const { answer } = input;
  if (answer.owed.length + answer.escalated.length + answer.staffTraining.length === 0) return emptyDigestCard(input, t);
  const context: ItemContext = {
    text: t,
    asOf: answer.asOf,
    origin: new URL(input.siteUrl).origin,
    myTasksUrl: input.myTasksUrl,
    snoozeDays: answer.snoozeDays,
    courses: input.courses ?? [],
    signer: input.recipient
  };
  const entries = planDigestEntries(answer, t);
  const fallback = t.t('digest.fallback', { owed: t.t('digest.owed', { count: answer.owed.length + answer.escalated.length }), url: input.myTasksUrl });
  const render = (chosen: ReadonlySet<number>): AdaptiveCard => finish(input, t, renderBody(input, t, entries, chosen, context), fallback);
  const chosen = selectWithinBudget(entries, {
    budget: input.budgetBytes ?? CARD_BUDGET_BYTES,
    render,
    costOf: (entry) => cardBytes(digestItem(entry.item, { ...entry.options, signForm: entry.signable ? 99 : undefined }, context)) + 1,
    headingCost: (entry) => (entry.groupHeading === undefined ? 0 : cardBytes(heading(groupHeading(entry, 0, t))) + 1) + (entry.groupNote === undefined ? 0 : cardBytes(text(entry.groupNote, { isSubtle: true, spacing: 'none' })) + 1),
    sectionCost: 400
  });
  return render(chosen);
}
