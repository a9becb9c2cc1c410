/**
 * What tells a broken row's pieces apart from whole lines, as the readers' vocabulary knows it: a
 * header cell broken over lines ("实际" + "完成值") is a column word again once joined; a row's first
 * cell broken ("产出" + "指标（50分）", "年度资" + "金总额") is a word that opens a row once joined, and
 * its second half alone is not. grid/detectors/wrapped-tabs.ts asks these; the monitoring reader
 * gives its own header test and the same words (documents/monitoring/cells.ts).
 */
import { isFundRowLabel } from '../../vocabulary/fund-labels.ts';
import { isBandWord, matchColumnRole, MAX_HEADER_CELL_LENGTH } from '../../vocabulary/columns.ts';
import { isExecutionRateCell, isNumberCell, looksLikeValue, isSubtotalCell, isTableEnd, isTotalsCell } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { isHeaderTexts } from '../header-band.ts';
import { isLevelName } from '../levels.ts';
import { memoizeByText } from '../../../core/memoize-by-text.ts';

/** How a header cell names its column: a role, a word standing over columns, or nothing. */
export type ColumnWordKind = 'role' | 'band' | null;

export interface WrappedRowWords {
  /** The cells of one row form a header (after which rows are joined to its width). */
  isHeader: (cells: readonly string[]) => boolean;
  /** Whether a header cell's text names a column. */
  columnWord: (text: string) => ColumnWordKind;
  /** A cell that opens a row of its own: a level, a goal, a total, a funds row label. */
  opensRow: (text: string) => boolean;
}

/** The indicator tables' column words (documents/vocabulary/columns.ts). */
export function indicatorColumnWord(text: string): ColumnWordKind {
  if (matchColumnRole(text) !== null) return 'role';
  // Not the lower words of a composed header ("年初", "年度…"): alone they are as often a cell's text.
  return isBandWord(text) ? 'band' : null;
}

/**
 * A cell that opens a row: level name (with its weight), goal, 总分/小计/执行率 row, funds row. Remembered
 * by text: every detector asks it of each line's cells, and a document repeats a few words.
 */
export const opensIndicatorRow = memoizeByText((text: string): boolean => {
  const written = text.replace(/\s+/g, '');
  if (written === '' || written.length > 40) return false;
  return isLevelName(written) || matchGoalName(written) !== null || isTotalsCell(written) || isSubtotalCell(written) || isExecutionRateCell(written) || isFundRowLabel(written);
});

export const indicatorRowWords: WrappedRowWords = {
  isHeader: isHeaderTexts,
  columnWord: indicatorColumnWord,
  opensRow: opensIndicatorRow,
};

/**
 * The two halves of a header cell broken over lines: joined they name a column, and not both halves
 * name a column role alone ("实际完成" + "值", "一级" + "指标", "偏差原因分" + "析及改进措施"; "指标值"
 * over "年初" is two header rows, not one broken cell).
 */
export function isBrokenColumnWord(before: string, after: string, words: WrappedRowWords): boolean {
  const first = before.trim();
  const second = after.trim();
  if (first === '' || second === '' || !isHeaderLike(second, words)) return false;
  if (words.columnWord(`${first}${second}`) === null) return false;
  return !(words.columnWord(first) === 'role' && words.columnWord(second) === 'role');
}

/**
 * A cell that may stand in a header: a column word ("执行率" names a column as well as the rate's
 * row), else no level, goal or total (a data row's first cell after a header whose last column word
 * is read loosely: "原因说明" + "产出指标"), no number or value.
 */
export function isHeaderLike(text: string, words: WrappedRowWords): boolean {
  let remembered = headerLikeByWords.get(words);
  if (remembered === undefined) {
    remembered = memoizeByText((cell) => readHeaderLike(cell, words));
    headerLikeByWords.set(words, remembered);
  }
  return remembered(text);
}

/** isHeaderLike's answers by text, one cache for each reader's words. */
const headerLikeByWords = new WeakMap<WrappedRowWords, (text: string) => boolean>();

function readHeaderLike(text: string, words: WrappedRowWords): boolean {
  const written = text.replace(/\s+/g, '');
  if (words.columnWord(written) !== null) return true;
  return written.length <= MAX_HEADER_CELL_LENGTH && !words.opensRow(written) && !isNumberCell(written) && !looksLikeValue(written);
}

const OPENING = /[（(【[“《]/g;
const CLOSING = /[）)】\]”》]/g;

/** Brackets left open at the end of `before` and closed at the start of `after`: "决策（" + "20分）". */
export function bracketSpansBreak(before: string, after: string): boolean {
  const open = (before.match(OPENING)?.length ?? 0) - (before.match(CLOSING)?.length ?? 0);
  const closed = (after.match(CLOSING)?.length ?? 0) - (after.match(OPENING)?.length ?? 0);
  return open > 0 && closed > 0;
}

/**
 * The first line of a row whose first cell broke over lines (the line holds no separator): joined
 * with the next line's first cell it opens a row and that cell alone does not ("产出" + "指标（50分）"),
 * or a bracket opens before the break and closes after it.
 */
export function isLeadingPiece(piece: string, next: string, words: WrappedRowWords): boolean {
  const first = piece.trim();
  const second = next.trim();
  if (first === '' || second === '' || first.length > 40) return false;
  if (bracketSpansBreak(first, second)) return true;
  if (!words.opensRow(`${first}${second}`)) return false;
  // "其中：当年" opens no row of its own, even where its rest is a label alone ("财政拨款").
  return !words.opensRow(second) || SUB_ROW_OPENING.test(first);
}

/** The words a sub-row's label opens with: "其中：本年财政拨款". */
const SUB_ROW_OPENING = /^其中[:：]?/;

/** A numbered heading or a title line: never the end of a cell. */
export const HEADING = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))|(表|报告)$/;

/**
 * A line without separators right after a whole row that is the rest of the row's last filled cell
 * ("…偏差原因较长的说" + "明文字"): the cell is text, the line is nothing of its own (no level, goal,
 * total, table end, header word, heading or title), and a row follows (a line of prose under the
 * table, followed by more prose, a blank or the end, stays a line the reader reports). A bracket
 * open across the break decides alone.
 */
export function isTrailingPiece(lastCell: string, piece: string, following: string | undefined, words: WrappedRowWords): boolean {
  const first = lastCell.trim();
  const second = piece.trim();
  if (first === '' || second === '' || isNumberCell(first)) return false;
  if (bracketSpansBreak(first, second)) return true;
  if (words.opensRow(second) || isTableEnd(second) || words.columnWord(second) !== null || HEADING.test(second)) return false;
  return following !== undefined && following.includes('\t');
}
