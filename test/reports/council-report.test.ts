import { XMLValidator } from 'fast-xml-parser';
import { writeCouncilReport, ReportUnitNotFoundError } from '../../src/reports/council-report';
import { reportPeriodOf } from '../../src/reports/report-period';
import { dashboardFixture } from './council-dashboard-fixture';
import { docxParts, documentText } from './docx-parts';

/**
 * R-REP, issue 10: the annual information security report as a Word document, written from the
 * council's dashboard (the same figures the tab shows), in Swedish and English, with native charts.
 */
const NBSP = '\u00a0';

async function report(
  locale: 'sv' | 'en',
  options: { unitId?: string; period?: Parameters<typeof reportPeriodOf>[1]; dashboard?: ReturnType<typeof dashboardFixture> } = {}
): Promise<{ parts: Map<string, string>; xml: string; text: string }> {
  const bytes = await writeCouncilReport({ dashboard: options.dashboard ?? dashboardFixture(), period: reportPeriodOf(2026, options.period ?? 'year'), locale, unitId: options.unitId });
  const parts = docxParts(bytes);
  const xml = parts.get('word/document.xml') ?? '';
  return { parts, xml, text: documentText(xml) };
}

describe('the annual report (R-REP)', () => {
  it('holds the headings of the seed report and the KPI values of the dashboard, in Swedish', async () => {
    const { text, parts } = await report('sv');
    for (const heading of [
      'Informationssäkerhetsberättelse 2026',
      'Sammanfattning',
      'Måluppfyllnad per målområde',
      'Ledningssystem för informationssäkerhet (LIS)',
      'Riskhantering',
      'Informationssäkerhetsorganisation',
      'Informationsklassning',
      'Informationssäkerhetsutbildning',
      'Mognad enligt MSBFS 2020:6',
      'Risker per nivå',
      'Avvikelser och incidenter',
      'Utbildning',
      'Handlingsplanen',
      'Fortsatt arbete under 2027'
    ]) {
      expect(text).toContain(heading);
    }
    // KPI: classified systems 389 of 703 = 55.3 %, numerator and denominator shown.
    expect(text).toContain('Aktuella informationssystem som är klassade');
    expect(text).toContain('389');
    expect(text).toContain('703');
    expect(text).toContain(`55,3${NBSP}%`);
    // A training audience's own label (the region's configuration) and its figures: 3 271 of 4 012.
    expect(text).toContain('Alla medarbetare');
    expect(text).toContain(`3${NBSP}271`);
    expect(text).toContain(`4${NBSP}012`);
    expect(text).toContain(`81,5${NBSP}%`);
    // Word marks the text as Swedish.
    expect(parts.get('word/styles.xml')).toContain('w:val="sv-SE"');
  });

  it('is written in English on request, with the same figures', async () => {
    const { text, parts } = await report('en');
    for (const heading of ['Information security report 2026', 'Summary', 'Risk management', 'Maturity per MSBFS 2020:6', 'Deviations and incidents', 'Continued work in 2027']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Current information systems classified');
    expect(text).toContain('55.3%');
    expect(text).toContain('3,271');
    expect(text).toContain('All staff');
    expect(text).not.toContain('Sammanfattning');
    expect(parts.get('word/styles.xml')).toContain('w:val="en-GB"');
  });

  it('has native Word charts: chart parts with their embedded workbooks, referenced from the document', async () => {
    const { parts, xml } = await report('sv');
    const charts = [...parts.keys()].filter((path) => /^word\/charts\/chart\d+\.xml$/.test(path));
    // Five trends, maturity, risks by level, incidents, training, overdue work, the action plan.
    expect(charts.length).toBe(11);
    expect([...parts.keys()].filter((path) => path.startsWith('word/embeddings/')).length).toBe(11);
    expect(xml).toContain('http://schemas.openxmlformats.org/drawingml/2006/chart');
    expect(parts.get('[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    // The maturity chart holds the areas' names as categories.
    expect(charts.map((path) => parts.get(path)).join('')).toContain('Riskbedömning');
  });

  it('lists the open risks by level and the open incidents with their 72-hour clock', async () => {
    const { text } = await report('sv');
    expect(text).toContain('Reservrutin saknas för journalsystemet');
    expect(text).toContain('Kritisk');
    expect(text).toContain('Journalkopia skickad till fel mottagare');
    expect(text).toContain('53 h kvar');
  });

  it('names a follow-up period in its title and its dates', async () => {
    const { text } = await report('sv', { period: 'tertial-2' });
    expect(text).toContain('Tertialuppföljning 2 2026');
    expect(text).toContain('1 maj 2026');
    expect(text).toContain('31 augusti 2026');
    const half = await report('en', { period: 'half-1' });
    expect(half.text).toContain('first half 2026');
    expect(half.text).toContain('30 June 2026');
  });
});

describe('an area\'s own follow-up (the action plan\'s section 4)', () => {
  it('holds the unit\'s overdue work per kind against the region, its risks and incidents, and not another unit\'s', async () => {
    const { text, parts } = await report('sv', { unitId: 'u-hjarta' });
    expect(text).toContain('Uppföljning av informationssäkerhet för Område Hjärta och kärl');
    expect(text).toContain('Område Hjärta och kärl har 47 försenade uppgifter');
    expect(text).toContain('Reservrutin saknas för journalsystemet');
    expect(text).toContain('Journalkopia skickad till fel mottagare');
    expect(text).not.toContain('Leverantörens molntjänst saknar avtal');
    expect(text).not.toContain('Borttappat USB-minne');
    expect(text).toContain('Regionens nyckeltal som jämförelse');
    expect([...parts.keys()].some((path) => /^word\/charts\/chart\d+\.xml$/.test(path))).toBe(true);
  });

  it('refuses a unit the follow-up does not know', async () => {
    await expect(report('sv', { unitId: 'u-nowhere' })).rejects.toBeInstanceOf(ReportUnitNotFoundError);
  });
});

describe('register text in the report (R-SEC-2)', () => {
  const hostile = {
    unitName: 'Område <b>&amp;</b> "Q" \'x\' </w:t></w:r><w:r><w:t>injected',
    riskTitle: 'Risk ]]><!-- \u0001\u0008\u000b\ufffe bell\u0007 lone \ud800 surrogate',
    incidentTitle: '{{DATE(2026-01-01)}} & <script>alert(1)</script>',
    activity: 'Line one\nLine two\tTabbed',
    comment: 'x'.repeat(5_000)
  };

  it('keeps every part well-formed XML and shows hostile names as text', async () => {
    for (const locale of ['sv', 'en'] as const) {
      for (const unitId of [undefined, 'u-hjarta']) {
        const { parts, text } = await report(locale, { unitId, dashboard: dashboardFixture(hostile) });
        for (const [path, content] of parts) {
          if (path.endsWith('.xml') || path.endsWith('.rels')) expect({ path, valid: XMLValidator.validate(content) }).toEqual({ path, valid: true });
        }
        expect(text).toContain('Område <b>&amp;</b> "Q" \'x\' </w:t></w:r><w:r><w:t>injected');
        expect(text).toContain('Risk ]]><!-- bell lone surrogate');
        expect(text).toContain('<script>alert(1)</script>');
        if (unitId === undefined) {
          expect(text).toContain('Line one Line two Tabbed');
          // A pasted essay is clipped, never a page of x.
          expect(text).not.toContain('x'.repeat(300));
        }
      }
    }
  });
});
