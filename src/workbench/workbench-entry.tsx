import * as React from 'react';
import * as ReactDom from 'react-dom';
import { parseOrThrow } from '../domain/shared/validation';
import { WorkbenchPage } from './workbench-page';
import { fetchSession } from './workbench-session';
import { WORKBENCH_ROOT_ID, workbenchSettingsSchema } from './workbench-settings';


/** The workbench bundle's start (built by esbuild in the app service, bot/browser-bundles.ts). */
async function start(root: HTMLElement): Promise<void> {
  // The app service names its pass-through on the page (bot/local/workbench-html.ts): the bundle assumes no site path.
  const sitePath = root.dataset.sitePath ?? '';
  if (!sitePath.startsWith('/')) throw new Error('The page does not name the site (data-site-path).');
  const settings = parseOrThrow(workbenchSettingsSchema, Object.fromEntries(new URLSearchParams(window.location.search)), 'The workbench address');
  const session = await fetchSession();
  ReactDom.render(<WorkbenchPage initialSettings={settings} initialSession={session} siteUrl={`${window.location.origin}${sitePath}`} />, root);
  // As a web part's onDispose: the tree goes when the page does.
  window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root));
}

const root = document.getElementById(WORKBENCH_ROOT_ID);
if (root) {
  start(root).catch((error: unknown) => {
    // Nothing rendered yet: the page says what failed rather than staying blank.
    root.textContent = `Tillit workbench: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  });
}
