/**
 * A header whose words are broken over two or three rows where no cell is merged: the lower rows
 * carry the rest of the words above them ("年度" over "指标值", "实际" over "完成值", "分" over "值",
 * or "年度" / "指标" / "值" over three rows), as a narrow Word or PDF column breaks its header. Read as
 * rows, the upper row names few columns and the lower ones look like a data row. Each lower row
 * whose every cell completes the word above it into a column word is joined into the row above,
 * so the header bands (header-band.ts) see one row of whole words.
 */
import { isNumberCell, looksLikeValue } from './cell-kinds.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { createTextRow, rowTexts, type GridRow } from './grid.ts';
import { isLevelName } from './levels.ts';
import { memoizeByText } from '../../core/memoize-by-text.ts';
import { indicatorRowWords, isBrokenColumnWord } from './detectors/wrapped-row-words.ts';

/** A header word is broken over at most this many rows. */
const MAX_BROKEN_HEADER_ROWS = 3;
/** A lower row's piece of a header word is short. */
const MAX_PIECE_LENGTH = 8;

const isRole = (text: string): boolean => matchColumnRole(text) !== null;
const written = (text: string): string => text.replace(/\s+/g, '');

/**
 * A cell that may be the rest of a header word: short text, no number, value or level. Remembered by
 * text: every detector's rows are tried, each row against the next, and a document repeats its words.
 */
const isPiece = memoizeByText((text: string): boolean => {
  const piece = written(text);
  return piece !== '' && piece.length <= MAX_PIECE_LENGTH && !isNumberCell(piece) && !looksLikeValue(piece) && !isLevelName(piece);
});

/**
 * The upper row's texts with the lower row's pieces joined in, or null when the lower row is no
 * rest of its words. A piece joins the cell above it; when the dump kept no empty cells (runs of
 * spaces), each piece joins, in order, the next upper word it completes. Every join must name a
 * column, and at least one upper word must name none alone (else it is a header of two rows:
 * "指标值" over "年初").
 */
export function joinPieces(upper: readonly string[], lower: readonly string[]): string[] | null {
  const pieces = lower.map((text, column) => ({ text, column })).filter((cell) => written(cell.text) !== '');
  if (pieces.length === 0 || !pieces.every((cell) => isPiece(cell.text))) return null;
  // One rule for a header word's halves wherever the break is (wrapped-row-words.ts): joined they name
  // a column, and not both name one alone.
  const completes = (column: number, piece: string): boolean => isBrokenColumnWord(upper[column] ?? '', piece, indicatorRowWords) && isRole(`${written(upper[column] ?? '')}${written(piece)}`);
  const byPlace = pieces.map((piece) => (completes(piece.column, piece.text) ? piece.column : -1));
  const byOrder: number[] = [];
  for (const piece of pieces) {
    let column = (byOrder.at(-1) ?? -1) + 1;
    while (column < upper.length && !completes(column, piece.text)) column += 1;
    byOrder.push(column < upper.length ? column : -1);
  }
  for (const columns of [byPlace, byOrder]) {
    if (columns.some((column) => column < 0) || !columns.some((column) => !isRole(upper[column] ?? ''))) continue;
    const joined = [...upper];
    pieces.forEach((piece, index) => (joined[columns[index] as number] = `${written(upper[columns[index] as number] ?? '')}${written(piece.text)}`));
    return joined;
  }
  return null;
}

/** Two lower rows of pieces as one ("指标" over "值" under "年度"): by place, else in order when they hold as many. */
function stackPieces(first: readonly string[], second: readonly string[]): string[] | null {
  const filled = (texts: readonly string[]) => texts.map((text, column) => ({ text, column })).filter((cell) => written(cell.text) !== '');
  const [upper, lower] = [filled(first), filled(second)];
  if (upper.length === 0 || lower.length === 0) return null;
  if (lower.every((cell) => written(first[cell.column] ?? '') !== '')) {
    const stacked = [...first];
    for (const cell of lower) stacked[cell.column] = `${written(first[cell.column] ?? '')}${written(cell.text)}`;
    return stacked;
  }
  if (upper.length !== lower.length) return null;
  const stacked = [...first];
  upper.forEach((cell, index) => (stacked[cell.column] = `${written(cell.text)}${written(lower[index]?.text ?? '')}`));
  return stacked;
}

/** Whether the row opens a header: at least two of its cells name a column. */
const isHeaderStart = (texts: readonly string[]): boolean => texts.filter(isRole).length >= 2;

/**
 * The rows with every header broken over rows joined into its first row (the rows it took dropped).
 * `isPiecesOnlyLeft`: a lower row of pieces only (no column word of its own: "标 | 标 | 标值 | 成值")
 * is left as it is: in tab dumps the broken-cells detector joins it, with the data cells that broke
 * the same way ("巡回医疗 服务村" / "数"), which a header joined here would leave broken.
 */
export function joinSplitHeaderWords(rows: readonly GridRow[], options: { isPiecesOnlyLeft?: boolean } = {}): GridRow[] {
  const result: GridRow[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as GridRow;
    let texts = rowTexts(row);
    let taken = 0;
    const next = rows[index + 1];
    const afterNext = rows[index + 2];
    const isLeft = (lower: readonly string[]): boolean => options.isPiecesOnlyLeft === true && !lower.some(isRole);
    const joined = next && !isLeft(rowTexts(next)) ? joinPieces(texts, rowTexts(next)) : null;
    // A word broken over three rows: its middle piece completes nothing alone.
    const stacked = !joined && next && afterNext && MAX_BROKEN_HEADER_ROWS >= 3 ? stackPieces(rowTexts(next), rowTexts(afterNext)) : null;
    const joinedThree = stacked && !isLeft(rowTexts(next as GridRow)) ? joinPieces(texts, stacked) : null;
    if (joined) [texts, taken] = [joined, 1];
    else if (joinedThree) [texts, taken] = [joinedThree, 2];
    if (taken === 0 || !isHeaderStart(texts)) {
      result.push(row);
      continue;
    }
    result.push(createTextRow(texts, row.cells[0]?.source ?? { line: 0 }));
    index += taken;
  }
  return result;
}
