/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { CouncilDashboard } from '../../../src/contracts/council-dashboard';
import { createTranslator } from '../../../src/i18n/translator';
import { breachClockAt } from '../../../src/ui/council/breach-clock-now';
import { dashboardPath } from '../../../src/ui/council/council-data';
import { KpiCards } from '../../../src/ui/council/kpi-cards';
import { StoredFiguresNote } from '../../../src/ui/council/stored-figures-note';
import { useCouncilDashboard } from '../../../src/ui/council/use-council-dashboard';
import type { AppServiceClient } from '../../../src/ui/shell/app-service-client';
import { TillitProvider } from '../../../src/ui/shell/tillit-provider';
import { councilDashboardFixture } from './council-dashboard-fixture';

const t = createTranslator('sv');

/** An app service whose answers the test hands out one by one, recording the paths asked for. */
function scriptedAppService(): { client: AppServiceClient; paths: string[]; answer: (dashboard: CouncilDashboard | Error) => void } {
  const paths: string[] = [];
  const waiting: Array<(dashboard: CouncilDashboard | Error) => void> = [];
  const client: AppServiceClient = {
    get: <T,>(path: string): Promise<T> => {
      paths.push(path);
      return new Promise<T>((resolve, reject) => waiting.push((value) => (value instanceof Error ? reject(value) : resolve(value as unknown as T))));
    },
    post: () => Promise.reject(new Error('no writes here'))
  };
  return { client, paths, answer: (value) => waiting.shift()?.(value) };
}

/** The dashboard's top as the tab shows it: the note, a focusable control, and the KPI cards. */
function Top({ appService }: { readonly appService: AppServiceClient }): JSX.Element {
  const { loaded, reload, liveSwaps } = useCouncilDashboard(appService, 2026, t);
  if (loaded.state !== 'ready') return <p>{loaded.state}</p>;
  return (
    <div>
      <StoredFiguresNote freshness={loaded.freshness} computedAt={loaded.dashboard.computedAt} liveSwaps={liveSwaps} locale="sv" t={t} onRetry={reload} />
      <button type="button" data-testid="focus-me">
        År
      </button>
      <KpiCards goalAreas={loaded.dashboard.goalAreas} locale="sv" t={t} />
    </div>
  );
}

function numerators(): string[] {
  return screen.getAllByTestId('kpi').map((card) => card.getAttribute('data-numerator') ?? '');
}

describe('the first render from a stored dashboard (issue 10, R-KPI)', () => {
  test('the query asks for today\'s figures with fresh=1 only when told to', () => {
    expect(dashboardPath(undefined)).toBe('/council/dashboard');
    expect(dashboardPath(2026)).toBe('/council/dashboard?year=2026');
    expect(dashboardPath(2026, true)).toBe('/council/dashboard?year=2026&fresh=1');
  });

  test('a stored answer is shown at once with when it was computed, then today\'s replace it in place: focus kept, a polite announcement', async () => {
    const stored = { ...councilDashboardFixture(), servedFrom: 'stored' as const, computedAt: '2026-11-30T05:15:00.000Z' };
    const live = councilDashboardFixture();
    const fresh = { ...live, servedFrom: 'live' as const, goalAreas: live.goalAreas.map((area) => ({ ...area, measures: area.measures.map((measure) => ({ ...measure, numerator: measure.numerator + 1 })) })) };
    const appService = scriptedAppService();
    render(<TillitProvider locale="sv"><Top appService={appService.client} /></TillitProvider>);
    await act(async () => appService.answer(stored));
    // The stored figures are painted before today's are asked for (the first render comes first).
    expect(numerators().length).toBeGreaterThan(0);
    await waitFor(() => expect(appService.paths).toEqual(['/council/dashboard?year=2026', '/council/dashboard?year=2026&fresh=1']));
    const note = screen.getByTestId('council-figures-stored');
    // Stockholm's time, the region's style: 05:15 UTC is 06:15 in winter.
    expect(note.textContent).toContain('Siffrorna beräknades 30 nov. 2026 06:15');
    expect(note.getAttribute('data-freshness')).toBe('refreshing');
    const storedNumerators = numerators();
    const button = screen.getByTestId('focus-me');
    button.focus();

    await act(async () => appService.answer(fresh));
    expect(screen.queryByTestId('council-figures-stored')).toBeNull();
    expect(numerators()).toEqual(storedNumerators.map((value) => String(Number(value) + 1)));
    // The same element, still focused: the page was not rendered anew.
    expect(screen.getByTestId('focus-me')).toBe(button);
    expect(document.activeElement).toBe(button);
    const announcement = screen.getByTestId('council-figures-announcement');
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(announcement.textContent).toContain('Siffrorna är uppdaterade med dagens');
  });

  test('a live answer is shown without a note and without a second read; should today\'s not come, the stored figures stay and say so', async () => {
    const liveService = scriptedAppService();
    const first = render(<TillitProvider locale="sv"><Top appService={liveService.client} /></TillitProvider>);
    await act(async () => liveService.answer({ ...councilDashboardFixture(), servedFrom: 'live' }));
    expect(liveService.paths).toHaveLength(1);
    expect(screen.queryByTestId('council-figures-stored')).toBeNull();
    expect(screen.getByTestId('council-figures-announcement').textContent).toBe('');
    first.unmount();

    const failing = scriptedAppService();
    render(<TillitProvider locale="sv"><Top appService={failing.client} /></TillitProvider>);
    await act(async () => failing.answer({ ...councilDashboardFixture(), servedFrom: 'stored' }));
    await waitFor(() => expect(failing.paths).toHaveLength(2));
    await act(async () => failing.answer(new Error('503 Service Unavailable')));
    await waitFor(() => expect(screen.getByTestId('council-figures-stored').getAttribute('data-freshness')).toBe('refresh-failed'));
    expect(screen.getByTestId('council-figures-stored').textContent).toContain('Dagens siffror kunde inte hämtas');
    expect(screen.getAllByTestId('kpi').length).toBeGreaterThan(0);
  });
});

describe('the 72-hour clock from its deadline against the browser\'s clock (R-INC, GDPR art. 33)', () => {
  const deadline = '2026-11-26T06:00:00.000Z';
  test.each([
    ['a stored "70 hours left" read 22 hours later: 48 from the deadline', { state: 'running', hoursLeft: 70 }, '2026-11-24T06:00:00.000Z', 'running', 48],
    ['a stored running clock after its deadline', { state: 'running', hoursLeft: 3 }, '2026-11-26T09:00:00.000Z', 'overdue', -3],
    ['an overdue clock stays overdue', { state: 'overdue', hoursLeft: -1 }, '2026-11-26T10:00:00.000Z', 'overdue', -4],
    ['a reported breach keeps its state', { state: 'reported-in-time', hoursLeft: 12 }, '2026-11-30T10:00:00.000Z', 'reported-in-time', 12],
    ['not reportable keeps its state', { state: 'not-reportable', hoursLeft: 0 }, '2026-11-30T10:00:00.000Z', 'not-reportable', 0]
  ])('%s', (_name, clock, now, state, hoursLeft) => {
    expect(breachClockAt({ deadline, ...clock }, Date.parse(now))).toEqual({ state, hoursLeft });
  });
});
