import * as React from 'react';
import * as ReactDom from 'react-dom';
import { z } from 'zod';
import { parseOrThrow } from '../domain/shared/validation';
import { installMessagePack } from '../i18n/installed-messages';
import { CouncilDashboard } from '../ui/council/council-dashboard';
import { fetchSession } from '../workbench/workbench-session';
import { connectTab } from './tab-connection';
import { TabConfigPage } from './tab-config-page';
import { TAB_MESSAGES } from './tab-messages';
import { TAB_PAGES, TAB_ROOT_ID, tabOverridesSchema, tabSignInSchema, type TabPage } from './tab-page';
import { TabShell, tabLocale } from './tab-shell';
import { connectToTeams, notifyTeams } from './teams-host';

const tabPageSchema = z.enum(TAB_PAGES);

const TITLES: Record<TabPage, string> = { dashboard: 'council.tabTitle', config: 'council.config.heading', 'my-tasks': 'council.myTasksTitle' };

/**
 * The tab bundle's start (built by esbuild in the app service, bot/browser-bundles.ts): one bundle,
 * three pages. The dashboard comes with the entry (its KPI cards are the first render); My tasks, the
 * charts and MSAL are chunks loaded when a page needs them.
 */
async function start(root: HTMLElement): Promise<void> {
  const page = parseOrThrow(tabPageSchema, root.dataset.page, 'The tab page (data-page)');
  const signIn = parseOrThrow(tabSignInSchema, JSON.parse(root.dataset.signIn ?? '{}'), 'The tab sign-in (data-sign-in)');
  const overrides = parseOrThrow(tabOverridesSchema, Object.fromEntries(new URLSearchParams(window.location.search)), 'The tab address');
  const host = await connectToTeams();
  try {
    const locale = tabLocale(host, overrides);
    // The configuration page signs in no one: it only tells Teams where the dashboard is.
    const connection = page === 'config' ? undefined : await connectTab(signIn, host);
    const [, localSession, myTasks] = await Promise.all([
      installMessagePack(TAB_MESSAGES, locale),
      connection?.mode === 'local' ? fetchSession() : Promise.resolve(undefined),
      page === 'my-tasks' ? import(/* webpackChunkName: 'tillit-tab-my-tasks' */ './tab-my-tasks') : Promise.resolve(undefined)
    ]);
    ReactDom.render(
      <TabShell host={host} overrides={overrides} localSession={localSession} titleKey={TITLES[page]}>
        {(shownLocale, t, identityKey) => {
          if (page === 'config' || connection === undefined) return <TabConfigPage host={host} t={t} origin={window.location.origin} />;
          if (myTasks !== undefined) return <myTasks.TabMyTasks key={identityKey} connection={connection} locale={shownLocale} />;
          return <CouncilDashboard key={identityKey} appService={connection.appService} download={connection.download} locale={shownLocale} siteOrigin={connection.siteOrigin} />;
        }}
      </TabShell>,
      root
    );
    notifyTeams(host, { ok: true });
  } catch (error) {
    notifyTeams(host, { ok: false, reason: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root));
}

const root = document.getElementById(TAB_ROOT_ID);
if (root) {
  start(root).catch((error: unknown) => {
    // Nothing rendered yet: the page says what failed rather than staying blank.
    root.textContent = `Tillit: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  });
}
