/**
 * A PDF of page pictures: a stamped table scanned or photographed, or a document whose text was
 * turned into drawing. Its pages give no text to read, and "找不到目标表…的标题和栏目" would tell the
 * clerk nothing; the import says what the file is and what to upload instead.
 */
import type { PdfPageContent } from './lattice-reading.ts';

/** Fewer characters than this per page is no text layer (a scan's page number or a scanner app's mark). */
const MIN_CHARACTERS_PER_PAGE = 20;

/** An image XObject's dictionary: always in the file's plain bytes (a stream is never inside an object stream). */
const imageSubtype = /\/Subtype\s*\/Image\b/;

/** How a PDF that gave no document shows it has no text to read: 'scanned' (pictures), 'no-text' (neither), or null (it has text). */
export function findMissingText(pages: readonly PdfPageContent[], bytes: Buffer): 'scanned' | 'no-text' | null {
  let characters = 0;
  for (const page of pages) for (const item of page.items) characters += item.text.replace(/\s/g, '').length;
  if (characters >= MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) return null;
  return imageSubtype.test(bytes.toString('latin1')) ? 'scanned' : 'no-text';
}

/** The Chinese message for a PDF with no text to read. */
export function describeMissingText(fileName: string, missing: 'scanned' | 'no-text'): string {
  return missing === 'scanned'
    ? `“${fileName}”是扫描件或图片生成的 PDF，页面上没有可读取的文字：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF（只有纸质件时，请在系统中新建文档并按纸质表填写）`
    : `“${fileName}”中没有可读取的文字（文字可能已转成图形）：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF`;
}
