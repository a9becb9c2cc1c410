/**
 * Reads a .pdf's text layer into lines for the text readers (pdfjs-dist legacy build, which runs on
 * Node 20). Text items on the same baseline form one line; a wide gap between items, as between
 * table columns, becomes a tab. NFKC folds the Kangxi radicals some PDFs use (⽅ → 方).
 */
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError, type ImportLimits } from '../import-error.ts';

/**
 * CJK radical-supplement characters (U+2E80–U+2EF3) that PDF fonts map simplified characters to;
 * NFKC does not fold these, so they are mapped here (部⻔ → 部门, ⺠警 → 民警). 戶 → 户 likewise,
 * since the documents are in simplified Chinese.
 */
const radicalSupplement: Record<string, string> = {
  '⺟': '母',
  '⺠': '民',
  '⺩': '王',
  '⺮': '竹',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻔': '门',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  戶: '户',
};

/** NFKC plus the radical-supplement map: the text as it was typed. */
export function normalizePdfText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2e80-\u2ef3戶]/g, (character) => radicalSupplement[character] ?? character);
}

interface Item {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Groups items into lines top to bottom, each line's items left to right. */
export function arrangeLines(items: readonly Item[]): string[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    const tolerance = Math.max(2, (row?.[0]?.height ?? item.height) * 0.4);
    if (row && Math.abs(row[0]!.y - item.y) <= tolerance) row.push(item);
    else rows.push([item]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end: number | null = null;
    for (const item of row) {
      // A gap wider than about one character is a column boundary.
      if (end !== null) line += item.x - end > Math.max(4, item.height * 0.9) ? '\t' : '';
      line += item.text;
      end = item.x + item.width;
    }
    return normalizePdfText(line);
  });
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

/** The text lines of every page of a .pdf, a blank line between pages. */
export async function readPdfLines(bytes: Buffer, limits: ImportLimits): Promise<string[]> {
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
    const lines: string[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        items.push({
          text: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height || Math.abs(item.transform[3]),
        });
      }
      if (lines.length > 0) lines.push('');
      lines.push(...arrangeLines(items));
      page.cleanup();
    }
    return lines;
  } finally {
    await pdf.destroy();
  }
}
