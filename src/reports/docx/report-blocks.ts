import { AlignmentType, HeadingLevel, HeightRule, Paragraph, ShadingType, Table, TableCell, TableRow, TextDirection, TextRun, WidthType } from 'docx';
import { ChartRun, type ChartRunOptions } from 'docx/charts';
import { safeText } from './safe-text';

/**
 * The few kinds of block the report is made of, so every section looks the same: headings, body
 * text, bullets, tables with a repeated header row, and native Word charts (DESIGN.md: `ChartRun`
 * from `docx/charts`, editable in Word with an embedded workbook). Every text from the registers
 * goes through safeText here, so no section can forget it.
 */

/** The page's text width in twips (A4, 2.5 cm margins): tables and charts are sized to it. */
export const TEXT_WIDTH_TWIPS = 9026;
/** The same width in pixels at 96 dpi (a chart's size is given in pixels). */
export const TEXT_WIDTH_PIXELS = 600;

const HEADER_FILL = 'DCE6F0';
/** Body text is the report's own sentences with names in them: long, but not unbounded. */
const MAX_BODY_TEXT = 4000;

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: [new TextRun(safeText(text))], keepNext: true });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(safeText(text))] });
}

export function body(text: string, options: { readonly italics?: boolean; readonly bold?: boolean; readonly keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: safeText(text, MAX_BODY_TEXT), italics: options.italics, bold: options.bold })], keepNext: options.keepNext, spacing: { after: 120 } });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(safeText(text, MAX_BODY_TEXT))], bullet: { level: 0 } });
}

export interface TableColumn {
  readonly header: string;
  /** Share of the table's width, in per cent (the columns' shares add up to 100). */
  readonly widthPercent: number;
  /** Figures are right-aligned, so digits line up. */
  readonly numeric?: boolean;
  /** The header is written bottom to top: for many narrow columns of figures whose names are long words. */
  readonly verticalHeader?: boolean;
}

function cell(text: string, column: TableColumn, header: boolean): TableCell {
  return new TableCell({
    width: { size: Math.round((TEXT_WIDTH_TWIPS * column.widthPercent) / 100), type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    textDirection: header && column.verticalHeader === true ? TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: column.numeric === true ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: safeText(text), bold: header, size: 18 })]
      })
    ]
  });
}

/**
 * A table of figures: the header row repeats on each page (tableHeader) and rows do not break
 * across pages, so a KPI's numerator and denominator are never torn apart.
 */
export function dataTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: columns.map((column) => Math.round((TEXT_WIDTH_TWIPS * column.widthPercent) / 100)),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        // Rotated headers need the row's height: Word does not grow a row for vertical text.
        height: columns.some((column) => column.verticalHeader === true) ? { value: 2500, rule: HeightRule.ATLEAST } : undefined,
        children: columns.map((column) => cell(column.header, column, true))
      }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((column, index) => cell(row[index] ?? '', column, false)) }))
    ]
  });
}

/** Space after a table, which Word otherwise glues to the next heading. */
export function gap(): Paragraph {
  return new Paragraph({ children: [], spacing: { after: 120 } });
}

/** A count axis: whole numbers only, one step per unit while the counts are small (not 0.2, 0.4 …). */
export function countAxis(values: readonly number[]): { minimum: number; interval?: number; numberFormat: string } {
  const highest = Math.max(0, ...values.map((value) => value ?? 0));
  return highest <= 10 ? { minimum: 0, interval: 1, numberFormat: '0' } : { minimum: 0, numberFormat: '0' };
}

const CHART_TITLE_FONT = { size: 12, bold: true };

type CategoryChart = Extract<ChartRunOptions, { readonly type: 'column' | 'bar' | 'line' | 'pie' | 'doughnut' }>;

/**
 * A native Word chart in its own paragraph. Names and categories are cleaned as any register text
 * (they land in the chart's XML and its workbook); the alt text says the table beside it holds the
 * same figures (every chart has its data as a table too, for screen readers and for people who
 * prefer numbers).
 */
export function chart(options: CategoryChart, altText: string, height = 300): Paragraph {
  const cleaned = {
    ...options,
    title: typeof options.title === 'string' ? { text: safeText(options.title), font: CHART_TITLE_FONT } : options.title,
    categories: options.categories.map((category) => (typeof category === 'string' ? safeText(category) || '–' : category)),
    series: options.series.map((series) => ({ ...series, name: safeText(series.name) || '–' })),
    transformation: options.transformation ?? { width: TEXT_WIDTH_PIXELS, height },
    altText: { name: safeText(typeof options.title === 'string' ? options.title : 'chart'), description: safeText(altText), title: safeText(typeof options.title === 'string' ? options.title : '') }
  } as CategoryChart;
  return new Paragraph({ keepNext: false, spacing: { after: 160 }, children: [new ChartRun(cleaned)] });
}
