import type { Browser, Page } from 'playwright-core';
import type { AdaptiveCard } from '../../bot/cards/adaptive-card';
import { areaFollowUpCard } from '../../bot/cards/area-follow-up-card';
import { CARD_VERBS, parseCardAction } from '../../bot/cards/card-actions';
import { digestCard } from '../../bot/cards/digest-card';
import { errorCard } from '../../bot/cards/error-card';
import { helpCard } from '../../bot/cards/help-card';
import { areaFollowUpInputOf } from '../../bot/council/area-follow-up';
import { SUPPORTED_LOCALES, type Locale } from '../../src/domain/shared/localized-text';
import { MY_TASKS_URL, cardInput, digestVariants, typicalAnswer } from '../bot/cards/sample-digests';
import { dashboardFixture } from '../reports/council-dashboard-fixture';
import { seriousAccessibilityViolations } from './harness/accessibility';
import { openCardPage, renderCard, type CardTheme } from './harness/adaptive-card-page';
import { launchChromium } from './harness/chromium-launch';
import { saveScreenshot } from './harness/screenshots';

/**
 * Every card the bot sends, rendered with the `adaptivecards` renderer in headless Chromium, as a
 * Teams chat shows it, in Swedish and English (issue 9, "Done when"); screenshots in
 * test-results/screenshots/bot-card-*.png for people to look at.
 */
function allCards(locale: Locale): Record<string, AdaptiveCard> {
  const digests = Object.fromEntries(Object.entries(digestVariants(locale)).map(([name, input]) => [`digest-${name}`, digestCard(input)]));
  return {
    ...digests,
    help: helpCard(locale, { myTasksUrl: MY_TASKS_URL }),
    'help-not-understood': helpCard(locale, { notUnderstood: 'vad ska jag göra?', myTasksUrl: MY_TASKS_URL }),
    error: errorCard({ locale, message: locale === 'sv' ? 'SharePoint svarar inte just nu. Försök igen om en stund.' : 'SharePoint is not answering right now. Try again in a while.', myTasksUrl: MY_TASKS_URL, tryAgain: true }),
    'area-follow-up': areaFollowUpCard(areaFollowUpInputOf(dashboardFixture(), 'u-hjarta', locale, 'tertial-1', 'https://tillit.region.se'))
  };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// One page per theme and language, each card rendered into it in turn: the npm Chromium runs as a single
// process, and closing a browser context there ends the browser.
const pages = new Map<string, Page>();

async function show(theme: CardTheme, locale: Locale, card: AdaptiveCard): Promise<{ page: Page; validation: string[] }> {
  const key = `${theme}-${locale}`;
  const page = pages.get(key) ?? (await openCardPage(browser, theme, locale));
  pages.set(key, page);
  const { validation } = await renderCard(page, card);
  return { page, validation };
}

/** Nothing sticks out of the card: every element's content fits its box sideways (a long name wraps). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const card = document.getElementById('card') as HTMLElement;
    const limit = card.getBoundingClientRect().right + 0.5;
    return [...card.querySelectorAll<HTMLElement>('*')].filter((element) => element.getBoundingClientRect().right > limit && element.getBoundingClientRect().width > 0).map((element) => `${element.tagName}.${element.className}: ${(element.textContent ?? '').slice(0, 40)}`);
  });
}

describe.each(SUPPORTED_LOCALES)('the bot\'s cards rendered as in Teams (%s)', (locale) => {
  test.each(Object.keys(allCards(locale)))('%s: renders without the renderer\'s complaints, nothing overflows, no serious axe finding', async (name) => {
    const { page, validation } = await show('light', locale, allCards(locale)[name]);
    expect(validation).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, `bot-card-${name}-${locale}-light`);
  });

  test('the sign form opens, refuses an empty place with its message, and sends what the agent parses', async () => {
    const { page } = await show('light', locale, digestCard(cardInput(typicalAnswer, locale)));
    await page.getByRole('button', { name: locale === 'sv' ? 'Skriv under' : 'Sign', exact: true }).first().click();
    const submit = page.getByRole('button', { name: locale === 'sv' ? 'Skriv under' : 'Sign', exact: true }).last();
    await submit.click();
    expect(await page.getByText(locale === 'sv' ? 'Skriv orten där du skriver under.' : 'Enter the place where you sign.').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { executed: unknown[] }).executed)).toEqual([]);
    await saveScreenshot(page, `bot-card-digest-sign-form-errors-${locale}-light`);
    await page.getByLabel(locale === 'sv' ? 'Ort' : 'Place').fill('Sundsvall');
    await page.getByRole('checkbox').check();
    await saveScreenshot(page, `bot-card-digest-sign-form-filled-${locale}-light`);
    await submit.click();
    const executed = await page.evaluate(() => (window as unknown as { executed: Array<{ verb: string; data: unknown }> }).executed);
    expect(executed).toHaveLength(1);
    expect(parseCardAction(executed[0].verb, executed[0].data)).toEqual({
      ok: true,
      action: { verb: CARD_VERBS.sign, data: { taskKey: typicalAnswer.owed[1].key, place: 'Sundsvall', signerTitle: 'Informationssäkerhetssamordnare', printedName: 'Åsa Lindström', confirmed: true } }
    });
  });

  test('snooze opens its lengths and sends the item\'s key and days', async () => {
    const { page } = await show('light', locale, digestCard(cardInput(typicalAnswer, locale)));
    await page.getByRole('button', { name: locale === 'sv' ? 'Påminn senare' : 'Remind me later' }).first().click();
    await saveScreenshot(page, `bot-card-digest-snooze-open-${locale}-light`);
    await page.getByRole('button', { name: locale === 'sv' ? 'Om 2 veckor' : 'In 2 weeks' }).first().click();
    const executed = await page.evaluate(() => (window as unknown as { executed: Array<{ verb: string; data: unknown }> }).executed);
    expect(executed.map((action) => parseCardAction(action.verb, action.data))).toEqual([{ ok: true, action: { verb: CARD_VERBS.snooze, data: { taskKey: typicalAnswer.owed[0].key, days: 14 } } }]);
  });
});

describe('the digest in Teams\' dark and high-contrast themes', () => {
  test.each(['dark', 'contrast'] as const)('%s: the typical and the manager\'s digest, no serious axe finding', async (theme) => {
    for (const name of ['typical', 'manager'] as const) {
      const { page } = await show(theme, 'sv', digestCard(digestVariants('sv')[name]));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await saveScreenshot(page, `bot-card-digest-${name}-sv-${theme}`);
      }
  });
});
