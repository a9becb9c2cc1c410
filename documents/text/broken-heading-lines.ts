/**
 * A level heading with its weight note, written in a narrow column of a Word table and dumped one
 * cell per line: the cell's own line breaks became lines ("部门预" / "算管理" / "80分)", "部门绩效" /
 * "管理(20" / "分)"; a county 部门整体 评分表, docs/layouts.md dept-self-eval-management-score-cell-lines).
 * A weight note's tail alone on a line (a closing bracket it did not open: "分)", "80分)") is never a
 * cell of its own: it ends the cell above. The lines above that the wrap filled to the same width
 * (every line of a wrapped cell but its last is as wide as the column) are that cell's too, and so
 * are they above a whole note on the last line ("部门预" / "算管理" / "(80分)", "部门预算管" / "理(80分)")
 * when the wrap shows (two full lines over a bare note, none narrower than the last). The
 * pieces are joined on the first line (an opening bracket the break lost is put back) and the
 * others blanked, so line numbers hold. Whether the heading is a 一级 or a 二级 is the readers' call.
 */
import { displayWidth } from '../grid/cell-text.ts';
import { isNumberCell, isTableEnd, isTotalsCell, looksLikeValue } from '../grid/cell-kinds.ts';
import { isLevelName } from '../grid/levels.ts';
import { isWeightedHeading } from '../grid/detectors/unlisted-level2-line.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { LEVEL_WEIGHT_NOTE } from '../vocabulary/levels.ts';

/** A weight note's tail the break left alone: "分)", "80分)", "0分)", ")" (its opening bracket above, or lost). */
const NOTE_TAIL = /^(?:\d{1,3}(?:\.\d{1,2})?)?分?[)）]$/;
/**
 * A whole weight note on the cell's last line, alone or after the name's last character: "(80分)" (an
 * opening bracket never ends a line), "理(80分)".
 */
const WHOLE_NOTE = /^[^\s\d()（）]?[(（]\d{1,3}(?:\.\d{1,2})?分[)）]$/;
/** A line the break cut inside its weight note: "管理(20", "管理(", "管理(20分". */
const OPEN_NOTE = /[(（](?:\d{1,3}(?:\.\d{1,2})?分?)?$/;
/** How many wrapped lines may stand above the tail. */
const MAX_WRAPPED_LINES = 4;
/** The longest wrapped line (a narrow column: a few characters). */
const MAX_PIECE_LENGTH = 8;
/** Lines a wrap filled differ in display width by less than one CJK character. */
const WIDTH_TOLERANCE = 1;

/** A line that can be part of a wrapped cell: short, one cell, no whole word of its own. */
function isWrapPiece(text: string): boolean {
  return (
    text !== '' &&
    text.length <= MAX_PIECE_LENGTH &&
    !/\s|[|)）]/.test(text) &&
    !isNumberCell(text) &&
    !looksLikeValue(text) &&
    !isLevelName(text) &&
    matchColumnRole(text) === null &&
    !isTotalsCell(text) &&
    !isTableEnd(text)
  );
}

/** The text with the tail of its weight note, the opening bracket put back where the break lost it. */
const withTail = (text: string, tail: string): string => (/[(（]/.test(text + tail) ? `${text}${tail}` : `${text}(${tail}`);

/**
 * Whether a wrapped line and the tail under it close a weight note: "管理(20" + "分)", "算管理" + "80分)"
 * (the opening bracket lost), any wrapped line above a whole note "(80分)".
 */
function closesNote(piece: string, tail: string): boolean {
  if (!isWrapPiece(piece)) return false;
  if (WHOLE_NOTE.test(tail)) return !/[(（]/.test(piece);
  const isOpen = OPEN_NOTE.test(piece);
  if (!isOpen && (/[(（]/.test(piece) || !/^\d/.test(tail))) return false;
  return LEVEL_WEIGHT_NOTE.test(withTail(piece, tail));
}

/**
 * Whether the lines above a whole note are its cell's wrap: every line filled to the same width (the
 * one right above a bare note may be short: the note did not fit after it) and none narrower than
 * the last line ("部门预算管" over "理(80分)"; a wider last line would have broken sooner). A bare note
 * under a single line may be a 一级 written only as its weight ("(30分)"), so it takes two lines.
 */
function isWrapAboveWholeNote(pieces: readonly string[], tail: string): boolean {
  const isBare = /^[(（]/.test(tail);
  if (pieces.length < (isBare ? 2 : 1)) return false;
  const full = isBare ? pieces.slice(0, -1) : pieces;
  const width = displayWidth(full[0] as string);
  const isFull = full.every((piece) => Math.abs(displayWidth(piece) - width) <= WIDTH_TOLERANCE);
  return isFull && displayWidth(pieces.at(-1) as string) <= width + WIDTH_TOLERANCE && (isBare || displayWidth(tail) <= width + WIDTH_TOLERANCE);
}

/**
 * A bare note under a level word on one line ("预算编制" / "(30分)", "基础工作" / "(20分)"): the
 * heading's note pushed onto the next line. A 一级 written only as its weight stands after a row's
 * last cell (a number, a sentence), never right under a level word.
 */
function isBareNoteOfHeading(text: string, tail: string): boolean {
  return /^[(（]/.test(tail) && WHOLE_NOTE.test(tail) && !/[(（)）]/.test(text) && isWeightedHeading(`${text}${tail}`);
}

/**
 * The lines with every heading wrapped around a broken weight note joined on its first line.
 * `cellGap`: how many blank lines the text puts between its cells (a longer gap ends a block).
 */
export function joinBrokenHeadingLines(lines: readonly string[], cellGap: number): string[] {
  const result = [...lines];
  /** The written line above `index` within the gap between cells, or -1. */
  const above = (index: number): number => {
    for (let at = index - 1; at >= 0 && index - at <= cellGap + 1; at -= 1) if ((result[at] ?? '').trim() !== '') return at;
    return -1;
  };
  const textAt = (at: number): string => (result[at] ?? '').trim();
  for (let index = 0; index < result.length; index += 1) {
    const tail = textAt(index);
    const isWholeNote = WHOLE_NOTE.test(tail);
    if (!isWholeNote && !NOTE_TAIL.test(tail)) continue;
    const last = above(index);
    if (last < 0) continue;
    if (!closesNote(textAt(last), tail)) {
      if (isBareNoteOfHeading(textAt(last), tail)) [result[last], result[index]] = [`${textAt(last)}${tail}`, ''];
      continue;
    }
    // Every line of the cell but its last was filled to the column's width; before a whole note the
    // line above it may be short (the note did not fit after it).
    const pieces = [last];
    let fullWidth = isWholeNote && /^[(（]/.test(tail) ? null : displayWidth(textAt(last));
    for (let at = above(last); at >= 0 && pieces.length < MAX_WRAPPED_LINES; at = above(at)) {
      const piece = textAt(at);
      if (!isWrapPiece(piece) || /[(（]/.test(piece)) break;
      fullWidth ??= displayWidth(piece);
      if (Math.abs(displayWidth(piece) - fullWidth) > WIDTH_TOLERANCE) break;
      pieces.unshift(at);
    }
    if (isWholeNote && !isWrapAboveWholeNote(pieces.map(textAt), tail)) {
      if (isBareNoteOfHeading(textAt(last), tail)) [result[last], result[index]] = [`${textAt(last)}${tail}`, ''];
      continue;
    }
    const first = pieces[0] as number;
    result[first] = withTail(pieces.map(textAt).join(''), tail);
    for (const at of [...pieces.slice(1), index]) result[at] = '';
  }
  return result;
}
