import type { Locale } from '../../src/domain/shared/localized-text';
import { createTranslator } from '../../src/i18n/translator';
import { WORKBENCH_ROOT_ID } from '../../src/workbench/workbench-settings';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The workbench's page: a root element that names the pass-through's site path, and the bundle.
 * `lang` is set before the bundle runs, so a screen reader knows the language from the start (WCAG 3.1.1).
 */
export function workbenchHtml(options: { readonly locale: Locale; readonly sitePath: string; readonly scriptUrl: string }): string {
  const t = createTranslator(options.locale);
  return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(t('workbench.title'))}</title>
<style>html, body { margin: 0; padding: 0; }</style>
</head>
<body>
<div id="${WORKBENCH_ROOT_ID}" data-site-path="${escapeAttribute(options.sitePath)}"></div>
<script src="${escapeAttribute(options.scriptUrl)}"></script>
</body>
</html>
`;
}
