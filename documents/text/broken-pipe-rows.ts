/**
 * A web table dumped as pipe rows that close every cell with a pipe and pad each row with the
 * pipes of the places it lacks, so that every row holds as many pipes as the table has columns
 * ("3 | 年度工作 计划明确性 | 3 | … | 3 | ||" in an 8-column table), but that break a row's line after
 * a cell the page wrote on lines of its own (a merged 一级 cell, a header word with a line break):
 * "1 | 规划 (15分) |" / "基础信息 (3分) | … |" / "3 |" (the Anhui 部门整体支出绩效评价自评表 pages;
 * the Hubei 监控表 pages break their headers so). The lines of such a row are put back on its first
 * line, the others blanked (line count kept), when their pipes add up to the table's width exactly.
 * Some pages break a row at each **empty cell** instead: the empty cell becomes a line break, so the row goes
 * on over lines that open with the empty cell's pipe ("… | 定性 | 健全 |" / "| 健全 | 10 |" / "|" / "| ||", a
 * Sichuan county's 自评表 on a media site). Such lines are pieces of the row above in a table whose rows do not
 * open with a pipe (no Markdown rule line); their pipes count as the row's cells like any other piece.
 */

import { isLevelName } from '../grid/levels.ts';
import { isRuleLine } from '../grid/detectors/separated.ts';
import { isPageBreakLine } from '../vocabulary/page-chrome.ts';

/** Pipes closing a line: the row style this reader knows ("a | b |", "||||"). */
const CLOSED_BY_PIPE = /\|\s*$/;
/** A Markdown row opens with a pipe; its rows are never broken this way. */
const OPENED_BY_PIPE = /^\s*\|/;
/** How many lines must hold the table's width before it is trusted. */
const MIN_FULL_ROWS = 3;
/** The narrowest table whose rows are joined (a label and its value is no broken row). */
const MIN_WIDTH = 3;

const pipeCount = (line: string): number => (line.match(/\|/g) ?? []).length;

/**
 * A level alone on its line ("产 出 指 标 |", the Hubei 监控表 pages): the readers of those pages take it
 * as the heading of the rows below (a row of its own, the level merged down), so it opens no broken row.
 */
function isLoneLevelLine(line: string): boolean {
  const cells = line.split('|').filter((cell) => cell.trim() !== '');
  return cells.length === 1 && isLevelName((cells[0] as string).replace(/\s+/g, ''));
}

function isClosedRowLine(line: string): boolean {
  return CLOSED_BY_PIPE.test(line) && !OPENED_BY_PIPE.test(line);
}

/** The table's width: the pipe count most lines closed by a pipe hold, or null. */
function tableWidth(lines: readonly string[]): number | null {
  const counts = new Map<number, number>();
  for (const line of lines) if (isClosedRowLine(line)) counts.set(pipeCount(line), (counts.get(pipeCount(line)) ?? 0) + 1);
  let best: { width: number; lines: number } | null = null;
  for (const [width, count] of counts) if (best === null || count > best.lines || (count === best.lines && width > best.width)) best = { width, lines: count };
  return best !== null && best.width >= MIN_WIDTH && best.lines >= MIN_FULL_ROWS ? best.width : null;
}

/** How many blank lines may stand between the pieces of a row (a page that writes a blank line after every row). */
const MAX_BLANK_LINES_BETWEEN = 1;
/** How many lines a page break between the pieces of a row takes: blank, the page's number, blank. */
const MAX_LINES_OVER_PAGE_BREAK = 3;

/** A line that opens with an empty cell's pipe: the rest of a row broken at its empty cells ("|", "| 健全 | 10 |"). */
function isEmptyCellPiece(line: string): boolean {
  return OPENED_BY_PIPE.test(line) && CLOSED_BY_PIPE.test(line);
}

/**
 * The index of the line that may go on the row ending at `end`: the next line closed by a pipe, past a
 * blank line (one opened by an empty cell's pipe too, where `takesEmptyCellPieces`, also past a page break:
 * blank, the page's number blanked or not, blank); else null.
 */
function nextPieceLine(lines: readonly string[], end: number, takesEmptyCellPieces: boolean): number | null {
  let next = end + 1;
  let skipped = 0;
  for (; next < lines.length && skipped <= MAX_LINES_OVER_PAGE_BREAK; next += 1) {
    const text = (lines[next] as string).trim();
    if (text !== '' && !isPageBreakLine(text)) break;
    skipped += 1;
  }
  const line = lines[next];
  if (line === undefined || isLoneLevelLine(line) || skipped > MAX_LINES_OVER_PAGE_BREAK) return null;
  if (isClosedRowLine(line)) return skipped <= MAX_BLANK_LINES_BETWEEN ? next : null;
  // A line opening with an empty cell's pipe opens no row of its own: a page break may stand before it.
  return takesEmptyCellPieces && isEmptyCellPiece(line) ? next : null;
}

/** The lines with each broken pipe row put back on its first line. */
export function joinBrokenPipeRows(lines: readonly string[]): string[] {
  const width = tableWidth(lines);
  if (width === null) return [...lines];
  // A Markdown table ("|---|:--:|" under its first row) opens every row with a pipe: no piece opens so there.
  const takesEmptyCellPieces = !lines.some((line) => line.includes('|') && isRuleLine(line));
  const result = [...lines];
  for (let start = 0; start < lines.length; start += 1) {
    const first = lines[start] as string;
    if (!isClosedRowLine(first) || pipeCount(first) >= width || isLoneLevelLine(first)) continue;
    let pipes = pipeCount(first);
    let end = start;
    // The row goes on over the next lines closed by a pipe until it holds the table's width (over a blank
    // line too, where a page puts one between all its rows). A level alone on its line heads the rows
    // below: it is no rest of the row above either.
    for (let next = nextPieceLine(lines, end, takesEmptyCellPieces); pipes < width && next !== null; next = nextPieceLine(lines, end, takesEmptyCellPieces)) {
      end = next;
      pipes += pipeCount(lines[end] as string);
    }
    if (pipes !== width || end === start) continue;
    result[start] = lines
      .slice(start, end + 1)
      .filter((line) => line.trim() !== '' && !isPageBreakLine(line.trim()))
      .map((line) => line.trim())
      .join(' ');
    for (let index = start + 1; index <= end; index += 1) result[index] = '';
    start = end;
  }
  return result;
}
