/**
 * Reads a .pdf's text layer into lines for the text readers (pdfjs-dist legacy build, which runs on
 * Node 20). Text items on the same baseline form one line; a wide gap between items, as between
 * table columns, becomes a tab. NFKC folds the Kangxi radicals some PDFs use (⽅ → 方).
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError, type ImportLimits } from '../import-error.ts';
import { readLatticeDocument, type PdfPageContent } from './lattice-reading.ts';
import { joinCellPieceLines } from './position-grid.ts';
import { readRulingLines, type RulingLines } from './ruling-lines.ts';
import { turnPoint, turnRulingLines, uprightTurns } from './page-orientation.ts';
import { foldDashes } from '../text/dashes.ts';
import { foldRadicals } from '../text/radicals.ts';
import { createProseWriter, findMargins, type ArrangedLine } from './wrapped-lines.ts';

/**
 * NFKC, the radical-supplement characters and the look-alike dashes folded: the text as it was typed. 戶 → 户 too,
 * since the documents are in simplified Chinese.
 */
export function normalizePdfText(text: string): string {
  return foldDashes(foldRadicals(text.normalize('NFKC')).replace(/戶/g, '户'));
}

/** A text item of a page's text layer: PDF coordinates, y up from the page's foot. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Groups items into lines top to bottom, each line's items left to right. */
export function groupLines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextItem[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const tolerance = Math.max(2, (row?.[0]?.height ?? item.height) * 0.4);
    if (row && Math.abs(row[0]!.y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x);
  return rows;
}

/** Gaps that cut a line into cells: about one character for text lines (a word gap stays inside a cell). */
export const textCellGap = { minimum: 4, heights: 0.9 };

/** A line's items cut into cells at gaps wider than `gap` (default: about one character). */
export function splitCells(line: readonly PdfTextItem[], gap = textCellGap): PdfTextItem[][] {
  const cells: PdfTextItem[][] = [];
  let end: number | null = null;
  for (const item of line) {
    if (end === null || item.x - end > Math.max(gap.minimum, item.height * gap.heights)) cells.push([item]);
    else cells.at(-1)?.push(item);
    end = item.x + item.width;
  }
  return cells;
}

/** A line's text (cells separated by a tab) with where it stands. */
export function arrangeLine(line: readonly PdfTextItem[]): ArrangedLine {
  const cells = splitCells(line);
  const last = line.at(-1)!;
  return {
    text: normalizePdfText(cells.map((cell) => cell.map((item) => item.text).join('')).join('\t')),
    left: line[0]!.x,
    right: last.x + last.width,
    height: line.reduce((highest, item) => Math.max(highest, item.height), 0),
    cellCount: cells.length,
  };
}

async function openPdf(bytes: Buffer): Promise<PDFDocumentProxy> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new ImportError('encrypted', '该 PDF 设置了打开密码：请去掉密码后再导入');
    }
    throw new ImportError(
      'damaged-file',
      '无法读取该 PDF 文件（文件已损坏）：请重新导出 PDF，或改用 .docx/.xlsx',
    );
  }
}

/**
 * The text lines of every page of a .pdf, a blank line between pages: through its tables' borders
 * when it draws tables (lattice-reading.ts), else from the text positions alone.
 */
export async function readPdfLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
  return pdfContentLines(await readPdfPageContents(bytes, limits));
}

/** The lines readPdfLines gives for pages already read. */
export function pdfContentLines(pages: readonly PdfPageContent[]): string[] {
  return readLatticeDocument(pages)?.lines ?? pdfPageLines(pages.map((page) => page.items));
}

/**
 * The lines with the blank line between pages written as a form feed, as pdftotext opens each page:
 * the text readers then know the pages, and blank a running head or foot (a title or a unit's name
 * printed on every page, text/running-heads.ts) that would stand between a table's rows. (A page's
 * number on a line of its own is blanked wherever it stands, vocabulary/page-chrome.ts.)
 */
export function markPageStarts(lines: readonly string[]): string[] {
  return lines.map((line, index) => (line === '' && index > 0 ? '\f' : line));
}

/** The lines readPdfLines gives for pages already read: a blank line between pages, a paragraph cut by a page's foot joined with its rest. */
export function pdfPageLines(pages: ReadonlyArray<readonly PdfTextItem[]>): string[] {
  const lines: string[] = [];
  const write = createProseWriter(lines);
  // A table's cells wrapped over lines, or cut by a page break, are put back into their rows
  // (position-grid.ts): no borders say where a row ends.
  for (const pageLines of joinCellPieceLines(pages, looksLikeTable)) {
    // A page all of whose text went on with the paragraph (or the row) above leaves no line: one blank line still parts the pages.
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
    const arranged = pageLines.map(arrangeLine);
    write({ lines: arranged, margins: findMargins(arranged), isPageStart: true, isPageEnd: true });
  }
  return lines;
}

/** The positioned text items of every page of a .pdf (empty items dropped). */
export async function readPdfPages(bytes: Buffer, limits: ImportLimits): Promise<PdfTextItem[][]> {
  return (await readPdfPageContents(bytes, limits)).map((page) => page.items);
}

/**
 * Pages whose drawing is read for a table's borders, at most: pdf.js decodes a page's images when
 * it lists the page's drawing (0.4 s for a scanned A4 page at 300 dpi, BENCHMARKS.md), so a long
 * scan with a text layer is not made several times slower to read.
 */
const MAX_RULED_PAGES = 40;
/** Lines of two cells or more a page's text shows before its drawing is read for borders. */
const MIN_TABLE_LINES = 3;

/**
 * The text shows a table: several lines of more than one cell (prose and a scan's words show few).
 * Only such a page's drawing is read for borders (the OFD reader likewise: a page frame around prose
 * is no table).
 */
export function looksLikeTable(items: readonly PdfTextItem[]): boolean {
  let count = 0;
  for (const line of groupLines(items))
    if (splitCells(line).length >= 2 && ++count >= MIN_TABLE_LINES) return true;
  return false;
}

/**
 * Every page's text items (empty ones dropped) and ruling lines (ruling-lines.ts). Only a page whose
 * text shows a table, or that follows a page drawing column borders (the middle of a row taller than
 * a page), is asked for its drawing (MAX_RULED_PAGES of them): a page of prose is decoded for lines
 * only right after a table, a scanned page's image never unless a ruled page precedes it.
 */
export async function readPdfPageContents(bytes: Buffer, limits: ImportLimits): Promise<PdfPageContent[]> {
  if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) {
    throw new ImportError('damaged-file', '该文件不是有效的 PDF 文件：请确认文件类型');
  }
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new ImportError(
        'too-many-rows',
        `PDF 页数超过 ${limits.maxPages} 页，不像一份绩效文档：请只导入相关页`,
      );
    }
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pages: PdfPageContent[] = [];
    let ruledPages = 0;
    let drewColumns = false;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const texts = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as Array<{ str: string; transform: number[]; width: number; height: number }>;
      // A page drawn sideways is read upright (page-orientation.ts); its item sizes do not turn.
      const turns = uprightTurns(texts);
      const items: PdfTextItem[] = [];
      for (const item of texts) {
        const [x, y] = turnPoint(item.transform[4] ?? 0, item.transform[5] ?? 0, turns);
        items.push({
          text: item.str,
          x,
          y,
          width: item.width,
          height: item.height || Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0),
        });
      }
      // A page after one that drew column borders may hold the middle of a row taller than a page
      // (Calc's cut cells: their text alone, no two-cell line): its drawing is read too.
      const isRuled: boolean = ruledPages < MAX_RULED_PAGES && (looksLikeTable(items) || drewColumns);
      if (isRuled) ruledPages++;
      const rulings: RulingLines = isRuled
        ? turnRulingLines(readRulingLines(await page.getOperatorList(), OPS), turns)
        : { horizontal: [], vertical: [] };
      drewColumns = rulings.vertical.length >= 2;
      pages.push({ items, rulings });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
