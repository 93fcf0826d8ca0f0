import type { Browser, Page } from 'playwright-core';

/**
 * A page that renders Adaptive Cards as Teams shows them in a chat (issue 9's card tests): the
 * `adaptivecards` renderer's browser bundle, a Teams-like host config per theme, Teams' markdown
 * subset, and button styles close to Teams'. Teams' own renderer is not public; this is the
 * reference JS renderer it descends from, so layout, wrapping, inputs and actions are the real ones.
 */
export type CardTheme = 'light' | 'dark' | 'contrast';

/** A Teams chat column: cards in a personal chat are at most about this wide on the desktop client. */
export const CHAT_CARD_WIDTH = 460;

interface Palette {
  readonly page: string;
  readonly card: string;
  readonly emphasis: string;
  readonly text: string;
  readonly subtle: string;
  readonly accent: string;
  readonly good: [string, string];
  readonly warning: [string, string];
  readonly attention: [string, string];
  readonly border: string;
  readonly primary: string;
  readonly onPrimary: string;
}

/** Teams' colours (Fluent 2 "teams" themes): background, foreground, the state colours as text on their tinted boxes. */
const PALETTES: Record<CardTheme, Palette> = {
  light: { page: '#f5f5f5', card: '#ffffff', emphasis: '#f5f5f5', text: '#242424', subtle: '#616161', accent: '#5b5fc7', good: ['#0e700e', '#f1faf1'], warning: ['#8a3800', '#fff9f5'], attention: ['#b10e1c', '#fdf3f4'], border: '#d1d1d1', primary: '#5b5fc7', onPrimary: '#ffffff' },
  dark: { page: '#1f1f1f', card: '#292929', emphasis: '#333333', text: '#ffffff', subtle: '#d6d6d6', accent: '#9ea2ff', good: ['#54b054', '#052505'], warning: ['#faa06b', '#411200'], attention: ['#f1707b', '#3b0509'], border: '#666666', primary: '#7f85f5', onPrimary: '#000000' },
  contrast: { page: '#000000', card: '#000000', emphasis: '#000000', text: '#ffffff', subtle: '#ffffff', accent: '#ffff00', good: ['#3ff23f', '#000000'], warning: ['#ffff00', '#000000'], attention: ['#ffff00', '#000000'], border: '#ffffff', primary: '#1aebff', onPrimary: '#000000' }
};

function hostConfig(theme: CardTheme): object {
  const p = PALETTES[theme];
  const colors = (background: string): object => ({
    backgroundColor: background,
    foregroundColors: {
      default: { default: p.text, subtle: p.subtle },
      dark: { default: p.text, subtle: p.subtle },
      light: { default: p.text, subtle: p.subtle },
      accent: { default: p.accent, subtle: p.accent },
      good: { default: p.good[0], subtle: p.good[0] },
      warning: { default: p.warning[0], subtle: p.warning[0] },
      attention: { default: p.attention[0], subtle: p.attention[0] }
    }
  });
  return {
    fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif",
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.border },
    supportsInteractivity: true,
    fontTypes: {
      default: { fontFamily: "'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif", fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 300, default: 400, bolder: 600 } },
      monospace: { fontFamily: "Consolas, 'DejaVu Sans Mono', monospace", fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 300, default: 400, bolder: 600 } }
    },
    containerStyles: {
      default: colors(p.card),
      emphasis: colors(p.emphasis),
      good: colors(p.good[1]),
      warning: colors(p.warning[1]),
      attention: colors(p.attention[1]),
      accent: colors(p.emphasis)
    },
    actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 8, style: 'emphasis' }, actionsOrientation: 'horizontal', actionAlignment: 'left', wrap: true },
    inputs: { label: { inputSpacing: 'small', requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: { size: 'small', spacing: 'small', color: 'attention' } },
    textBlock: { headingLevel: 2 }
  };
}

function pageCss(theme: CardTheme): string {
  const p = PALETTES[theme];
  return `
    body { margin: 0; padding: 16px; background: ${p.page}; font-family: 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; }
    #card { width: ${CHAT_CARD_WIDTH}px; border: 1px solid ${p.border}; border-radius: 6px; overflow: hidden; background: ${p.card}; }
    .ac-pushButton { font: 600 14px 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; color: ${p.text}; background: ${p.card}; border: 1px solid ${p.border}; border-radius: 4px; padding: 5px 12px; min-height: 32px; cursor: pointer; flex: 0 1 auto !important; }
    .ac-pushButton.style-positive, .ac-pushButton.primary { background: ${p.primary}; color: ${p.onPrimary}; border-color: ${p.primary}; }
    .ac-pushButton.expanded { background: ${p.emphasis}; border-color: ${p.accent}; }
    .ac-pushButton:focus-visible { outline: 2px solid ${p.accent}; outline-offset: 2px; }
    .ac-input, .ac-textInput { font: 14px 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif; color: ${p.text}; background: ${p.card}; border: 1px solid ${p.border}; border-radius: 4px; padding: 5px 8px; }
    .ac-input.ac-input-validation-failed { border-color: ${p.attention[0]}; }
    a { color: ${p.accent}; }
  `;
}

/**
 * Teams' documented markdown for TextBlocks (learn.microsoft.com, "Format cards in Teams"): **bold**,
 * _italic_ / *italic*, [links](https://…), `- ` and `1. ` lists, CommonMark backslash escapes; no
 * HTML (it is shown as text). It runs in the page, so it is self-contained.
 */
function teamsMarkdown(source: string): string {
  const held: string[] = [];
  // Private-use characters mark what is already HTML; register text cannot hold them after escaping anyway.
  const hold = (html: string): string => `\ue000${held.push(html) - 1}\ue001`;
  const html = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let text = source.replace(/\\([!-/:-@[-`{-~])/g, (_, character: string) => hold(html(character)));
  text = html(text);
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) => (/^(https?:|mailto:)/i.test(url) ? hold(`<a href="${url}">${label}</a>`) : whole));
  text = text.replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a?: string, b?: string) => `<strong>${a ?? b ?? ''}</strong>`);
  text = text.replace(/\*(.+?)\*|\b_(.+?)_\b/g, (_, a?: string, b?: string) => `<em>${a ?? b ?? ''}</em>`);
  const lines = text.split(/\r\n|\r|\n/);
  const bullets = lines.every((line) => /^- /.test(line));
  const numbers = lines.every((line) => /^\d+\. /.test(line));
  const block = bullets
    ? `<ul>${lines.map((line) => `<li>${line.slice(2)}</li>`).join('')}</ul>`
    : numbers
      ? `<ol>${lines.map((line) => `<li>${line.replace(/^\d+\. /, '')}</li>`).join('')}</ol>`
      : `<p>${lines.join('<br>')}</p>`;
  return block.replace(/\ue000(\d+)\ue001/g, (_, at: string) => held[Number(at)]);
}

export interface RenderedCard {
  /** The renderer's validation of the card (duplicate ids, inputs without labels …), as messages. */
  readonly validation: string[];
}

/** A page in a chat-like frame with the renderer loaded, in the theme given. */
export async function openCardPage(browser: Browser, theme: CardTheme, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: CHAT_CARD_WIDTH + 64, height: 900 }, locale: locale === 'sv' ? 'sv-SE' : 'en-GB' });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Tillit</title><style>${pageCss(theme)}</style></head><body><main><div id="card"></div></main></body></html>`);
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  await page.addScriptTag({ content: `window.teamsMarkdown = ${teamsMarkdown.toString()}; window.tillitHostConfig = ${JSON.stringify(hostConfig(theme))};` });
  return page;
}

/** Renders the card into the page; the card's Action.Execute presses are collected in `window.executed`. */
export async function renderCard(page: Page, card: object): Promise<RenderedCard> {
  return page.evaluate((json) => {
    interface Renderer {
      AdaptiveCard: { new (): RendererCard; onProcessMarkdown?: (text: string, result: { outputHtml: string; didProcess: boolean }) => void };
      HostConfig: new (json: object) => object;
    }
    interface RendererCard {
      hostConfig: object;
      onExecuteAction?: (action: { getJsonTypeName(): string; verb?: string; data?: unknown }) => void;
      parse(json: unknown): void;
      validateProperties(): { validationEvents: Array<{ message: string }> };
      render(): HTMLElement;
    }
    const global = window as unknown as { AdaptiveCards: Renderer; teamsMarkdown(text: string): string; tillitHostConfig: object; executed: unknown[] };
    const AC = global.AdaptiveCards;
    AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
      result.outputHtml = global.teamsMarkdown(text);
      result.didProcess = true;
    };
    global.executed = [];
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(global.tillitHostConfig);
    adaptive.onExecuteAction = (action) => {
      global.executed.push({ type: action.getJsonTypeName(), verb: action.verb, data: action.data });
    };
    adaptive.parse(json);
    const validation = adaptive.validateProperties().validationEvents.map((event) => event.message);
    const host = document.getElementById('card') as HTMLElement;
    host.innerHTML = '';
    host.appendChild(adaptive.render());
    return { validation };
  }, card);
}
