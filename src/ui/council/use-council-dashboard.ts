import * as React from 'react';
import type { CouncilDashboard } from '../../contracts/council-dashboard';
import type { Translate } from '../../i18n/translator';
import type { AppServiceClient } from '../shell/app-service-client';
import { errorMessage } from '../shared/error-message';
import { loadDashboard } from './council-data';

/**
 * Where the figures on the page stand: a stored answer is shown at once while today's are fetched
 * ('refreshing'), then replaced ('live'); should today's not come, the stored ones stay ('refresh-failed').
 */
export type Freshness = { readonly kind: 'live' } | { readonly kind: 'refreshing' } | { readonly kind: 'refresh-failed'; readonly message: string };

export type LoadedDashboard =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly dashboard: CouncilDashboard; readonly freshness: Freshness };

export interface CouncilDashboardLoad {
  readonly loaded: LoadedDashboard;
  /** Reads again, asking for today's figures (after a write, or a retry). */
  readonly reload: () => void;
  /** Bumped each time a stored answer was replaced by today's, for a polite announcement. */
  readonly liveSwaps: number;
}

/**
 * The dashboard's reads (issue 10, the first render): one GET; when the app service answers from its
 * stored copy (`servedFrom: 'stored'`, a cold start), the page shows it at once and a second GET with
 * `fresh=1` swaps in today's figures in place: same components, same keys, so neither the page nor the
 * focus moves. Reads after a write ask for today's figures directly.
 */
export function useCouncilDashboard(appService: AppServiceClient, year: number | undefined, t: Translate): CouncilDashboardLoad {
  const [loaded, setLoaded] = React.useState<LoadedDashboard>({ state: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [liveSwaps, setLiveSwaps] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    const failed = (error: unknown): void => {
      if (current) setLoaded({ state: 'failed', message: errorMessage(error, t) });
    };
    const refresh = (): void => {
      loadDashboard(appService, year, true).then(
        (dashboard) => {
          if (!current) return;
          setLoaded({ state: 'ready', dashboard, freshness: { kind: 'live' } });
          setLiveSwaps((count) => count + 1);
        },
        (error: unknown) => {
          // The stored figures stay on the page; the note says today's could not be fetched.
          if (current) setLoaded((previous) => (previous.state === 'ready' ? { ...previous, freshness: { kind: 'refresh-failed', message: errorMessage(error, t) } } : previous));
        }
      );
    };
    loadDashboard(appService, year, generation > 0).then((dashboard) => {
      if (!current) return;
      const stored = dashboard.servedFrom === 'stored';
      setLoaded({ state: 'ready', dashboard, freshness: stored ? { kind: 'refreshing' } : { kind: 'live' } });
      // Today's figures are asked for once the stored ones are painted (the first render comes first).
      if (stored) afterNextPaint(refresh);
    }, failed);
    return () => {
      current = false;
    };
  }, [appService, year, generation, t]);

  const reload = React.useCallback(() => setGeneration((count) => count + 1), []);
  return { loaded, reload, liveSwaps };
}

/** Runs `then` in the task after the next animation frame, that is once the browser has painted. */
function afterNextPaint(then: () => void): void {
  window.requestAnimationFrame(() => setTimeout(then, 0));
}
