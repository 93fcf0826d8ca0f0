import { app } from '@microsoft/teams-js';
import type { Locale } from '../domain/shared/localized-text';
import { resolveLocale } from '../i18n/translator';
import { themeFromTeams } from '../ui/shell/host-settings';
import type { TillitTheme } from '../ui/shell/tillit-provider';

/** Where the tab runs: in a Teams host (web, desktop, mobile), or a plain browser (locally, or someone opened the address). */
export type TeamsHost =
  | { readonly kind: 'teams'; readonly locale: Locale; readonly theme: TillitTheme; onThemeChange(handler: (theme: TillitTheme) => void): void }
  | { readonly kind: 'browser' }
  | { readonly kind: 'failed'; readonly reason: string };

/** teams-js waits 60 s for a host that is not there when the page is framed by something else; the tab does not. */
const INITIALIZE_TIMEOUT_MS = 5000;

interface NativeHostWindow {
  readonly nativeInterface?: unknown;
}

/**
 * A Teams host frames the tab (web, desktop) or injects a native interface (mobile); a page that is
 * neither is a plain browser, where `app.initialize()` would only fail ("No Parent window found").
 */
export function mayBeInTeams(view: Window): boolean {
  return view.parent !== view.self || Boolean(view.opener) || (view as unknown as NativeHostWindow).nativeInterface !== undefined;
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(message)), milliseconds);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error);
      }
    );
  });
}

/**
 * Initialises TeamsJS when the page may be in Teams, and reads the person's locale and theme from the
 * host's context (app.getContext). A failure is not fatal: the tab still works as in a plain browser.
 */
export async function connectToTeams(view: Window = window): Promise<TeamsHost> {
  if (!mayBeInTeams(view)) return { kind: 'browser' };
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS, `no Teams host answered within ${INITIALIZE_TIMEOUT_MS / 1000} s`);
    const context = await app.getContext();
    return {
      kind: 'teams',
      locale: resolveLocale(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      // Teams tells a tab when the person switches theme; the tab follows at once (issue 10).
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeFromTeams(theme)))
    };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Tells Teams the tab has loaded (it hides its own loading indicator), or why it failed. */
export function notifyTeams(host: TeamsHost, outcome: { readonly ok: true } | { readonly ok: false; readonly reason: string }): void {
  if (host.kind !== 'teams') return;
  // notifySuccess answers whether the host took note; a host that did not is no reason to fail a page that works, so it is only logged.
  if (outcome.ok) app.notifySuccess().catch((error: unknown) => console.warn(`Teams did not take note that the tab loaded: ${error instanceof Error ? error.message : String(error)}`));
  else app.notifyFailure({ reason: app.FailedReason.Other, message: outcome.reason });
}
