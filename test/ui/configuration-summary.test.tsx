/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { DEFAULT_REGION_CONFIG } from '../../src/config/default-region';
import { loadRegionConfig } from '../../src/config/load-region-config';
import { ConfigurationSummary } from '../../src/ui/configuration-summary/configuration-summary';
import { TillitProvider } from '../../src/ui/shell/tillit-provider';

function renderIn(locale: 'sv' | 'en', config = DEFAULT_REGION_CONFIG): ReturnType<typeof render> {
  return render(
    <TillitProvider locale={locale}>
      <ConfigurationSummary config={config} locale={locale} />
    </TillitProvider>
  );
}

describe('ConfigurationSummary (R-ORG-MULTI)', () => {
  test('shows the consequence scale in Swedish, in order, in a table with column headers', () => {
    renderIn('sv');
    const table = screen.getByRole('table', { name: 'Konsekvensskala för klassning' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Nivå', 'Benämning']);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['0Försumbar', '1Måttlig', '2Betydande', '3Allvarlig']);
  });

  test('has a labelled region with a level-2 heading, and marks the language for screen readers', () => {
    const { container } = renderIn('sv');
    expect(screen.getByRole('region', { name: 'Regionens inställningar' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Regionens inställningar');
    expect(container.querySelector('[lang="sv"]')).not.toBeNull();
  });

  test('follows the locale: English labels from the configuration and from i18n', () => {
    renderIn('en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Region settings');
    const table = screen.getByRole('table', { name: 'Consequence scale for classification' });
    expect(within(table).getByText('Serious')).toBeTruthy();
    expect(screen.getByText('Traceability')).toBeTruthy();
    expect(screen.getByText('Classifications are reviewed every 12 months.')).toBeTruthy();
  });

  test("shows another region's configuration without code changes: a five-level scale and a shorter interval", () => {
    const config = loadRegionConfig({
      regionName: 'Region Väst',
      classification: {
        reviewIntervalMonths: 6,
        consequenceScale: [
          { value: 0, key: 'forsumbar', label: { sv: 'Försumbar', en: 'Negligible' } },
          { value: 1, key: 'mattlig', label: { sv: 'Måttlig', en: 'Moderate' } },
          { value: 2, key: 'betydande', label: { sv: 'Betydande', en: 'Significant' } },
          { value: 3, key: 'allvarlig', label: { sv: 'Allvarlig', en: 'Serious' } },
          { value: 4, key: 'synnerligen-allvarlig', label: { sv: 'Synnerligen allvarlig', en: 'Extremely serious' } }
        ]
      }
    });
    renderIn('sv', config);
    const table = screen.getByRole('table', { name: 'Konsekvensskala för klassning' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByText('Synnerligen allvarlig')).toBeTruthy();
    expect(screen.getByText(/Region Väst/)).toBeTruthy();
    expect(screen.getByText('Klassningar granskas var 6:e månad.')).toBeTruthy();
  });

  test('renders text from configuration as text, never as markup', () => {
    const config = loadRegionConfig({ regionName: '<img src=x onerror="alert(1)">' });
    const { container } = renderIn('sv', config);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });

  test('lists all twelve MSBFS 2020:6 areas and the training targets', () => {
    renderIn('sv');
    expect(screen.getByText('Riskbedömning')).toBeTruthy();
    expect(screen.getByText('Alla medarbetare — Mål 80 %')).toBeTruthy();
    const areasHeading = screen.getByRole('heading', { name: 'Områden enligt MSBFS 2020:6' });
    const areaList = areasHeading.nextElementSibling as HTMLElement;
    expect(within(areaList).getAllByRole('listitem')).toHaveLength(12);
  });
});
