import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { CouncilDashboard } from '../contracts/council-dashboard';
import { safeText } from './docx/safe-text';
import { reportText } from './i18n/report-text';
import type { ReportInput } from './report-input';
import type { ReportBlock, ReportContext } from './report-context';
import { actionPlanSection } from './sections/action-plan-section';
import { goalAreasSection } from './sections/goal-areas-section';
import { incidentsSection } from './sections/incidents-section';
import { maturitySection } from './sections/maturity-section';
import { nextYearSection } from './sections/next-year-section';
import { overdueSection } from './sections/overdue-section';
import { risksSection } from './sections/risks-section';
import { summarySection } from './sections/summary-section';
import { reportTitle, titleBlock } from './sections/title-block';
import { trainingSection } from './sections/training-section';
import { unitSections } from './sections/unit-sections';

/** An area report asked for a unit the dashboard does not report on. */
export class ReportUnitNotFoundError extends Error {
  constructor(readonly unitId: string, readonly known: readonly string[]) {
    super(`No organisational unit "${unitId}" in the follow-up (${known.length} units are: ${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''}).`);
    this.name = 'ReportUnitNotFoundError';
  }
}

export function unitOf(dashboard: CouncilDashboard, unitId: string): CouncilDashboard['overdue']['byUnit'][number] {
  const unit = dashboard.overdue.byUnit.find((candidate) => candidate.unitId === unitId);
  if (unit === undefined) throw new ReportUnitNotFoundError(unitId, dashboard.overdue.byUnit.map((candidate) => candidate.unitId));
  return unit;
}

/**
 * R-REP: the blocks of the report, in the seed's order: summary, the five goal areas with KPIs and
 * trends, maturity, risks, incidents, training, follow-up per area, the action plan and next year's
 * work. An area's own follow-up (`unitId`) has its figures, then the region's KPIs.
 */
export function reportBlocks(input: ReportInput): { title: string; blocks: ReportBlock[] } {
  const context: ReportContext = { input, dashboard: input.dashboard, text: reportText(input.locale) };
  if (input.unitId !== undefined) {
    const unit = unitOf(input.dashboard, input.unitId);
    return { title: reportTitle(context, unit.unitName), blocks: [...titleBlock(context, unit.unitName), ...unitSections(context, unit)] };
  }
  return {
    title: reportTitle(context),
    blocks: [
      ...titleBlock(context),
      ...summarySection(context),
      ...goalAreasSection(context),
      ...maturitySection(context),
      ...risksSection(context),
      ...incidentsSection(context),
      ...trainingSection(context),
      ...overdueSection(context),
      ...actionPlanSection(context),
      ...nextYearSection(context)
    ]
  };
}

/**
 * The report as a Word document (.docx): headings Word's navigation pane and table of contents
 * know, tables of figures, native editable charts, every run marked with the report's language
 * (sv-SE by default, en-GB on request) so Word spell-checks and hyphenates it right.
 */
export function councilReportDocument(input: ReportInput): Document {
  const { title, blocks } = reportBlocks(input);
  const text = reportText(input.locale);
  return new Document({
    title: safeText(title),
    creator: 'Tillit',
    description: safeText(title),
    styles: {
      default: {
        document: { run: { language: { value: text.languageTag }, font: 'Calibri', size: 22 } },
        // Looked at as a PDF: the default 28 pt title broke "Informationssäkerhetsberättelse" mid-word, and headings sat on the text above.
        title: { run: { size: 44, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { size: 32, color: '2E74B5' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { size: 26, color: '2E74B5' }, paragraph: { spacing: { before: 280, after: 80 } } },
        heading3: { run: { size: 23, color: '1F3864', bold: true }, paragraph: { spacing: { before: 200, after: 80 } } }
      }
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${safeText(title)} · `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })]
          })
        },
        children: blocks
      }
    ]
  });
}

/** The .docx's bytes. */
export async function writeCouncilReport(input: ReportInput): Promise<Buffer> {
  return Packer.toBuffer(councilReportDocument(input));
}
