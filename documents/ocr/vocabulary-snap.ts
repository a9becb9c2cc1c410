/**
 * A table cell OCR'd one glyph off a word of the product's vocabulary (documents/vocabulary: column
 * headers, 一级 and 二级 names) read as that word. chi_sim misreads a header's glyph now and then
 * (完成值 read 完成什, 社会效益指标 with its first glyph lost), and one misread header costs its column
 * every value. Only a whole cell is snapped, only to a word of three glyphs or more that is the one
 * vocabulary word that near, and only where the misread glyph is one tesseract was unsure of (a
 * glyph lost at a cell's edge: words of five glyphs or more), so an indicator's name that happens to
 * lie one glyph from a header is left alone.
 */
import { columnWordings } from '../vocabulary/columns.ts';
import { fundLabelIndex } from '../vocabulary/fund-labels.ts';
import { headerLabels, tableWords, titleKindOpeners } from '../vocabulary/labels.ts';
import { level1Entries, level2Entries } from '../vocabulary/levels.ts';
import { isMiddleInside, type PixelBox } from './table-cells.ts';
import type { OcrWord } from './tesseract-tsv.ts';

/** A glyph read at this confidence (0–100) or more is taken as written: chi_sim's clean glyphs read 90–97. */
const SURE_GLYPH = 80;
/** Words this short are too near too much (目标, 分值): a cell is snapped only to a longer one. */
const MIN_SNAP_LENGTH = 3;
/** A glyph lost at a cell's edge is put back only in a word this long (会效益指标 → 社会效益指标). */
const MIN_LOST_GLYPH_LENGTH = 5;

/**
 * The vocabulary a cell may be snapped to, three glyphs or more: column headers and level names, and the
 * labels a table's head and funds block write (项目支出 read with an unsure 支 lies one glyph from 项目产出
 * too, so it is no one word's misreading).
 */
export const snapVocabulary: readonly string[] = [
  ...new Set(
    [
      ...columnWordings.flatMap((wording) => wording.exact),
      ...level1Entries.flatMap((entry) => [entry.name, ...entry.variants]),
      ...level2Entries.flatMap((entry) => [entry.name, ...entry.variants]),
      ...headerLabels.flatMap((label) => label.labels),
      ...tableWords,
      ...titleKindOpeners,
      ...fundLabelIndex().roleByLabel.keys(),
      ...fundLabelIndex().slotByLabel.keys(),
    ]
      .map((word) => word.replace(/\s+/g, ''))
      .filter((word) => [...word].length >= MIN_SNAP_LENGTH),
  ),
];

/** How `read` is one edit from `word`: the index in `read` of the glyph replaced or added, 'lost-at-edge', or null when not one edit apart. */
function oneEdit(read: readonly string[], word: readonly string[]): number | 'lost-at-edge' | null {
  if (read.length === word.length) {
    const different = read.flatMap((glyph, index) => (glyph === word[index] ? [] : [index]));
    return different.length === 1 ? different[0]! : null;
  }
  if (read.length === word.length + 1) {
    for (let index = 0; index < read.length; index++) if ([...read.slice(0, index), ...read.slice(index + 1)].join('') === word.join('')) return index;
    return null;
  }
  if (read.length + 1 === word.length && word.length >= MIN_LOST_GLYPH_LENGTH) {
    return word.slice(1).join('') === read.join('') || word.slice(0, -1).join('') === read.join('') ? 'lost-at-edge' : null;
  }
  return null;
}

/** The vocabulary word a cell's text (glyphs with the confidence of the word each came in) is a misreading of, or null. */
export function snapCellText(glyphs: ReadonlyArray<{ glyph: string; confidence: number }>, vocabulary: readonly string[] = snapVocabulary): string | null {
  const read = glyphs.map((each) => each.glyph);
  const text = read.join('');
  if (read.length < MIN_SNAP_LENGTH - 1 || vocabulary.includes(text)) return null;
  const near = vocabulary.filter((word) => {
    const edit = oneEdit(read, [...word]);
    return edit === 'lost-at-edge' || (edit !== null && glyphs[edit]!.confidence < SURE_GLYPH);
  });
  return near.length === 1 ? near[0]! : null;
}

/** The words with each cell whose text is one glyph off a vocabulary word made one word of that text, over the cell's words' box. */
export function snapCellsToVocabulary(words: readonly OcrWord[], cells: readonly PixelBox[], vocabulary: readonly string[] = snapVocabulary): OcrWord[] {
  let result = [...words];
  for (const cell of cells) {
    const inside = result.filter((word) => isMiddleInside(cell, word)).sort((a, b) => a.line.top - b.line.top || a.box.left - b.box.left);
    if (inside.length === 0) continue;
    const glyphs = inside.flatMap((word) => [...word.text.replace(/\s+/g, '')].map((glyph) => ({ glyph, confidence: word.confidence })));
    const snapped = snapCellText(glyphs, vocabulary);
    if (snapped === null) continue;
    const left = Math.min(...inside.map((word) => word.box.left));
    const top = Math.min(...inside.map((word) => word.box.top));
    const right = Math.max(...inside.map((word) => word.box.left + word.box.width));
    const bottom = Math.max(...inside.map((word) => word.box.top + word.box.height));
    const line = inside.at(-1)!.line;
    const word: OcrWord = { page: inside[0]!.page, text: snapped, confidence: Math.max(...inside.map((each) => each.confidence)), box: { left, top, width: right - left, height: bottom - top }, line };
    const first = result.indexOf(inside[0]!);
    result = result.filter((each) => !inside.includes(each));
    result.splice(Math.min(first, result.length), 0, word);
  }
  return result;
}
