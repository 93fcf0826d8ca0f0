/**
 * @jest-environment jsdom
 */
import { webcrypto } from 'node:crypto';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { meetingRequestSchema } from '../../../src/contracts/council-writes';
import { createTranslator } from '../../../src/i18n/translator';
import { KpiCards } from '../../../src/ui/council/kpi-cards';
import { MeetingForm } from '../../../src/ui/council/meeting-form';
import { RiskHeatMap } from '../../../src/ui/council/risk-heat-map';
import type { AppServiceClient } from '../../../src/ui/shell/app-service-client';
import { TillitProvider } from '../../../src/ui/shell/tillit-provider';
import { councilDashboardFixture } from './council-dashboard-fixture';

const dashboard = councilDashboardFixture();

beforeAll(() => {
  // jsdom has no crypto.randomUUID; every browser the tab supports has it (Teams pages are secure contexts).
  Object.defineProperty(window, 'crypto', { value: webcrypto, configurable: true });
  // Nor ResizeObserver, which Fluent's MessageBar watches its own width with; jsdom lays nothing out, so nothing resizes.
  Object.defineProperty(window, 'ResizeObserver', {
    configurable: true,
    value: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
  });
});

function inProvider(element: React.ReactElement, locale: 'sv' | 'en' = 'sv'): ReturnType<typeof render> {
  return render(<TillitProvider locale={locale}>{element}</TillitProvider>);
}

describe('the council dashboard\'s components, from the contract only (issue 10)', () => {
  test('KPI cards show every measure with its share, numerator and denominator, and say when there is nothing to measure (R-KPI)', () => {
    inProvider(<KpiCards goalAreas={dashboard.goalAreas} locale="sv" t={createTranslator('sv')} />);
    const risk = within(screen.getByTestId('goal-area-risk-management'));
    expect(risk.getByRole('heading', { level: 3 }).textContent).toBe('Riskhantering');
    expect(risk.getByText('11 av 14')).toBeTruthy();
    // As the annual report writes it (one decimal, a no-break space before %), so the tab and the report show the same figure.
    expect(risk.getAllByTestId('kpi-percent').map((element) => element.textContent)).toContain('78,6\u00a0%');
    const organisation = within(screen.getByTestId('goal-area-security-organisation'));
    expect(organisation.getByText('inget att mäta')).toBeTruthy();
    expect(organisation.getByText('0 av 0')).toBeTruthy();
    // A region's own training audience is named by the configuration's label, in the page's language.
    expect(within(screen.getByTestId('goal-area-training')).getByText('Alla medarbetare')).toBeTruthy();
  });

  test('the heat map counts the open risks per cell, names each cell for screen readers, and drills down to the cell\'s risks (R-RSK)', () => {
    inProvider(<RiskHeatMap risks={dashboard.risks} locale="en" t={createTranslator('en')} siteOrigin="https://region.sharepoint.com" />, 'en');
    const cell = screen.getByRole('button', { name: '2 risks with likelihood Very likely and consequence Serious' });
    expect(cell.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('risk-drill-down')).toBeNull();
    fireEvent.click(cell);
    const drill = within(screen.getByTestId('risk-drill-down'));
    const rows = drill.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['Risk 1: obehörig åtkomst till journalsystem', 'Risk 2: obehörig åtkomst till journalsystem']);
    expect(drill.getAllByRole('link')[0].getAttribute('href')).toBe('https://region.sharepoint.com/sites/tillit/Lists/Risks/DispForm.aspx?ID=1');
    expect(cell.getAttribute('aria-pressed')).toBe('true');
    // Cells without risks are no buttons: nothing to drill into.
    expect(screen.getAllByRole('button')).toHaveLength(new Set(dashboard.risks.open.map((risk) => `${risk.likelihood}-${risk.consequence}`)).size);
  });

  test('the meeting form sends what the app service\'s contract takes, actions with owner and due date, and one request id for retries (R-MTG, R-SEC-2)', async () => {
    const sent: unknown[] = [];
    const appService: AppServiceClient = {
      get: () => Promise.reject(new Error('not asked')),
      post: (_path, body, schema) => {
        sent.push(body);
        return Promise.resolve(schema.parse({ meeting: { id: '9', heldOn: '2026-11-23', attendeeCount: 2, decisions: ['Beslut'], actionIds: ['a9'] } }));
      }
    };
    const saved: string[] = [];
    inProvider(<MeetingForm appService={appService} today="2026-11-23" locale="sv" t={createTranslator('sv')} onSaved={(notice) => saved.push(notice)} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('meeting-save'));
    expect(screen.getByText('Fyll i Deltagare.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(screen.getByTestId('meeting-attendees'), { target: { value: ' Asa.Lindstrom@regionexempel.se \n\n dso@regionexempel.se' } });
    fireEvent.change(screen.getByTestId('meeting-decisions'), { target: { value: 'Beslut' } });
    fireEvent.click(screen.getByTestId('meeting-add-action'));
    fireEvent.change(screen.getByTestId('action-activity'), { target: { value: 'Öva reservrutiner' } });
    fireEvent.change(screen.getByTestId('action-owner'), { target: { value: 'lars.oberg@regionexempel.se' } });
    fireEvent.change(screen.getByTestId('action-due'), { target: { value: '2027-02-28' } });
    fireEvent.click(screen.getByTestId('meeting-save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(sent).toHaveLength(1);
    const request = meetingRequestSchema.parse(sent[0]);
    expect(request).toMatchObject({
      heldOn: '2026-11-23',
      attendeeEmails: ['asa.lindstrom@regionexempel.se', 'dso@regionexempel.se'],
      decisions: ['Beslut'],
      actions: [{ activity: 'Öva reservrutiner', responsibleEmail: 'lars.oberg@regionexempel.se', dueOn: '2027-02-28' }]
    });
    expect(request.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
