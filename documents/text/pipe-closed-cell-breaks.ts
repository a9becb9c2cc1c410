/**
 * A web table dumped one cell per line, each cell closed by " |", whose cells' own line breaks were kept: the
 * pieces before a cell's last line carry no pipe ("项目资金" / "(万元) |", "绩" / "效" / "指" / "标 |", "一级" /
 * "指标 |", a long name "打造…" / "…赛事 |"; an Anhui district's 项目支出绩效目标表 page, twenty-third study).
 * In a text that is such cells, a short run of lines without a pipe right before a cell line is that cell's
 * beginning: the pieces are joined on the run's first line and the other lines blanked, so every line keeps
 * its number. Text of other layouts (no cell lines, or lines with pipes inside) is left as it is.
 */

import { findTitleKind } from './title.ts';

/** A cell alone on its line, closed by one pipe ("项目名称 |", " |" for an empty cell). */
const CELL_LINE = /^[^|]*\|\s*$/;
/** How many cell lines a text must hold to be read as cells one per line. */
const MIN_CELL_LINES = 12;
/** The share of filled lines that must be cell lines. */
const CELL_SHARE = 0.6;
/** A piece of a broken cell is short: a character of vertical text, a label's first half, a name's first line. */
const MAX_PIECE = 24;
/** A cell broken over more lines than this is no broken cell (a paragraph above the table). */
const MAX_PIECES = 6;

const isCellLine = (line: string): boolean => CELL_LINE.test(line.trim()) && line.trim() !== '';
const isPiece = (line: string): boolean => {
  const text = line.trim();
  return text !== '' && !text.includes('|') && !text.includes('\t') && text.length <= MAX_PIECE;
};
/** A line of the page between tables, never a cell's piece: an annex heading, a table's title, a sentence or a label with its colon. */
const isPageLine = (line: string): boolean => {
  const text = line.trim();
  return /^附件|^附表/.test(text) || /[。；;：:]$/.test(text) || findTitleKind(text) !== null;
};

/** Joins two pieces of one cell: no space between Chinese characters (or brackets), one between Latin words. */
function joinPieces(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : `${left}${right}`;
}

export function joinPipeClosedCellBreaks(lines: readonly string[]): string[] {
  const filled = lines.filter((line) => line.trim() !== '');
  const cells = filled.filter(isCellLine).length;
  if (cells < MIN_CELL_LINES || cells < filled.length * CELL_SHARE) return [...lines];
  const joined = [...lines];
  for (let index = 0; index < joined.length; index += 1) {
    if (!isPiece(joined[index] as string)) continue;
    // The run of pieces, then the cell line that closes it (no blank line between: a blank ends a cell).
    let end = index;
    while (end < joined.length && end - index < MAX_PIECES && isPiece(joined[end] as string)) end += 1;
    // Inside the cells only: right after a cell line, closed by one, no piece a line of the page.
    const isInside = index > 0 && isCellLine(lines[index - 1] as string) && !joined.slice(index, end).some(isPageLine);
    if (!isInside || end === joined.length || !isCellLine(joined[end] as string) || end - index >= MAX_PIECES) {
      index = end;
      continue;
    }
    let text = (joined[index] as string).trim();
    for (let at = index + 1; at <= end; at += 1) {
      text = joinPieces(text, (joined[at] as string).trim());
      joined[at] = '';
    }
    joined[index] = text;
    index = end;
  }
  return joined;
}
