import type { Locale } from '../../src/domain/shared/localized-text';
import { TAB_ROOT_ID, type TabPage, type TabSignIn } from '../../src/tab/tab-page';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page's title before the bundle runs (the bundle sets it again in the person's language). */
const TITLES: Record<TabPage, Record<Locale, string>> = {
  dashboard: { sv: 'Tillit – informationssäkerhetsrådet', en: 'Tillit – information security council' },
  config: { sv: 'Lägg till Tillit i kanalen', en: 'Add Tillit to the channel' },
  'my-tasks': { sv: 'Tillit – mina uppgifter', en: 'Tillit – my tasks' }
};

/**
 * A tab page: a root element naming the page and how to sign in (the bundle validates both), and the
 * bundle, an ES module that loads its chunks (charts, MSAL) on demand from the same origin (bot/browser-bundles.ts).
 * `lang` is the address's language or Swedish until Teams' locale is known (WCAG 3.1.1).
 */
export function tabHtml(options: { readonly page: TabPage; readonly locale: Locale; readonly signIn: TabSignIn; readonly scriptUrl: string; readonly preloadUrls?: readonly string[] }): string {
  const preloads = (options.preloadUrls ?? []).map((url) => `<link rel="modulepreload" href="${escapeAttribute(url)}">\n`).join('');
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(TITLES[options.page][options.locale])}</title>
<style>html, body { margin: 0; padding: 0; }</style>
${preloads}</head>
<body>
<div id="${TAB_ROOT_ID}" data-page="${options.page}" data-sign-in="${escapeAttribute(JSON.stringify(options.signIn))}"></div>
<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>
</body>
</html>
`;
}
