/**
 * tesseract's TSV output (one row per page, block, paragraph, line and word, each with its box in
 * pixels and the word's confidence) as the PDF reader's positioned text items: points, y up from the
 * page's foot (documents/pdf/read-pdf.ts). Each word stands on its line's foot with its line's height,
 * as a PDF's characters stand on their baseline: tesseract boxes each glyph tightly (a 一 is a few
 * pixels tall, a comma sits low), and the PDF reader groups items into lines by where they stand.
 * Words a few pixels apart on one line (社会 效益) become one item, as a PDF's run of text; a few
 * glyphs chi_sim misreads in values are put right (correctOcrText).
 */
import type { PdfTextItem } from '../pdf/read-pdf.ts';

/** Words tesseract is less sure of than this (0–100) are noise: specks, a seal's ring, a stamp's edge. */
const MIN_CONFIDENCE = 20;

const WORD_LEVEL = '5';
const LINE_LEVEL = '4';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The words of a TSV with confidence (0–100), each with its line's box. */
export interface OcrWord {
  /** The picture it was read from, from 1 (tesseract given a list of pictures reads each as a page). */
  page: number;
  text: string;
  confidence: number;
  box: Box;
  line: Box;
}

/** The words tesseract read, in its order (empty words and the structure rows left out). */
export function parseTesseractTsv(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  let line: Box | null = null;
  for (const row of tsv.split('\n')) {
    const fields = row.split('\t');
    if (fields.length < 12) continue;
    const [left, top, width, height] = fields.slice(6, 10).map(Number) as [number, number, number, number];
    if (![left, top, width, height].every(Number.isFinite)) continue;
    const box = { left, top, width, height };
    if (fields[0] === LINE_LEVEL) line = box;
    if (fields[0] !== WORD_LEVEL) continue;
    const text = fields.slice(11).join('\t').trim();
    if (text === '') continue;
    words.push({ page: Number(fields[1]), text, confidence: Number(fields[10]), box, line: line ?? box });
  }
  return words;
}

/** The word moved by (dx, dy) pixels, its line with it: a word read in a cell's picture placed on its page. */
export function moveWord(word: OcrWord, dx: number, dy: number): OcrWord {
  const move = (box: Box) => ({ left: box.left + dx, top: box.top + dy, width: box.width, height: box.height });
  return { ...word, box: move(word.box), line: move(word.line) };
}

/** A word gap narrower than this many line heights joins the words into one item: tesseract parts 社会 from 效益 by a few pixels. */
const WORD_GAP = 0.6;

/**
 * Two line boxes on one line of the page: the same, or overlapping by half the shorter one's height
 * (sparse text reads a title's 2025 and 年部门… as lines of their own).
 */
function isSameLine(a: Box, b: Box): boolean {
  if (a === b) return true;
  const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return overlap >= 0.5 * Math.min(a.height, b.height);
}

/** Latin letters and digits on both sides of a gap keep a space (a unit's "PPP 项目" keeps its words apart, 社会效益 does not). */
const isLatin = (character: string | undefined) => character !== undefined && /[A-Za-z0-9]/.test(character);

/**
 * Glyphs chi_sim is known to misread in a table's values, where the misreading cannot be what was
 * written: ≥ before a number is read 三 (a Chinese numeral never stands before an Arabic digit), and
 * % is read in two halves, 9%6 (no number goes on after a %). ≤ (read < or =) is left: it cannot be
 * told from what was written.
 */
const misreadings: ReadonlyArray<[RegExp, string]> = [
  [/三(?=[0-9])/g, '≥'],
  [/9%6/g, '%'],
  // A % with its ring read as a 6 after it (98.97%6): no figure follows a %.
  [/%6/g, '%'],
  // A full-width bracket read as an angle bracket (项目资金〈万元), 部门〈单位)): the tables write （）, never 〈〉.
  [/〈/g, '（'],
  [/〉/g, '）'],
  // A full-width comma or semicolon between Chinese words read as Latin (运营,上门): Chinese text writes ，；.
  [/(?<=\p{Script=Han}),(?=\p{Script=Han})/gu, '，'],
  [/(?<=\p{Script=Han});(?=\p{Script=Han})/gu, '；'],
];

/** A word's text with the known misreadings put right. */
export function correctOcrText(text: string): string {
  return misreadings.reduce((corrected, [pattern, replacement]) => corrected.replace(pattern, replacement), text);
}

/** A word tesseract is sure enough of to keep. */
export function isSureWord(word: OcrWord): boolean {
  return word.confidence >= MIN_CONFIDENCE;
}

/** The words as text items in points (y up) of a page `pageHeight` pixels tall read at `dpi`; unsure words dropped, close ones on a line joined. */
export function toPdfTextItems(words: readonly OcrWord[], page: { height: number; dpi: number }): PdfTextItem[] {
  const toPoints = (pixels: number) => (pixels * 72) / page.dpi;
  const joined: OcrWord[] = [];
  for (const word of words) {
    if (!isSureWord(word)) continue;
    const last = joined.at(-1);
    const gap = last ? word.box.left - (last.box.left + last.box.width) : Infinity;
    // Two figures side by side are two cells' values (分值 10, 执行率 99%): a figure is never written with a space inside.
    const areFigures = last !== undefined && /[0-9%]$/.test(last.text) && /^[0-9]/.test(word.text);
    if (last && !areFigures && isSameLine(last.line, word.line) && gap >= 0 && gap <= WORD_GAP * Math.max(last.line.height, word.line.height)) {
      const space = isLatin(last.text.at(-1)) && isLatin(word.text[0]) ? ' ' : '';
      const right = word.box.left + word.box.width;
      const top = Math.min(last.box.top, word.box.top);
      const bottom = Math.max(last.box.top + last.box.height, word.box.top + word.box.height);
      joined[joined.length - 1] = { ...last, text: last.text + space + word.text, box: { left: last.box.left, top, width: right - last.box.left, height: bottom - top } };
    } else joined.push(word);
  }
  // A ≥ read 三 as a word of its own before its number (三 45公里).
  joined.forEach((word, index) => {
    const next = joined[index + 1];
    if (next && word.text.endsWith('三') && /^[0-9]/.test(next.text) && isSameLine(word.line, next.line) && next.box.left - (word.box.left + word.box.width) <= word.line.height)
      joined[index] = { ...word, text: `${word.text.slice(0, -1)}≥` };
  });
  return joined.map((word) => ({
    text: correctOcrText(word.text),
    x: toPoints(word.box.left),
    y: toPoints(page.height - word.line.top - word.line.height),
    width: toPoints(word.box.width),
    height: toPoints(word.line.height),
  }));
}
