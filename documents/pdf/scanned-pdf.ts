/**
 * A PDF of page pictures: a stamped table scanned or photographed, or a document whose text was
 * turned into drawing. Its pages give no text to read, and "找不到目标表…的标题和栏目" would tell the
 * clerk nothing. Where tesseract is installed the import reads it by OCR (documents/ocr); elsewhere,
 * or when OCR finds no table, it says what the file is and what to upload instead.
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

/**
 * The Chinese message for a PDF with no text to read; `ocrMissing` says why a scan was not read by
 * OCR here (documents/ocr: tesseract or its Chinese model not installed); `isPicture`: the upload was
 * a photo or scanned picture (.png/.jpg), made into a PDF to be read so.
 */
export function describeMissingText(input: { fileName: string; missing: 'scanned' | 'no-text'; ocrMissing?: string; isPicture?: boolean }): string {
  const { fileName } = input;
  const server = input.ocrMissing ? `（本服务器${input.ocrMissing}，无法识别扫描件）` : '';
  if (input.isPicture) return `“${fileName}”是图片，需要文字识别（OCR）才能读取${server}：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF`;
  return input.missing === 'scanned'
    ? `“${fileName}”是扫描件或图片生成的 PDF，页面上没有可读取的文字${server}：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF（只有纸质件时，请在系统中新建文档并按纸质表填写）`
    : `“${fileName}”中没有可读取的文字（文字可能已转成图形）：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF`;
}

/** The Chinese message for a scan OCR read but in whose words no performance table was found. */
export function describeUnreadScan(fileName: string): string {
  return `“${fileName}”是扫描件，文字识别（OCR）后仍找不到目标表、批复表、自评表或评价报告的标题和栏目（扫描可能不清晰或歪斜）：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF，或重新扫描清晰、端正的页面`;
}
