/**
 * pdftotext's layout mode (poppler) places each word on a grid of characters: a CJK character takes one
 * place there though the page draws it twice as wide as a Latin one, so a column's pieces start at the
 * same character count on every line, and the same piece stands at different display columns on a line
 * with Chinese text before it and on one without (a wrapped name's second line under its first, a figure
 * after a level word). Every fixed-width reader here measures display columns (a dump typed or padded by
 * a program aligns those). A text whose pieces line up in characters and not in display columns is
 * written again with each piece at twice its character place: twice is always room enough (a piece's
 * display width is at most twice its length), so the columns pdftotext kept stand aligned for the
 * readers, with two spaces at least between two pieces.
 *
 * pdftotext also leaves a single space between two cells when a CJK cell drew wider than its places
 * ("质量指标 出厂水质检测合格率"): a cell never parts two Chinese characters by a space, so in such a text
 * that space parts two pieces.
 */
import { displayWidth } from '../grid/cell-text.ts';

/** A piece of a line: text between runs of two spaces or more (a tab or an ideographic space too). */
interface LinePiece {
  text: string;
  /** Characters before it on the line (pdftotext's place). */
  place: number;
  /** Display columns before it. */
  column: number;
}

const GAP = /[\t\u3000]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The line's pieces; `isSplitBetweenHan` also cuts at a single space between two Chinese characters. */
function cutLine(line: string, isSplitBetweenHan: boolean): LinePiece[] {
  const pieces: LinePiece[] = [];
  let current: LinePiece | null = null;
  let column = 0;
  const characters = [...line];
  for (let place = 0; place < characters.length; place += 1) {
    const character = characters[place] as string;
    const isSpace = character === ' ' || GAP.test(character);
    if (!isSpace) {
      if (current === null) {
        current = { text: character, place, column };
        pieces.push(current);
      } else current.text += character;
    } else if (current !== null) {
      const next = characters[place + 1] ?? ' ';
      const isSingle = character === ' ' && next !== ' ' && !GAP.test(next);
      const isHanBoundary = isSplitBetweenHan && HAN.test(current.text.at(-1) ?? '') && HAN.test(next);
      if (isSingle && !isHanBoundary) current.text += ' ';
      else current = null;
    }
    column += displayWidth(character);
  }
  return pieces;
}

/** A row whose cells a tab or a pipe parts (a dump's or a Markdown table's): no fixed-width line. */
function isSeparatedRow(line: string): boolean {
  return line.includes('\t') || line.trimStart().startsWith('|');
}

/** How many lines up a piece's start is looked for on another line. */
const NEAR_LINES = 6;
/** How much better characters must align than display columns (hits, and a share more). */
const LEAST_MORE_HITS = 6;
const LEAST_RATIO = 1.5;

/**
 * Whether the text's pieces line up in character places rather than display columns: each piece after a
 * line's first whose start another line among the few above shares is a hit, counted both ways.
 */
export function isPlacedInCharacters(lines: readonly string[]): boolean {
  let placeHits = 0;
  let columnHits = 0;
  const placeSeen = new Map<number, number>();
  const columnSeen = new Map<number, number>();
  lines.forEach((line, index) => {
    if (isSeparatedRow(line) || !line.includes('  ')) return;
    const pieces = cutLine(line, false);
    for (const piece of pieces) {
      if (piece.place === 0) continue;
      if (index - (placeSeen.get(piece.place) ?? -NEAR_LINES - 1) <= NEAR_LINES) placeHits += 1;
      if (index - (columnSeen.get(piece.column) ?? -NEAR_LINES - 1) <= NEAR_LINES) columnHits += 1;
    }
    for (const piece of pieces) {
      placeSeen.set(piece.place, index);
      columnSeen.set(piece.column, index);
    }
  });
  return placeHits - columnHits >= LEAST_MORE_HITS && placeHits >= columnHits * LEAST_RATIO;
}

/** The lines with every piece at twice its character place, when the text is placed in characters; else the lines themselves. */
export function widenCharacterColumns(lines: readonly string[]): string[] {
  if (!isPlacedInCharacters(lines)) return [...lines];
  return lines.map((line) => {
    if (isSeparatedRow(line) || line.trim() === '') return line;
    let written = '';
    let width = 0;
    for (const piece of cutLine(line, true)) {
      const at = written === '' ? 2 * piece.place : Math.max(2 * piece.place, width + 2);
      written += ' '.repeat(at - width) + piece.text;
      width = at + displayWidth(piece.text);
    }
    return written;
  });
}
