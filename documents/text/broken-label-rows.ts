/**
 * The rows above an indicator table broken by a line break inside a cell (a web page's `<br>`): a
 * label row's value ("项目名称⇥乡村学校少" then "年宫运行补助"; "主管部门⇥示范县教" then
 * "育局⇥实施单位⇥…"), the funds block's header and rows ("项目资" then "金（万元）⇥年初预算数⇥…",
 * "年度资" then "金总额⇥120⇥…"). Each broken row is joined on its first line, the broken cell's
 * halves as one text, and the lines it took are blanked, so every reader (header facts, funds
 * block, indicator grid) reads it whole and every line keeps its number. Lines from the indicator
 * header on are left to the grid reader's own joining (grid/detectors/wrapped-tabs.ts).
 */
import { findWrappedTabRows } from '../grid/detectors/wrapped-tabs.ts';
import { HEADING, indicatorRowWords, type WrappedRowWords } from '../grid/detectors/wrapped-row-words.ts';
import { isTableEnd } from '../grid/cell-kinds.ts';
import { tableWords } from '../vocabulary/labels.ts';
import { isFundColumnLabel, isFundRowLabel } from '../vocabulary/fund-labels.ts';
import { bareLabelKey } from '../vocabulary/label-key.ts';
import { isLabelText } from './header-pairs.ts';
import { joinCellLines } from '../grid/cell-text.ts';
import { headingOf, isBlockLabel } from './self-evaluation-overall.ts';

const fundBlockWords: ReadonlySet<string> = new Set(tableWords.map(bareLabelKey));

/**
 * The funds block's words: its header (two different column labels or more: a "合计 | | 合计" row, the
 * totals of a block written by sources and by nature, names one label twice and heads nothing), its
 * columns, its row labels.
 */
const fundWords: WrappedRowWords = {
  isHeader: (cells) => new Set(cells.filter(isFundColumnLabel).map(bareLabelKey)).size >= 2,
  columnWord: (text) => {
    if (isFundColumnLabel(text)) return 'role';
    return fundBlockWords.has(bareLabelKey(text)) ? 'band' : null;
  },
  opensRow: isFundRowLabel,
};

/** A word of the funds block (its columns, rows, group labels with their unit: "资金情况（万元）"). */
function isFundsWord(text: string): boolean {
  return isFundColumnLabel(text) || fundBlockWords.has(bareLabelKey(text)) || isFundRowLabel(text) || /[(（](万元|元|千元|\d+分)[)）]$/.test(text.trim());
}

/** A numbered heading, a title (wrapped-row-words.ts), a year or unit note: a line of its own, never a value's rest. */
const OWN_LINE = new RegExp(`${HEADING.source}|^[（(].*[）)]$|单位[:：]`);

function cellsOf(line: string): string[] {
  return line.split('\t');
}

/** The first line of the indicator table (its header, whole or broken), or the text's length. */
function indicatorHeaderLine(lines: readonly string[]): number {
  const broken = findWrappedTabRows(lines).find((row) => indicatorRowWords.isHeader(row.cells));
  const whole = lines.findIndex((line) => line.includes('\t') && indicatorRowWords.isHeader(cellsOf(line)));
  return Math.min(broken?.start ?? lines.length, whole < 0 ? lines.length : whole);
}

/** The line of the 年度总体目标 block's label or headings in cells (年度总体目标⇥年初设定目标⇥…), or `end`. */
function overallBlockLine(lines: readonly string[], end: number): number {
  const at = lines
    .slice(0, end)
    .findIndex((line) => line.includes('\t') && cellsOf(line).some((cell) => isBlockLabel(cell) || headingOf(cell) === 'goal' || headingOf(cell) === 'result'));
  return at < 0 ? end : at;
}

/** A label and its value in one cell, after a colon: "项目名称：山塘水库除险加固", "实施单位:某所". */
const LABELLED_VALUE = /^([^:：]{2,16})[:：]\s*(\S.*)$/;

function isLabelledValue(cell: string): boolean {
  const match = LABELLED_VALUE.exec(cell.trim());
  return match !== null && isLabelText(match[1] as string) && !isLabelText(match[2] as string) && !isFundsWord(match[2] as string);
}

/**
 * A label row: tab cells whose first filled cell is a header label and whose last filled cell is its
 * value, or whose last filled cell holds a label and its value after a colon ("主管部门：某局").
 */
function lastValueCell(cells: readonly string[]): number {
  const filled = cells.flatMap((cell, index) => (cell.trim() === '' ? [] : [index]));
  const first = filled[0];
  const last = filled.at(-1);
  if (first === undefined || last === undefined) return -1;
  if (isLabelledValue(cells[last] as string)) return last;
  if (first === last || !isLabelText(cells[first] as string)) return -1;
  return isLabelText(cells[last] as string) ? -1 : last;
}

/**
 * Line `index` opens something of its own after a value's rest: it is missing or blank, a row, a
 * label or a funds word, or the first half of one ("项目资金" over "（万元）⇥年度资金总额⇥…").
 */
function opensLine(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (line === undefined || line.trim() === '' || line.includes('\t')) return true;
  const written = line.trim();
  const completed = `${written}${cellsOf(lines[index + 1] ?? '')[0]?.trim() ?? ''}`;
  return [written, completed].some((text) => isLabelText(text) || isFundsWord(text));
}

/** The line after a label row that holds the rest of its last value, joined; null when it holds none. */
function joinLabelRow(lines: readonly string[], index: number): string[] | null {
  const cells = cellsOf(lines[index] as string);
  const last = lastValueCell(cells);
  const next = lines[index + 1];
  if (last < 0 || next === undefined || next.trim() === '') return null;
  const more = next.includes('\t') ? cellsOf(next) : [next];
  const piece = (more[0] as string).trim();
  if (piece === '' || isLabelText(piece) || isTableEnd(piece) || OWN_LINE.test(piece) || isFundsWord(piece) || indicatorRowWords.columnWord(piece) !== null) return null;
  // The line is the first part of the next label ("主" over "管部门⇥…").
  if (joinLabelPiece(lines, index + 1) !== null) return null;
  const rest = more.slice(1).filter((cell) => cell.trim() !== '');
  if (rest.length > 0) {
    // The next line goes on with a header label of its own ("育局⇥实施单位⇥…"): its first cell is the value's rest.
    if (!rest.some((cell) => isLabelText(cell) && !isFundsWord(cell) && indicatorRowWords.columnWord(cell) === null)) return null;
  } else {
    // The rest alone on its line (its row's empty cells after it): a row, a blank or the end follows.
    if (!opensLine(lines, index + 2)) return null;
  }
  const joined = [...cells];
  joined[last] = joinCellLines(`${cells[last] as string}\n${piece}`);
  return [...joined.slice(0, last + 1), ...more.slice(1)];
}

/** The longest piece of a label broken over lines ("项" + "目名称", "实施" + "单位"). */
const MAX_LABEL_PIECE = 8;

/**
 * A label broken over lines: the last cell of line `index` (the whole line when it has no tab) and
 * the next line's first cell make a label, and the first part alone is none.
 */
function joinLabelPiece(texts: readonly string[], index: number): string[] | null {
  const text = texts[index] as string;
  const next = texts[index + 1];
  // The label goes on with its cells on the next line (a line alone under it is a block layout's cell).
  if (next === undefined || !next.includes('\t')) return null;
  const cells = cellsOf(text);
  const last = cells.findLastIndex((cell) => cell.trim() !== '');
  const piece = (cells[last] ?? '').trim();
  const more = cellsOf(next);
  const rest = (more[0] ?? '').trim();
  if (last < 0 || piece.length > MAX_LABEL_PIECE || rest === '' || OWN_LINE.test(piece)) return null;
  // Neither part is a label alone ("（2025年度）" over "项目名称⇥…" is a note above a whole label).
  if (isLabelText(piece) || isLabelText(rest) || !isLabelText(`${piece}${rest}`)) return null;
  return [...cells.slice(0, last), `${piece}${rest}`, ...more.slice(1)];
}

/** The lines with every broken row above the indicator table joined on its first line. */
export function joinBrokenLabelRows(lines: readonly string[]): string[] {
  if (!lines.some((line) => line.includes('\t'))) return [...lines];
  const end = indicatorHeaderLine(lines);
  const result = [...lines];
  const consumed = new Set<number>();
  // The funds block and the 年度总体目标 block are read apart: a funds row one cell short of its header is never the
  // block's headings and the text row under them ("年度总体目标⇥年初设定目标⇥…完成情况" + "<goal>⇥<result>", a print that
  // dropped the funds label's empty cell).
  const block = overallBlockLine(lines, end);
  const wrapped = [...findWrappedTabRows(lines.slice(0, block), fundWords), ...findWrappedTabRows(lines.slice(block, end), fundWords).map((row) => ({ ...row, start: row.start + block, end: row.end + block }))];
  for (const row of wrapped) {
    result[row.start] = row.cells.map(joinCellLines).join('\t');
    for (let line = row.start + 1; line <= row.end; line += 1) {
      result[line] = '';
      consumed.add(line);
    }
  }
  // The lines still standing, in order: a join takes the next one out and looks at the rows again.
  const order = [...Array(end).keys()].filter((line) => !consumed.has(line));
  const texts = order.map((line) => result[line] as string);
  for (let position = 0; position < texts.length; position += 1) {
    const text = texts[position] as string;
    const joined = joinLabelPiece(texts, position) ?? (text.includes('\t') || isLabelledValue(text) ? joinLabelRow(texts, position) : null);
    if (!joined) continue;
    texts[position] = joined.join('\t');
    result[order[position] as number] = texts[position] as string;
    result[order[position + 1] as number] = '';
    texts.splice(position + 1, 1);
    order.splice(position + 1, 1);
    // The row before may now end where this one goes on ("…⇥桐庐岭县" over "水利局⇥实" + "施单位⇥…").
    position = Math.max(-1, position - 2);
  }
  return result;
}
