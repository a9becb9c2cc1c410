/**
 * Writes the evaluation report outline to .docx: title in 宋体, section headings in 黑体, body in
 * 仿宋 with a two-character first-line indent, on A4 portrait, as such reports are handed in.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ReportOutline } from '../print/report-outline.ts';
import { a4 } from './write-table-docx.ts';

/** The .docx bytes of a report. */
export async function writeReportDocx(outline: ReportOutline): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: outline.title, font: '宋体', size: 36, bold: true })],
    }),
  ];
  for (const section of outline.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        spacing: { before: 200, after: 100 },
        children: [new TextRun({ text: section.title, font: '黑体', size: 32, color: '000000' })],
      }),
    );
    for (const text of section.paragraphs) {
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560, lineRule: 'exact' },
          children: [new TextRun({ text, font: '仿宋', size: 32 })],
        }),
      );
    }
  }
  const document = new Document({
    creator: 'Jixiao',
    title: outline.title,
    sections: [
      {
        properties: {
          page: {
            size: { width: a4.short, height: a4.long },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
