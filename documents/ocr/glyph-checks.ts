/**
 * Two misreadings of chi_sim in a table's values that the text cannot settle and the picture can: ≥ and ≤
 * read as > and < (the bar under the sign lost), and a % read as the figures 96 (100% as 10096, 92% as
 * 9296). A word's glyphs are told apart by the columns of ink in its box (figures and signs stand apart;
 * a % is one run of columns, its slash joining its two rings):
 * - a > or < at a word's start whose glyph has a bar of ink across its foot is ≥ or ≤;
 * - a word of figures ending in 96 with one run of columns fewer than its characters, the last run the
 *   widest, ends in a %.
 */
import { INK, type GrayImage } from './gray-image.ts';
import type { OcrWord } from './tesseract-tsv.ts';

/** The foot band of a sign's glyph (share of its inked height) in which a bar is looked for. */
const FOOT_BAND = 0.15;
/** A bar crosses this share of the glyph's width or more; a >'s foot (its lower stroke's end) far less. */
const BAR_SHARE = 0.6;

interface Run {
  left: number;
  right: number;
}

function hasInk(image: GrayImage, x: number, top: number, bottom: number): boolean {
  for (let y = Math.max(0, top); y <= Math.min(image.height - 1, bottom); y++) if (image.pixels[y * image.width + x]! < INK) return true;
  return false;
}

/** The runs of columns with ink inside a word's box, left to right: its glyphs, where they stand apart. */
export function glyphRuns(image: GrayImage, box: OcrWord['box']): Run[] {
  const runs: Run[] = [];
  const [top, bottom] = [box.top, box.top + box.height - 1];
  for (let x = Math.max(0, box.left); x < Math.min(image.width, box.left + box.width); x++) {
    if (!hasInk(image, x, top, bottom)) continue;
    const last = runs.at(-1);
    if (last && last.right === x - 1) last.right = x;
    else runs.push({ left: x, right: x });
  }
  return runs;
}

/** Whether the glyph in `run` (between `top` and `bottom`) has a bar of ink across its foot: ≥ or ≤, not > or <. */
export function hasBarAtFoot(image: GrayImage, run: Run, top: number, bottom: number): boolean {
  const rows: number[] = [];
  for (let y = Math.max(0, top); y <= Math.min(image.height - 1, bottom); y++) {
    for (let x = run.left; x <= run.right; x++) {
      if (image.pixels[y * image.width + x]! < INK) {
        rows.push(y);
        break;
      }
    }
  }
  if (rows.length === 0) return false;
  const [first, last] = [rows[0]!, rows.at(-1)!];
  const bandTop = last - Math.max(1, Math.round((last - first + 1) * FOOT_BAND));
  let inked = 0;
  for (let x = run.left; x <= run.right; x++) if (hasInk(image, x, bandTop, last)) inked++;
  return inked >= BAR_SHARE * (run.right - run.left + 1);
}

const FIGURES_ENDING_96 = /^([≥≤><=]?)(\d+(?:\.\d+)?)96$/;

/** A word's text with ≥/≤ read as >/< and a % read as 96 put right where its picture shows them. */
export function correctWordByGlyphs(image: GrayImage, word: OcrWord): string {
  let text = word.text;
  const runs = glyphRuns(image, word.box);
  const [top, bottom] = [word.box.top, word.box.top + word.box.height - 1];
  if (/^[><]/.test(text) && runs.length > 0 && hasBarAtFoot(image, runs[0]!, top, bottom)) text = (text[0] === '>' ? '≥' : '≤') + text.slice(1);
  const figures = FIGURES_ENDING_96.exec(text);
  if (figures && runs.length === [...text].length - 1) {
    const widths = runs.map((run) => run.right - run.left + 1);
    if (widths.at(-1)! >= Math.max(...widths.slice(0, -1))) text = `${figures[1]}${figures[2]}%`;
  }
  return text;
}

/** The words with the misread signs and % their pictures show put right. */
export function correctWordsByGlyphs(image: GrayImage, words: readonly OcrWord[]): OcrWord[] {
  return words.map((word) => {
    const text = correctWordByGlyphs(image, word);
    return text === word.text ? word : { ...word, text };
  });
}
