/**
 * 评价结果通报 as .docx: title in 宋体, the summary paragraph in 仿宋, the grade counts and the
 * table of evaluated entries, on A4 landscape (nine columns do not fit portrait).
 */
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describeResultsNotice, type ResultsNotice } from '../../core/results/index.ts';
import { a4 } from '../docx/write-table-docx.ts';
import { formatNoticeTitle, listGradeRows, listNoticeRows, noticeColumns } from './notice-rows.ts';

function buildTable(header: readonly string[], rows: readonly string[][]): Table {
  const cell = (text: string, isHeader: boolean) =>
    new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: '宋体', size: 21, bold: isHeader })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
    ],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 200, after: 100 }, children: [new TextRun({ text, font: '黑体', size: 32 })] });
}

/** The .docx bytes of the notice. */
export async function writeResultsNoticeDocx(notice: ResultsNotice): Promise<Buffer> {
  const title = formatNoticeTitle(notice);
  const document = new Document({
    creator: 'Jixiao',
    title,
    sections: [
      {
        // docx swaps width and height itself for landscape: give the portrait size.
        properties: { page: { size: { width: a4.short, height: a4.long, orientation: PageOrientation.LANDSCAPE }, margin: { top: a4.margin, bottom: a4.margin, left: a4.margin, right: a4.margin } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: title, font: '宋体', size: 36, bold: true })] }),
          new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [new TextRun({ text: describeResultsNotice(notice), font: '仿宋', size: 32 })] }),
          heading('一、评价等级分布'),
          buildTable(['评价等级', '数量'], listGradeRows(notice)),
          heading('二、评价结果明细'),
          buildTable(noticeColumns, listNoticeRows(notice)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
