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

/** How a PDF without text to read shows it. */
export type MissingText = 'scanned' | 'no-text' | 'garbled';

/**
 * How a PDF that gave no document shows it has no text to read: 'scanned' (pictures), 'no-text' (neither),
 * 'garbled' (a text layer of characters that are no Chinese: fonts without their character codes), or null
 * (it has text, which is just no performance document).
 */
export function findMissingText(pages: readonly PdfPageContent[], bytes: Buffer): MissingText | null {
  const text = pages.flatMap((page) => page.items.map((item) => item.text.replace(/\s/g, ''))).join('');
  if (text.length >= MIN_CHARACTERS_PER_PAGE * Math.max(1, pages.length)) return isGarbledText(text) ? 'garbled' : null;
  return imageSubtype.test(bytes.toString('latin1')) ? 'scanned' : 'no-text';
}

/**
 * The most frequent characters of written Chinese: a tenth or more of any Chinese text, a page of
 * performance tables included (的, 年, 指标, 完成, 数, 率 …).
 */
const COMMON_CHARACTERS = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研项目效标金预算率元万完值达',
);
/** Characters of a garbled text layer: a font's glyph numbers read as characters fall all over the CJK and Hangul blocks. */
const HAN_OR_HANGUL = /[\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\ue000-\uf8ff]/gu;

/** Control characters, which no typed text holds (whitespace is taken out before). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A text layer of a font's glyph numbers instead of characters (a PDF whose fonts carry no ToUnicode map:
 * copied out, its text is nonsense): a third or more control characters, or mostly CJK-looking characters
 * of which hardly any is a common one.
 * Chinese text of any kind has a third or more of its characters among the common ones; another
 * language's text is no Han.
 */
export function isGarbledText(text: string): boolean {
  // Glyph numbers of a small subset font fall on control characters instead.
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (text.length >= MIN_CHARACTERS_PER_PAGE && controls >= text.length / 3) return true;
  const han = text.match(HAN_OR_HANGUL) ?? [];
  if (han.length < MIN_CHARACTERS_PER_PAGE || han.length < text.length / 2) return false;
  return commonShare(han) < 0.1;
}

/** The share of Han characters (and look-alikes) that are common ones: a third or more in any Chinese text. */
function commonShare(han: readonly string[]): number {
  return han.filter((character) => COMMON_CHARACTERS.has(character)).length / han.length;
}

/**
 * The Chinese message for a PDF with no text to read; `ocrMissing` says why a scan was not read by
 * OCR here (documents/ocr: tesseract or its Chinese model not installed); `isPicture`: the upload was
 * a photo or scanned picture (.png/.jpg), made into a PDF to be read so.
 */
export function describeMissingText(input: { fileName: string; missing: MissingText; ocrMissing?: string; isPicture?: boolean }): string {
  const { fileName } = input;
  const server = input.ocrMissing ? `（本服务器${input.ocrMissing}，无法识别扫描件）` : '';
  if (input.isPicture) return `“${fileName}”是图片，需要文字识别（OCR）才能读取${server}：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF`;
  if (input.missing === 'garbled') {
    const ocr = input.ocrMissing ? `（本服务器${input.ocrMissing}，无法改用文字识别）` : '';
    return `“${fileName}”中的文字提取出来是乱码（PDF 的字体没有保存文字编码）${ocr}：请上传原始的 Excel、Word 文件，或由它们重新导出的 PDF`;
  }
  return input.missing === 'scanned'
    ? `“${fileName}”是扫描件或图片生成的 PDF，页面上没有可读取的文字${server}：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF（只有纸质件时，请在系统中新建文档并按纸质表填写）`
    : `“${fileName}”中没有可读取的文字（文字可能已转成图形）：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF`;
}

/** The Chinese message for a scan OCR read but in whose words no performance table was found. */
export function describeUnreadScan(fileName: string): string {
  return `“${fileName}”是扫描件，文字识别（OCR）后仍找不到目标表、批复表、自评表或评价报告的标题和栏目（扫描可能不清晰或歪斜）：请上传原始的 Excel、Word 文件或由它们直接导出的 PDF，或重新扫描清晰、端正的页面`;
}
