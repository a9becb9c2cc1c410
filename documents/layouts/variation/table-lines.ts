/**
 * Where the indicator table of a text dump is, for the edits that change a table's rows
 * (documents/layouts/variation/page-edits.ts, cell-edits.ts): the header line, how its cells are
 * separated, and the rows under it. Only layouts with one table row per line are found (tabs,
 * pipes, runs of spaces, single spaces); a dump with one cell per line has no header line, and an
 * edit that needs one gives such a text back unchanged.
 */

import { toSimplified } from '../../text/traditional.ts';
import { PAGE_NUMBER_LINE } from '../../vocabulary/page-chrome.ts';
import { isSiteChunk } from '../../text/site-chunks.ts';

export type RowSeparator = 'tab' | 'pipe' | 'space-runs' | 'single-spaces';

/** The separators of each kind, captured, so a split row joins back to the same text. */
const SEPARATOR_PATTERNS: Readonly<Record<RowSeparator, RegExp>> = {
  tab: /(\t)/,
  pipe: /( ?\|+ ?)/,
  'space-runs': /( {2,})/,
  'single-spaces': /( +)/,
};

/** How the cells of a row line are separated (a tab wins over a pipe, a pipe over spaces). */
export function rowSeparatorOf(line: string): RowSeparator | null {
  if (line.includes('\t')) return 'tab';
  if (line.includes('|')) return 'pipe';
  const trimmed = line.trim();
  if (/\S {2,}\S/.test(trimmed)) return 'space-runs';
  if (/\S \S/.test(trimmed)) return 'single-spaces';
  return null;
}

/** A row line as cells and the separators between them: even places are cells, odd ones separators. */
export function splitRow(line: string, separator: RowSeparator): string[] {
  return line.split(SEPARATOR_PATTERNS[separator]);
}

/**
 * An edit of a text's lines made on its lines without their CR (a Windows text's "\r\n" comes back
 * as it was), so a cell at a line's end is the cell and not the cell and a CR.
 */
export function keepingLineEnds(edit: (text: string) => string): (text: string) => string {
  return (text) => (text.includes('\r\n') ? edit(text.replace(/\r\n/g, '\n')).replace(/\n/g, '\r\n') : edit(text));
}

/** Applies `edit` to every cell of a row line, keeping its separators. */
export function mapCells(
  line: string,
  separator: RowSeparator,
  edit: (cell: string, index: number) => string,
): string {
  return splitRow(line, separator)
    .map((part, place) => (place % 2 === 0 ? edit(part, place / 2) : part))
    .join('');
}

/** Columns a string takes in a fixed-width dump (a CJK or full-width character two). */
export function displayWidth(text: string): number {
  return [...text].reduce((width, character) => width + (/[\u2e80-\uffef]/.test(character) ? 2 : 1), 0);
}

/**
 * Applies `edit` to every cell of a row line; at runs of spaces (a fixed-width dump, where a cell's
 * column is where it starts) the width a cell gains is taken back from the runs after it,
 * three spaces staying in each (a gap a reader still sees), so the next cells keep their columns where the runs allow.
 */
export function mapCellsKeepingColumns(
  line: string,
  separator: RowSeparator,
  edit: (cell: string) => string,
): string {
  if (separator !== 'space-runs') return mapCells(line, separator, edit);
  return mapPartsKeepingWidth(splitRow(line, separator), edit, 3);
}

/**
 * Cells and the runs of spaces between them (`parts`, cells at even places) with `edit` applied
 * to each cell: what an edit adds to a cell's display width is taken back from the runs of spaces
 * after it, each keeping at least `keptSpaces`, so the cells after it stay in their columns.
 */
export function mapPartsKeepingWidth(parts: readonly string[], edit: (cell: string) => string, keptSpaces: number): string {
  let owed = 0;
  return parts
    .map((part, place) => {
      if (place % 2 === 0) {
        const edited = edit(part);
        owed += displayWidth(edited) - displayWidth(part);
        return edited;
      }
      const taken = Math.max(0, Math.min(part.length - keptSpaces, owed));
      owed -= taken;
      return part.slice(taken);
    })
    .join('');
}

/** The header line of an indicator table: level and name words in one row of several cells. */
export function isHeaderLine(line: string): boolean {
  const written = line.replace(/\s+/g, '');
  return (
    // Traditional characters too (三級指標), as another edit may have written them.
    /三[级級]指[标標]|指[标標]名[称稱]|指[标標]内容/.test(written) &&
    /[一二][级級]指[标標]|指[标標]值/.test(written) &&
    rowSeparatorOf(line) !== null
  );
}

/** A row that ends the table: totals, notes, the reviewer's opinion, what follows a 自评表. */
const TABLE_END =
  /^[\s|]*(总\s*分|合\s*计|注[:：]|说明[:：]|填报|联系|审核|备注[:：]|偏差|改进措施|原因分析|相关建议)|审核意见|审批意见/;
/** A row that opens a goal's block, repeats a header or sums a group (小计): not an indicator row (traditional forms too). */
const NOT_INDICATOR =
  /目\s*[标標]\s*[一二三四五六七八九十\d]|(核心)?[职職]能\s*[一二三四五六七八九十\d]|[一三][级級]指[标標]|指[标標]名[称稱]|年度指[标標]值|^[\s|]*小\s*[计計]/;

export interface IndicatorTable {
  separator: RowSeparator;
  /** The header's lines: the level row and, for a header over two rows, the row above it. */
  headerLines: number[];
  /** Lines of indicator rows (a figure or a value, no goal or header), in order. */
  indicatorRows: number[];
}

/** The first indicator table of a dump with one row per line, or null. */
export function findIndicatorTable(lines: readonly string[]): IndicatorTable | null {
  const header = lines.findIndex(isHeaderLine);
  // A document site's numbered chunks are pages of text cut anywhere: the single spaces a Word cell's wrap left
  // in them ("一级 指标") part no cells, and a chunk is no row a printed page would repeat or space out.
  if (header < 0 || isSiteChunk(lines[header] as string)) return null;
  const separator = rowSeparatorOf(lines[header] as string) as RowSeparator;
  const indicatorRows: number[] = [];
  for (let index = header + 1; index < lines.length; index += 1) {
    const line = lines[index] as string;
    // A page's number between two rows (a table over a page break) is no end of the table.
    if (line.trim() === '' || PAGE_NUMBER_LINE.test(line)) continue;
    if (TABLE_END.test(line)) break;
    if (separator !== 'single-spaces' && rowSeparatorOf(line) === null) break;
    if (NOT_INDICATOR.test(line)) continue;
    if (/\d|达成|达到|完成|良好|有效|健全|规范|明显|显著|提升|改善/.test(line)) indicatorRows.push(index);
  }
  if (indicatorRows.length === 0) return null;
  return { separator, headerLines: headerLinesOf(lines, header), indicatorRows };
}

/**
 * A header's lines: its level row, the row of words above it for a header over two rows, and a row
 * of the pieces of its words broken below it ("指标值 完成值 值" under "年度 实际 分").
 */
export function headerLinesOf(lines: readonly string[], header: number): number[] {
  const separator = rowSeparatorOf(lines[header] as string);
  // (Past the blank lines a page's padding leaves between two rows: the upper row is still the header's.)
  let upperLine = header - 1;
  while (upperLine >= 0 && header - upperLine <= 2 && (lines[upperLine] as string).trim() === '') upperLine -= 1;
  const upper = upperLine >= 0 && rowSeparatorOf(lines[upperLine] as string) === separator && isUpperHeaderLine(lines[upperLine] as string);
  const below = lines[header + 1] ?? '';
  const pieces =
    separator !== null &&
    rowSeparatorOf(below) === separator &&
    !/\d/.test(below) &&
    splitRow(below.trim(), separator).every(
      (part, place) => place % 2 === 1 || (part.trim().length <= 5 && !part.trim().endsWith('指标')),
    );
  return [...(upper ? [upperLine] : []), header, ...(pieces ? [header + 1] : [])];
}

/**
 * The upper row of a header over two rows (绩效指标 | 指标名称 | 上年度实际水平 … over 二级指标 | 三级指标):
 * header words and no figure, in either script and however its characters are spaced (績效指標, 绩 效 指 标).
 */
export function isUpperHeaderLine(line: string): boolean {
  const written = toSimplified(line).replace(/\s+/g, '');
  return /绩效指标|指标值|完成值|分值|得分/.test(written) && !/\d/.test(written);
}

/**
 * The indicator row after which a page breaks: the middle one, with another indicator row right
 * after it (no goal row, header or blank line between), so the break falls inside the rows.
 */
export function findPageBreakRow(table: IndicatorTable): number | null {
  const { indicatorRows } = table;
  const pairs = indicatorRows.slice(0, -1).filter((row, place) => indicatorRows[place + 1] === row + 1);
  if (pairs.length === 0) return null;
  return pairs[Math.floor((pairs.length - 1) / 2)] ?? null;
}
