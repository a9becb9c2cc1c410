/**
 * Writes an official table layout to .docx: title, subtitle and one table whose 一级/二级 and goal
 * cells are vertically merged (w:vMerge) and header labels horizontally merged (w:gridSpan), on A4
 * in the layout's orientation, 宋体 labels and 仿宋 values.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { mapCoverage, type LayoutCell, type TableLayout } from '../print/table-layout.ts';

/** A4 in twentieths of a point, and 2 cm margins. */
export const a4 = { short: 11906, long: 16838, margin: 1134 };

function buildParagraphs(cell: LayoutCell): Paragraph[] {
  const isLabel = cell.role === 'label' || cell.role === 'header';
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: line, font: isLabel ? '宋体' : '仿宋', size: 20, bold: isLabel })],
      }),
  );
}

/** The docx table of a layout; `textWidth` is the printable width in twips. */
export function buildDocxTable(layout: TableLayout, textWidth: number): Table {
  const totalUnits = layout.columns.reduce((a, b) => a + b, 0);
  const widths = layout.columns.map((units) => Math.floor((units / totalUnits) * textWidth));
  const coverage = mapCoverage(layout);
  const rows = layout.rows.map((_, rowIndex) => {
    const cells: TableCell[] = [];
    const row = coverage[rowIndex]!;
    for (let column = 0; column < widths.length; column++) {
      const covered = row[column];
      if (covered && !covered.isMaster) continue;
      if (!covered) {
        cells.push(
          new TableCell({
            width: { size: widths[column]!, type: WidthType.DXA },
            children: [new Paragraph('')],
          }),
        );
        continue;
      }
      const { cell } = covered;
      const span = cell.colSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
          verticalAlign: VerticalAlign.CENTER,
          children: buildParagraphs(cell),
        }),
      );
    }
    return new TableRow({ children: cells, cantSplit: true });
  });
  // A fixed layout keeps Word and WPS from re-flowing the column widths the layout chose.
  return new Table({
    rows,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
  });
}

/** The .docx bytes of one table. */
export async function writeTableDocx(layout: TableLayout): Promise<Buffer> {
  const isLandscape = layout.orientation === 'landscape';
  const pageWidth = isLandscape ? a4.long : a4.short;
  const document = new Document({
    creator: 'Jixiao',
    title: layout.title,
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape: give the portrait size.
            size: {
              width: a4.short,
              height: a4.long,
              orientation: isLandscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [new TextRun({ text: layout.title, font: '宋体', size: 32, bold: true })],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: layout.subtitle, font: '仿宋', size: 22 })],
          }),
          buildDocxTable(layout, pageWidth - 2 * a4.margin),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
