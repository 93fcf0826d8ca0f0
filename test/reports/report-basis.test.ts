import type { FiguresBasis } from '../../src/domain/council/council-dashboard-of-period';
import { isoDate } from '../../src/domain/shared/calendar';
import { writeCouncilReport } from '../../src/reports/council-report';
import { reportPeriodOf } from '../../src/reports/report-period';
import { dashboardFixture } from './council-dashboard-fixture';
import { docxParts, documentText } from './docx-parts';

/*
 * R-REP: a report says on its title page which day its figures are of and what they rest on — a
 * running period's are today's; a finished period's are as at its end, its KPIs as kept (the daily
 * job's or a meeting's) or computed as of the end, and what the registers cannot rewind is named.
 */
const KEPT_AS_TODAY = ['risk-status', 'incident-status', 'action-status', 'reviews', 'organisation'] as const;

async function titleText(locale: 'sv' | 'en', basis: FiguresBasis, period: Parameters<typeof reportPeriodOf>[1] = 'tertial-1'): Promise<string> {
  const dashboard = { ...dashboardFixture(), asOf: basis.kind === 'kept' ? basis.keptOn : basis.day };
  const bytes = await writeCouncilReport({ dashboard, period: reportPeriodOf(2026, period), locale, basis });
  return documentText(docxParts(bytes).get('word/document.xml') ?? '');
}

describe('the title page says which day the figures are of (R-REP)', () => {
  test.each<[string, 'sv' | 'en', FiguresBasis, readonly string[]]>([
    [
      'kept at a meeting, in Swedish',
      'sv',
      { kind: 'kept', day: isoDate('2026-04-30'), keptOn: isoDate('2026-04-28'), source: 'meeting', computedOn: isoDate('2026-11-30'), keptAsToday: KEPT_AS_TODAY },
      [
        'Perioden 1 januari 2026–30 april 2026. Siffrorna avser periodens slut, 30 april 2026.',
        'Nyckeltalen är de som sparades vid rådets möte 28 april 2026.',
        'Registren sparar ingen historik för riskernas status, incidenternas status, handlingsplanens status och framsteg, senaste granskning av informationstillgångar, system, systemsäkerhetsplaner och reservrutiner och organisationens enheter och vilka tillgångar och system som finns: de redovisas som de är i dag, 30 november 2026.'
      ]
    ],
    [
      'computed as of the end, in English',
      'en',
      { kind: 'computed', day: isoDate('2026-04-30'), computedOn: isoDate('2026-11-30'), keptAsToday: ['risk-status'] },
      [
        "The period 1 January 2026–30 April 2026. The figures are as of the period's end, 30 April 2026.",
        "No snapshot was kept near the period's end, so the KPIs were computed on 30 November 2026 from the registers as of 30 April 2026.",
        "The registers keep no history of the risks' status: these are shown as they are today, 30 November 2026."
      ]
    ],
    ['a running period, in Swedish', 'sv', { kind: 'live', day: isoDate('2026-11-30') }, ['Perioden 1 januari 2026–30 april 2026 pågår: siffrorna avser i dag, 30 november 2026.']]
  ])('%s', async (_case, locale, basis, expected) => {
    const text = await titleText(locale, basis);
    for (const line of expected) expect(text).toContain(line);
    if (basis.kind === 'live') expect(text).not.toContain('Registren sparar ingen historik');
  });

  test('a finished period\'s own point in the trend, computed as of its end, is called computed, not today', async () => {
    const basis: FiguresBasis = { kind: 'computed', day: isoDate('2026-04-30'), computedOn: isoDate('2026-11-30'), keptAsToday: KEPT_AS_TODAY };
    const fixture = dashboardFixture();
    const dashboard = { ...fixture, asOf: basis.day, trend: fixture.trend.filter((point) => point.asOf < basis.day) };
    const bytes = await writeCouncilReport({ dashboard, period: reportPeriodOf(2026, 'tertial-1'), locale: 'sv', basis });
    const text = documentText(docxParts(bytes).get('word/document.xml') ?? '');
    // The year's only point is labelled by its year (pointLabels).
    expect(text).toContain('2026 (beräknad)');
    expect(text).not.toContain('(i dag)');
  });
});
