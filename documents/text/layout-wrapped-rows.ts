/**
 * A table in the text of a PDF in layout mode (`pdftotext -layout` of a Word, WPS or LibreOffice PDF)
 * whose cells wrapped: every column keeps its position, but a long cell is several lines inside its
 * column and each cell's lines are centred vertically in its row, so one row is several physical lines
 * with its columns' pieces at different heights; a merged 一级/二级 is centred over its rows, its lines
 * between theirs (docs/layouts.md "PDF text in layout mode with wrapped cells"). The rows are put back
 * together by column position and written as tab rows, the shape every reader reads (each row on the
 * line of its figures, the table's other lines blanked, so every line keeps its number):
 *
 * - the header line (column words at runs of spaces) gives the columns; a piece belongs to the column
 *   its start falls in (between two header words the boundary is halfway through their gap);
 * - the anchor column is a figure column (分值, 得分: plain numbers; else the value column, values
 *   starting with a number): each line with a figure there is one row's middle line;
 * - a cell is centred on its row's middle line, so in a column from the name on, a row takes the pieces
 *   above its middle line that the row before did not take, and as many below it;
 * - a merged level cell is centred over its rows: its pieces mirror around the middle of its span, so
 *   the span runs from its first row's top to as far below its last piece as its first piece is below
 *   that top; a piece that completes a level word or a bracket is the same cell's.
 *
 * Linear: each line is cut into pieces once, each piece is placed once.
 */
import { isTableEnd, isWrappedUnit } from '../grid/cell-kinds.ts';
import { matchGoalName } from '../grid/goal-names.ts';
import { displayWidth, joinWrappedPieces } from '../grid/cell-text.ts';
import { findLevel1Entry, findLevel2Parent, mayStandUnder } from '../../core/levels/level-key.ts';
import type { Level1Key } from '../../core/levels/level-names.ts';
import { isBandWord, matchColumnRole, subtotalWords, totalsWords, withPartsOverItems } from '../vocabulary/columns.ts';
import { isPageBreakLine } from '../vocabulary/page-chrome.ts';
import { joinBlockAbove, joinBlockBelow } from './layout-wrapped-block.ts';
import { cutAtSpaceRuns, findCutRows, folded, placeAroundMiddles, wrapWidth, type Piece } from './layout-wrapped-pieces.ts';
import { readWrappedHeaderBand } from './wrapped-header-band.ts';

interface Column {
  start: number;
  end: number;
  /** A 序号 column: its cells are row numbers no wider than its word (see boundaryOf). */
  isSequence?: boolean;
}

/** A table's header: its columns, their roles, and the row of words above it when that row names columns of its own. */
interface Header {
  line: number;
  columns: Column[];
  roles: Array<string | null>;
  /** The header line's words by column (empty under a column only the row above names). */
  words: string[];
  /** The row above the header written by column, when it names a column left or right of the header's words. */
  upper: string[] | null;
  /** The line of `upper`: right above the header, or past a blank line (a padded row's, as pdftotext writes it). */
  upperLine?: number;
  /** The first line of a header whose words wrapped over several lines (written blank, the header on its last). */
  firstLine?: number;
}

/** A header this wide at least (cells at runs of spaces) says a fixed-width table. */
const MIN_HEADER_CELLS = 4;
/** One header cell in this many may be a word of no known role (one at least). */
const UNKNOWN_SHARE = 3;
/** More header cells than a table has columns: no header (a hostile line is never cut into thousands of columns). */
const MAX_COLUMNS = 64;
/** Lines a level or goal cell wraps over at most (a hostile column is never joined into one cell). */
const MAX_LABEL_LINES = 8;
/** A value column narrower than this (five CJK characters) holds short values, none wrapped. */
const MIN_WRAPPING_VALUE_WIDTH = 10;
/** A figure column's cell: a score or a weight. */
const PLAIN_NUMBER = /^\d{1,4}(\.\d{1,3})?$/;
/** A row's number in a 序号 column: 1, 12, 3.2 (a level's own numbering, 一、, is a label's). */
const ROW_NUMBER = /^\d{1,3}(\.\d{1,2})?$/;
/** A value column's cell opening a value: an operator or a number first. */
const VALUE_OPENING = /^([≥≤<>=＝]|[不]?[少低高超大小多]于|不超过|达到|超过|约)?\s*\d/;
/** Roles whose columns may anchor the rows (their cells hold figures or values on one line). */
const ANCHOR_ROLES = new Set(['score', 'weight', 'target', 'initialTarget', 'actual', 'actualToDate', 'forecast']);
/** A line that ends the table: its notes, a signature (单位领导审签：, 单位负责人：), a page's footer. */
const TABLE_END = /^\s*(备?注[:：]|说明[:：]|填报|联系|审核|单位领导|单位负责人|财务负责人)/;
/** Blank lines a table's rows go on across: a page break's (blank, the page's number, blank), normalising blanks the number. */
const MAX_BLANK_LINES = 3;
/** A numbered heading under the table (三、评价人员), unless it numbers a level (一、产出指标). */
const NUMBERED_HEADING = /^\s*[一二三四五六七八九十]{1,3}、(\S*)/;

function isHeadingLine(line: string): boolean {
  const heading = NUMBERED_HEADING.exec(line);
  const words = heading?.[1] ?? '';
  // (A numbered level wraps too: "一、产出指" / "标".)
  return heading !== null && cutAtSpaceRuns(line).length === 1 && ![words, `${words}标`, `${words}指标`].some(isLevelWord);
}

/** The roles of a header line's words (a score sheet's 项目权重 over 评价内容: its parts and items). */
function headerRoles(cells: ReadonlyArray<{ text: string }>): Array<string | null> {
  return withPartsOverItems(
    cells.map((cell) => cell.text),
    cells.map((cell) => matchColumnRole(cell.text)),
  );
}

/** The columns of a header line, or null when the line is no header of an indicator table. */
function readHeaderColumns(line: string): Column[] | null {
  if (line.includes('\t')) return null;
  return headerColumnsOf(cutAtSpaceRuns(line));
}

/** The columns of a header's cells, or null when they name no indicator table's columns. */
function headerColumnsOf(cells: ReadonlyArray<{ text: string; start: number; end: number }>): Column[] | null {
  if (cells.length < MIN_HEADER_CELLS || cells.length > MAX_COLUMNS) return null;
  const roles = headerRoles(cells);
  // (A monitoring table's 完成进度, 预警等级, 纠偏措施 are no roles of the vocabulary: a third may be unknown.)
  const unknown = cells.filter((cell, place) => roles[place] === null && !isBandWord(cell.text)).length;
  if (unknown > Math.max(1, Math.floor(cells.length / UNKNOWN_SHARE))) return null;
  const hasName = roles.some((role) => role === 'name' || role === 'content' || role === 'level2');
  const hasValue = roles.some((role) => role !== null && ANCHOR_ROLES.has(role));
  return hasName && hasValue ? cells.map(({ start, end }, place) => ({ start, end, ...(roles[place] === 'sequence' ? { isSequence: true } : {}) })) : null;
}

function isColumnWord(text: string): boolean {
  return matchColumnRole(text) !== null || isBandWord(text);
}

/**
 * The header at `line`: its words' columns, widened by the row above when that row holds column words
 * only and one of them stands clear of the header's words, left or right (核心职能 over a goal column
 * the lower row leaves empty, 年度绩效指标 over the levels: a header over two rows).
 */
function readHeader(lines: readonly string[], line: number): Header | null {
  const columns = readHeaderColumns(lines[line] as string);
  // (A line of column words with the rest of its words wrapped above or below it: the band names more.)
  const band = readBandHeader(lines, line);
  if (columns === null) return band;
  const plainHeader = readPlainHeader(lines, line, columns);
  // (A band reaching below the line names as many: its lines below are a header word's end, "施", not a row's.)
  const isBandBelow = band !== null && band.line > line;
  return band !== null && (namedColumns(band) > namedColumns(plainHeader) || (isBandBelow && namedColumns(band) === namedColumns(plainHeader))) ? band : plainHeader;
}

/** How many of a header's columns its words (or the row above's) name. */
function namedColumns(header: Header): number {
  return header.columns.filter((_, column) => isColumnWord(header.words[column] ?? '') || isColumnWord(header.upper?.[column] ?? '')).length;
}

/** The header at `line` whose words stand on that line, widened by the row above it (see readHeader). */
function readPlainHeader(lines: readonly string[], line: number, columns: Column[]): Header {
  const cells = cutAtSpaceRuns(lines[line] as string);
  const plain: Header = { line, columns, roles: headerRoles(cells), words: cells.map((cell) => cell.text), upper: null };
  // (A blank line between the two rows is a cell's padding, as between any two rows: 核心职能 | 年度绩效指标, a blank, the levels.)
  const isPadded = lines[line - 1]?.trim() === '' && (lines[line - 2]?.trim() ?? '') !== '';
  const upperLine = isPadded ? line - 2 : line - 1;
  const above = lines[upperLine];
  if (above === undefined || above.includes('\t') || above.trim() === '') return plain;
  const upperCells = cutAtSpaceRuns(above);
  if (upperCells.length > MAX_COLUMNS || !upperCells.every((cell) => isColumnWord(cell.text))) return plain;
  const first = columns[0] as Column;
  const last = columns.at(-1) as Column;
  const left = upperCells.filter((cell) => cell.end < first.start);
  const right = upperCells.filter((cell) => cell.start > last.end);
  if (left.length === 0 && right.length === 0) return plain;
  const widened = [...left.map(({ start, end }) => ({ start, end })), ...columns, ...right.map(({ start, end }) => ({ start, end }))];
  const upper = widened.map(() => [] as string[]);
  for (const cell of upperCells) upper[columnAt(widened, cell.start)]?.push(cell.text);
  return {
    line,
    columns: widened,
    roles: [...left.map((cell) => matchColumnRole(cell.text)), ...plain.roles, ...right.map((cell) => matchColumnRole(cell.text))],
    words: [...left.map(() => ''), ...plain.words, ...right.map(() => '')],
    upper: upper.map((words) => words.join(' ')),
    upperLine,
  };
}

/** A header whose words wrapped over a band of lines (wrapped-header-band.ts), at the band's last line. */
function readBandHeader(lines: readonly string[], line: number): Header | null {
  const band = readWrappedHeaderBand(lines, line, (cells) => headerColumnsOf(cells) !== null);
  if (band === null) return null;
  const header: Header = {
    line: band.last,
    columns: band.cells.map(({ start, end }) => ({ start, end })),
    roles: band.cells.map((cell) => matchColumnRole(cell.text)),
    words: band.cells.map((cell) => cell.text),
    upper: null,
    firstLine: band.first,
  };
  // (A band over a line that is a header alone, naming no more columns than that line with its row above, is that
  // line's to read: 核心职能 over the levels is its upper row.)
  for (let other = band.first; other <= band.last; other += 1) {
    const columns = other === line ? null : readHeaderColumns(lines[other] as string);
    if (columns !== null && namedColumns(readPlainHeader(lines, other, columns)) >= namedColumns(header)) return null;
  }
  return header;
}

/** Where `column` begins: halfway through the gap between its header word and the one before it. */
function boundaryOf(columns: readonly Column[], column: number): number {
  const previous = columns[column - 1];
  const own = columns[column];
  if (own === undefined) return Number.POSITIVE_INFINITY;
  if (previous === undefined) return 0;
  const halfway = Math.ceil((previous.end + own.start) / 2);
  // After a 序号 column the next column starts where its word ends: a goal or a 一级 centred in a wide
  // column starts well left of its own header word, inside the gap (目标1：… under 绩效目标).
  return previous.isSequence === true ? Math.min(halfway, previous.end) : halfway;
}

/** The column a piece starting at `start` belongs to: the last whose boundary (halfway through the gap before it) it reaches. */
function columnAt(columns: readonly Column[], start: number): number {
  let found = 0;
  for (let column = 1; column < columns.length; column += 1) {
    if (start >= boundaryOf(columns, column)) found = column;
  }
  return found;
}

/** A line that ends the rows under a table: a note, a signature's line, the next table's header. */
function isBlockEnd(line: string): boolean {
  return line.includes('\t') || TABLE_END.test(line) || readHeaderColumns(line) !== null;
}

function isTotal(text: string): boolean {
  return totalsWords.includes(text.replace(/\s/g, ''));
}

/** A total or a level's subtotal (小计): a row of its own that no label spans across. */
function isSum(text: string): boolean {
  return isTotal(text) || subtotalWords.includes(text.replace(/\s/g, ''));
}

function isLevelWord(text: string): boolean {
  return findLevel1Entry(text) !== null || findLevel2Parent(text) !== null;
}

/** True when `next` is the rest of a level cell whose lines so far are `text` (a bracket left open, a level word completed by a piece that is none of its own: 群众满意度 / 时效指标 are two cells). */
function continuesLevel(text: string, next: string): boolean {
  const open = (text.match(/[（(]/g) ?? []).length > (text.match(/[）)]/g) ?? []).length;
  const joined = `${text}${next}`;
  return open || /^[）)分%]/.test(next) || (!isLevelWord(next) && isLevelWord(joined));
}

/** The fewest characters of a label cell's text that wraps as prose (a goal's sentence), not as a level's words. */
const MIN_PROSE_CELL = 8;

/**
 * True when `next` is the rest of a prose cell left of the names (a goal, 年度目标) whose lines so far are `text`: on the
 * very next line, the text not ended (no 。 or ；) and `next` no level word nor figure. A goal of four lines centred on its
 * row's one line stands two lines above it and two below; the mirror from the row's top would end it a line early
 * ("…提升公共阅" / "读服务水平。" on the next row).
 */
function continuesSentence(role: string | null, text: string, lastLine: number, next: Piece): boolean {
  if (role === 'level1' || role === 'level2' || role === 'sequence' || [...text].length < MIN_PROSE_CELL) return false;
  return next.line === lastLine + 1 && !/[。；;！!？?]$/.test(text) && !isLevelWord(text) && !isLevelWord(next.text) && !PLAIN_NUMBER.test(folded(next.text));
}

interface Table {
  header: number;
  columns: Column[];
  roles: Array<string | null>;
  /** The lines after the header, up to the table's end. */
  last: number;
  pieces: Piece[];
  /** A row of column words right under the header, by column. */
  subHeader: Piece[];
  /** The header's words by column (a word over sub-columns stands over the first, the others blank). */
  words: string[];
}

/**
 * The header with each column that `subWords` (a line of words right under it) splits into two or more put as
 * those sub-columns: the header word over the first, the others blank and of no role (as a tab dump writes a
 * merged header cell over its sub-columns).
 */
function withSubColumns(header: Header, subWords: ReadonlyArray<{ text: string; start: number; end: number; column: number }>): Header {
  const columns: Column[] = [];
  const roles: Array<string | null> = [];
  const words: string[] = [];
  header.columns.forEach((column, index) => {
    const under = subWords.filter((word) => word.column === index);
    const parts = under.length >= 2 ? under.map((word) => ({ start: word.start, end: word.end })) : [column];
    // (Sub-columns of the rows' own cells under a name word take their own roles: 二级指标, 三级指标.)
    const ownRoles = under.length >= 2 && NAME_ROLES.has(header.roles[index] ?? '') ? under.map((word) => matchColumnRole(word.text)) : [];
    parts.forEach((part, place) => {
      columns.push(part);
      roles.push(ownRoles.length > 0 ? (ownRoles[place] ?? null) : place === 0 ? (header.roles[index] ?? null) : null);
      words.push(place === 0 ? (header.words[index] ?? '') : '');
    });
  });
  return { ...header, columns, roles, words };
}

/** The table under the header at `header`: its lines while every piece keeps inside a column. */
function readTable(lines: readonly string[], written: Header, pageStarts: ReadonlySet<number> = new Set()): Table {
  // A header word split into sub-columns by the line under it (偏差原因分析 over 经费保障 / 制度保障 …): the
  // sub-columns are the table's, so a tick in one stays out of the next header word's column.
  // (The first line written under the header: a page that puts a blank line after every row puts one there too.)
  let subLine = written.line + 1;
  while (subLine < lines.length && subLine <= written.line + MAX_BLANK_LINES && (lines[subLine] as string).trim() === '') subLine += 1;
  const next = lines[subLine] ?? '';
  const nextPieces = next.includes('\t') ? [] : placeSubColumnWords(next, written);
  const { line: header, columns, roles, words } = isSubColumnWords(nextPieces, written.roles) ? withSubColumns(written, nextPieces) : written;
  const pieces: Piece[] = [];
  let subHeader: Piece[] = [];
  let last = header;
  let blanks = 0;
  // The header's first cell the form's own label over the levels (绩效指标, at the top of its merged cell; no
  // column of the table's, as 指标类别 is): once a row leaves that column empty, a piece there opens the
  // form's next row (说明, the next table's title).
  const isFormLabelColumn = roles[0] === null && roles.includes('level1') && isBandWord((words[0] ?? '').replace(/\s/g, ''));
  let isFormLabelDone = false;
  for (let index = header + 1; index < lines.length; index += 1) {
    // (pdftotext starts a page with a form feed, which normalising blanks: the page's start is in pageStarts.)
    const line = lines[index] as string;
    // (A new page's blank lines, under a running head blanked, count from its top: the page's foot and head are no gap.)
    if (pageStarts.has(index)) blanks = 0;
    if (line.trim() === '') {
      blanks += 1;
      if (blanks > MAX_BLANK_LINES) break;
      continue;
    }
    // A page's number (or 续表) between two pages of the table: the table goes on under it.
    if (isPageBreakLine(line)) {
      blanks = 0;
      continue;
    }
    if (line.includes('\t') || TABLE_END.test(line) || isHeadingLine(line) || readHeaderColumns(line) !== null) break;
    const cells = cutAtSpaceRuns(line);
    const placed = cells.map((cell) => ({ ...cell, column: columnAt(columns, cell.start) }));
    // A row of column words right under the header (确定能 / 有可能 under 完成目标可能性) is the header's.
    if (index === subLine && (cells.every((cell) => matchColumnRole(cell.text) !== null || isBandWord(cell.text)) || columns.length > written.columns.length)) {
      subHeader = placed.map(({ text, column }) => ({ line: index, column, text }));
      last = index;
      continue;
    }
    // A piece running past the next column's start is prose across the page: the table ended.
    const crosses = placed.some((cell) => {
      const next = columns[cell.column + 1];
      return next !== undefined && cell.end > next.start + 2;
    });
    if (crosses) break;
    if (isFormLabelColumn && placed[0]?.column === 0 && isFormLabelDone && !isSum(placed[0].text)) break;
    // The form's next row in the first column: a goal's line where the table has no goal column (目标二 | …, its
    // own table under it), or a closing row (财政部门审核意见, 说明 | 无).
    if (placed[0]?.column === 0 && (isTableEnd(placed[0].text) || (!roles.includes('goal') && matchGoalName(placed[0].text) !== null))) break;
    if (placed[0]?.column !== 0) isFormLabelDone = true;
    blanks = 0;
    last = index;
    for (const cell of placed) pieces.push({ line: index, column: cell.column, text: cell.text });
    // A total in the first column (总分 | … | 100 | 96.6) is the table's last row: what follows is rows
    // of their own (偏差原因, 自评结论), whichever column they start in.
    if (placed[0]?.column === 0 && isTotal(placed[0].text)) break;
  }
  return { header, columns, roles, last, pieces, subHeader, words };
}

/** Roles whose columns hold a row's own cells, never a header word's sub-columns. */
const ROW_CELL_ROLES = new Set(['goal', 'level1', 'level2', 'name', 'content', ...ANCHOR_ROLES]);

/**
 * A line of words right under the header that splits one header word into sub-columns (偏差原因分析 over
 * 经费保障 / 制度保障 / 人员保障 …, each ticked √ in a row): two words or more under one column, no figure, and
 * nothing under a column of the rows' own cells (levels, name, values).
 */
function isSubColumnWords(placed: ReadonlyArray<{ text: string; column: number }>, roles: ReadonlyArray<string | null>): boolean {
  if (placed.length < 2 || placed.some((cell) => /\d/.test(cell.text))) return false;
  if (placed.some((cell) => ROW_CELL_ROLES.has(roles[cell.column] ?? '')) && !isNameSubColumns(placed, roles)) return false;
  return placed.some((cell, index) => index > 0 && placed[index - 1]?.column === cell.column);
}

/**
 * Words of the rows' own columns under a name column's word (指标名称 over 二级指标 / 三级指标, a 申报表's sub-header):
 * the name column is parted into them, each of its own role.
 */
function isNameSubColumns(placed: ReadonlyArray<{ text: string; column: number }>, roles: ReadonlyArray<string | null>): boolean {
  return placed.every((cell) => NAME_ROLES.has(roles[cell.column] ?? '') && ROW_CELL_ROLES.has(matchColumnRole(cell.text) ?? ''));
}

/** Roles of a header word that may stand over the rows' own sub-columns (指标名称 over 二级指标 / 三级指标). */
const NAME_ROLES = new Set(['name', 'content']);

/**
 * The header column each word of a sub-column line stands under: the last whose word starts at or before it (a
 * header word over sub-columns starts over the first of them, or is centred right of it: then the word falls
 * under a value column left of it, which has no sub-columns, and goes to the next).
 */
function placeSubColumnWords(line: string, header: Header): Array<{ text: string; start: number; end: number; column: number }> {
  return cutAtSpaceRuns(line).map((cell) => {
    let column = 0;
    header.columns.forEach((candidate, index) => {
      if (candidate.start <= cell.start + 1) column = index;
    });
    if (ANCHOR_ROLES.has(header.roles[column] ?? '') && column + 1 < header.columns.length) column += 1;
    return { ...cell, column };
  });
}

/** The column whose figures mark the rows' middle lines, or -1. */
function findAnchorColumn(table: Table, headerRoles: ReadonlyArray<string | null>): { column: number; pattern: RegExp } | -1 {
  for (const pattern of [PLAIN_NUMBER, VALUE_OPENING]) {
    let best = -1;
    let bestCount = 0;
    headerRoles.forEach((role, column) => {
      if (role === null || !ANCHOR_ROLES.has(role)) return;
      const own = table.pieces.filter((piece) => piece.column === column);
      const matching = own.filter((piece) => pattern.test(folded(piece.text))).length;
      // A figure column holds figures only; a value column values and words (健全, 达到预期).
      // (A goal's values may all be words: its value column anchors still, values first.)
      const isAnchor = pattern === PLAIN_NUMBER ? matching === own.length && matching > 0 : own.length > 0;
      const count = pattern === PLAIN_NUMBER ? matching : matching * table.pieces.length + own.length;
      if (isAnchor && count > bestCount) {
        best = column;
        bestCount = count;
      }
    });
    if (best >= 0) return { column: best, pattern };
  }
  return -1;
}

/**
 * The rows' middle lines: the lines of the anchor column's figures. In a value column a piece that opens
 * no value is a row's too (健全, 达到预期), unless it is the rest of the words above it: within two lines
 * of them, under a line about as wide as the column (a value that wrapped fills its column).
 */
function findAnchorLines(table: Table, anchor: { column: number; pattern: RegExp }, centres = new Map<number, number>()): number[] {
  // A total's line is its row's whatever columns its figures stand in (合计 | 100 | 96.5 packed left).
  const totals = table.pieces.filter((piece) => isTotal(piece.text)).map((piece) => piece.line);
  const withTotals = (lines: readonly number[]): number[] => [...new Set([...lines, ...totals])].sort((one, other) => one - other);
  return withTotals(findFigureLines(table, anchor, centres));
}

/**
 * The anchor column's figure lines; `centres` gets the middle of a row whose figure's unit wrapped under it
 * ("≥5600" / "户": half a line below the figure's line, the row's other cells centred there too).
 */
function findFigureLines(table: Table, anchor: { column: number; pattern: RegExp }, centres: Map<number, number>): number[] {
  const own = table.pieces.filter((piece) => piece.column === anchor.column);
  if (anchor.pattern === PLAIN_NUMBER) return [...new Set(own.filter((piece) => PLAIN_NUMBER.test(folded(piece.text))).map((piece) => piece.line))];
  const widest = Math.max(0, ...own.map((piece) => displayWidth(piece.text)));
  const lines: number[] = [];
  own.forEach((piece, place) => {
    const above = own[place - 1];
    // (A value that opens with its number is whole: what wraps in a value column is a sentence.)
    // Short words stacked (达到预期 / 持续提升) are two rows' values: the column must be wide enough to wrap.
    const isRest =
      above !== undefined &&
      piece.line - above.line <= 2 &&
      widest >= MIN_WRAPPING_VALUE_WIDTH &&
      !VALUE_OPENING.test(folded(piece.text)) &&
      !VALUE_OPENING.test(folded(above.text)) &&
      displayWidth(above.text) >= wrapWidth(widest);
    // A figure's unit wrapped under it ("≥120 万" / "亩"): the value's two lines, centred on the row's middle.
    if (above !== undefined && piece.line - above.line <= 2 && lines.at(-1) === above.line && isWrappedUnit(folded(above.text), folded(piece.text))) {
      const centre = (above.line + piece.line) / 2;
      lines[lines.length - 1] = Math.floor(centre);
      centres.set(Math.floor(centre), centre);
      return;
    }
    if (!isRest && lines.at(-1) !== piece.line) lines.push(piece.line);
  });
  return lines;
}

/**
 * The lines of rows that leave the anchor column empty: a unit's own row above its projects' (松阳县图书馆 | 58.00, no
 * indicator) in a column of figures no header word names a role of. Such a line holds pieces only in columns of no role, one
 * of them a figure, in a column whose other figures all stand on anchor lines (one figure a row, never centred over rows as
 * a level's 分值 is). Like a total's, the row is its own: no label spans across it.
 */
function findFigureOnlyLines(table: Table, anchors: readonly number[]): number[] {
  const anchorLines = new Set(anchors);
  const byLine = new Map<number, Piece[]>();
  // Per column: its pieces, those on anchor lines, and whether all are figures.
  const columns = table.columns.map(() => ({ pieces: 0, onAnchors: 0, figures: 0 }));
  for (const piece of table.pieces) {
    const own = byLine.get(piece.line);
    if (own === undefined) byLine.set(piece.line, [piece]);
    else own.push(piece);
    const column = columns[piece.column];
    if (column === undefined) continue;
    column.pieces += 1;
    if (anchorLines.has(piece.line)) column.onAnchors += 1;
    if (PLAIN_NUMBER.test(folded(piece.text))) column.figures += 1;
  }
  // (At least half its figures on the rows' lines: one a row.)
  const isFigureColumn = (index: number): boolean => {
    const column = columns[index];
    return column !== undefined && column.figures === column.pieces && column.onAnchors * 2 >= column.pieces;
  };
  return [...byLine].flatMap(([line, pieces]) => {
    if (anchorLines.has(line) || pieces.some((piece) => table.roles[piece.column] != null)) return [];
    const figures = pieces.filter((piece) => PLAIN_NUMBER.test(folded(piece.text)));
    return figures.length > 0 && figures.length < pieces.length && figures.every((piece) => isFigureColumn(piece.column)) ? [line] : [];
  });
}

/** A name cell left to be filled in: 指标1： with no name after it (a form's row kept for an indicator the unit did not set). */
const NAME_PLACEHOLDER = /^指标\d{1,2}[:：]$/;

/**
 * The lines of placeholder rows (指标1： in the name column, nothing right of it): a row of no figure, its 二级 centred on it
 * (经济效益指标 over 指标1：), not the rest of the next row's name.
 */
function findPlaceholderLines(table: Table, anchors: readonly number[]): number[] {
  const nameColumn = table.roles.findIndex((role) => role === 'name' || role === 'content');
  if (nameColumn < 0) return [];
  const anchorLines = new Set(anchors);
  const rightOfName = new Set(table.pieces.filter((piece) => piece.column > nameColumn).map((piece) => piece.line));
  return table.pieces
    .filter((piece) => piece.column === nameColumn && NAME_PLACEHOLDER.test(folded(piece.text)) && !anchorLines.has(piece.line) && !rightOfName.has(piece.line))
    .map((piece) => piece.line);
}

/** The table's rows as cells, each at its middle line; null when the table has no anchor or no wrapped row. */
interface JoinedRows {
  /** Each row's cells, by its middle line. */
  rows: Map<number, string[]>;
  /** The first line under the table's last row that belongs to no row (a label of the rows under the table), or null. */
  overflow: number | null;
}

/**
 * `isContinued`: the table goes on from the one above it after a page break (its header repeated), so a
 * label cell the break cut leaves its next page's first rows empty.
 */
function joinRows(table: Table, lines: readonly string[], isWrappedText: boolean, isContinued = false, pageStarts: readonly number[] = []): JoinedRows | null {
  const { roles } = table;
  const anchor = findAnchorColumn(table, roles);
  if (anchor === -1) return null;
  const centreOf = new Map<number, number>();
  const valueLines = findAnchorLines(table, anchor, centreOf);
  const figureOnlyLines = findFigureOnlyLines(table, valueLines);
  const anchors = [...valueLines, ...figureOnlyLines, ...findPlaceholderLines(table, valueLines)].sort((one, other) => one - other);
  if (anchors.length === 0) return null;
  const named = roles.findIndex((role) => role === 'name' || role === 'content');
  const lastLevel = roles.findLastIndex((role) => role === 'level1' || role === 'level2' || role === 'goal');
  const nameColumn = named >= 0 ? named : lastLevel + 1;
  const rows = anchors.map(() => Array<string[]>(table.columns.length).fill([]).map(() => [] as string[]));
  const bottoms = [...anchors];
  // Columns from the name on: a row takes what lies above its middle line and as much below it; a row a page cut,
  // what lies below it to the page's end and at the next page's top.
  const middles = anchors.map((line) => centreOf.get(line) ?? line);
  const rowLines = [...new Set(table.pieces.filter((piece) => piece.column >= nameColumn).map((piece) => piece.line))].sort((one, other) => one - other);
  const cutRows = findCutRows(middles, rowLines, pageStarts);
  for (let column = nameColumn; column < table.columns.length; column += 1) {
    placeAroundMiddles(
      table.pieces.filter((piece) => piece.column === column),
      middles,
      (row, piece) => {
        rows[row]?.[column]?.push(piece.text);
        bottoms[row] = Math.max(bottoms[row] as number, piece.line);
      },
      cutRows,
    );
  }
  // Centred cells: some piece off the figures' lines opens a cell (nothing above it in its column). In a table
  // whose cells are top-aligned (every cell's first line on the row's first line) every such piece goes on
  // the piece above it; that table, and one that did not wrap, the fixed-width readers take
  // (grid/detectors/wrapped-cell-lines.ts).
  const anchorLines = new Set(anchors);
  const written = new Set([...table.pieces.map((piece) => `${piece.line}:${piece.column}`), ...table.columns.map((_, column) => `${table.header}:${column}`)]);
  // (A table after one that wrapped is the same page's: its rows are joined though none of them wrapped.)
  // (The line above is the table's last written one: a blank line between rows is no gap in a cell.)
  const writtenLines = [table.header, ...new Set(table.pieces.map((piece) => piece.line))];
  const lineAbove = new Map(writtenLines.slice(1).map((line, place) => [line, writtenLines[place] as number]));
  const isCentred = table.pieces.some((piece) => !anchorLines.has(piece.line) && !written.has(`${lineAbove.get(piece.line) ?? piece.line - 1}:${piece.column}`));
  if (!isCentred && !isWrappedText) return null;
  // A row whose middle line has a label that is no level word (预算执行率, 合计) in a label column: that cell
  // spans the label columns right of it.
  // (Alone on that line among the labels: an unlisted 一级 beside its 二级 or its weight is no such cell. A 序号's row
  // number beside it is the row's own cell, no label.)
  const middleRow = new Map(anchors.map((middle, row) => [middle, row]));
  const middleLabels = anchors.map((): Piece[] => []);
  for (const piece of table.pieces) {
    const row = middleRow.get(piece.line);
    if (row !== undefined && piece.column < nameColumn && !(roles[piece.column] === 'sequence' && ROW_NUMBER.test(folded(piece.text)))) middleLabels[row]?.push(piece);
  }
  // (In the 一级 column only: a band column's label left of the levels, 共性指标（30分）, spans rows, not columns.)
  // (And a cell of one line: a wrapped 一级's piece, "10分）", has its other line within two lines; a whole level word
  // there is another row's own 一级, written in every row, no line of this cell.)
  const placed = new Set(table.pieces.filter((piece) => !isLevelWord(piece.text)).map((piece) => `${piece.line}:${piece.column}`));
  const hasNeighbour = (piece: Piece): boolean => [-2, -1, 1, 2].some((offset) => placed.has(`${piece.line + offset}:${piece.column}`));
  const wideLabelColumn = middleLabels.map((labels) => {
    const only = labels.length === 1 ? (labels[0] as Piece) : null;
    const isWide = only !== null && roles[only.column] === 'level1' && !isLevelWord(only.text) && !PLAIN_NUMBER.test(folded(only.text)) && !hasNeighbour(only);
    return isWide ? only.column : Number.POSITIVE_INFINITY;
  });
  // A total's row: its figures in the label columns (a level's 分值 column) are its own.
  // (A subtotal's row too: 小计 | | | 50 | 47 closes the level above it, and the next level opens under it.)
  // (And a row of figures only, findFigureOnlyLines.)
  const sumRows = new Set(middleLabels.flatMap((labels, row) => (labels.some((piece) => isSum(piece.text)) || figureOnlyLines.includes(anchors[row] as number) ? [row] : [])));
  const totalLines = new Set([...sumRows].map((row) => anchors[row] as number));
  const topOf = (row: number): number => (row === 0 ? table.header + 1 : (bottoms[row - 1] as number) + 1);
  // Label columns (goal, 一级, 二级 left of the name): each cell centred over the rows it spans. From the
  // name leftwards: a 二级's lines below its row's figures make the row taller for the 一级 around it.
  // Rows a page break comes right before: more blank lines than a row's padding, or a page's number, above them.
  // (And the row after one a page cut.)
  const pageBreakBefore = new Set<number>([...(isContinued ? [0] : []), ...[...cutRows.keys()].map((row) => row + 1)]);
  anchors.forEach((middle, row) => {
    if (row === 0) return;
    let blankRun = 0;
    for (let line = (anchors[row - 1] as number) + 1; line < middle; line += 1) {
      const text = lines[line] as string;
      blankRun = text.trim() === '' ? blankRun + 1 : 0;
      if (blankRun > 1 || isPageBreakLine(text)) pageBreakBefore.add(row);
    }
  });
  const breakRows = [...pageBreakBefore].sort((one, other) => one - other);
  const halfLines = new Set([...centreOf.values()].filter((centre) => Number.isInteger(centre)));
  // A 序号 column left of the labels numbers each row on the row's middle line: that number is the row's own
  // cell (a one-line cell, centred like its figures), never a label spanning rows nor the start of one.
  const rowNumbers = new Set(
    table.pieces.filter((piece) => roles[piece.column] === 'sequence' && piece.column < nameColumn && middleRow.has(piece.line) && ROW_NUMBER.test(folded(piece.text))),
  );
  for (const piece of rowNumbers) rows[middleRow.get(piece.line) as number]?.[piece.column]?.push(piece.text);
  const level2Column = roles.indexOf('level2');
  // Whether the 二级 written on `row` (its span's first) stands under the 一级 `group`.
  const standsUnder = (row: number, group: Level1Key | undefined): boolean => {
    const level2Name = joinWrappedPieces(rows[row]?.[level2Column] ?? []);
    const parent = findLevel2Parent(level2Name);
    return parent !== null && group !== undefined && mayStandUnder({ own: parent, group, isGroupWritten: true, level2Name });
  };
  let innerEnds = new Set<number>();
  let overflow: number | null = null;
  // The label cells as the merged reading spans them (their first and last rows).
  const labelCells: Array<{ column: number; row: number; lastRow: number }> = [];
  const rowsBottom = Math.max(...bottoms);
  // How many written lines stand between the header and each line of the table (blank lines left out).
  const writtenBefore: number[] = [];
  for (let line = table.header, count = 0; line <= table.last + 1; line += 1) {
    writtenBefore.push(count);
    if ((lines[line] ?? '').trim() !== '') count += 1;
  }
  const writtenAt = (line: number): number => writtenBefore[line - table.header] ?? line - table.header;
  for (let column = nameColumn - 1; column >= 0; column -= 1) {
    const spanEnds = new Set<number>();
    const innerLast = innerEnds.size > 0 ? Math.max(...innerEnds) : null;
    const own = table.pieces.filter((piece) => piece.column === column && !rowNumbers.has(piece));
    // A span's top is its first row's first line holding this column or one right of it (an outer
    // label's line between two rows is no part of either).
    // (A line between a figure's two lines, "≥120 万" / "亩", stands half a line below the first: no line of a span's
    // own, unless this column writes on it.)
    const ownLines = new Set(own.map((piece) => piece.line));
    const innerLines = [...new Set([...anchors, ...table.pieces.filter((piece) => piece.column >= column).map((piece) => piece.line)])]
      .filter((line) => !halfLines.has(line) || ownLines.has(line))
      .sort((one, other) => one - other);
    const rankOf = new Map(innerLines.map((line, rank) => [line, rank]));
    // The mirror of `line` around the middle of `first` and `last` (below `top`), counted in the lines this
    // column and those right of it write: an outer label's line between two rows is no part of the span.
    const mirror = (top: number, firstLine: number, lastLine: number): number => {
      const rank = (rankOf.get(firstLine) ?? 0) + (rankOf.get(lastLine) ?? 0) - (rankOf.get(top) ?? 0);
      return innerLines[Math.min(Math.max(rank, 0), innerLines.length - 1)] as number;
    };
    // Where the cell from `firstLine` to `lastLine` ends (see mirror), unless that reaches `next`, the column's next piece,
    // a whole level word (another cell: a goal's next line is its own cell's): a cell centred over an even count of lines
    // stands between two and pdftotext rounds it down a line, so its mirror runs a line past its span (数量指标 over a row
    // of a name wrapped over two lines around its figures and a row of one); then the line before the mirror's, where that
    // stays above the next piece.
    const spanEnd = (top: number, firstLine: number, lastLine: number, next: Piece | undefined): number => {
      const end = mirror(top, firstLine, lastLine);
      if (next === undefined || next.line > end || !isLevelWord(next.text)) return end;
      const before = innerLines[Math.max((rankOf.get(end) ?? 0) - 1, 0)] as number;
      return next.line > before && before >= lastLine ? before : end;
    };
    let inner = 0;
    const topAt = (row: number): number => {
      const from = topOf(row);
      while (inner < innerLines.length && (innerLines[inner] as number) < from) inner += 1;
      return Math.min(innerLines[inner] ?? from, anchors[row] as number);
    };
    let place = 0;
    let firstRow = 0;
    // The row a total stands in: the last whose middle line is not below it (pieces come in line order).
    let totalRow = 0;
    const lastRowUpTo = (line: number): number => {
      let row = firstRow;
      while (row + 1 < anchors.length && (anchors[row + 1] as number) <= line) row += 1;
      return row;
    };
    let isClosed = false;
    let previousEnd = -1;
    // The cell before's first row, its last piece's line and its 一级 (a cell a page break cut, below).
    let previousFirst = -1;
    let previousLine = -1;
    let previousKey: Level1Key | undefined;
    // How many of the pieces from `place` on make the cell opening at `row` (its span's top line `top`).
    // (`fits`: the cell ended with a row before the next piece; not when it ran out of lines, nor when it took in a
    // level word of its own, 组织实施 / 数量指标 joined for want of a row to end at.)
    // (`ownCount`: its lines before such a level word.)
    const countCellLines = (row: number, top: number): { count: number; fits: boolean; ownCount: number } => {
      const first = own[place] as Piece;
      let count = 1;
      let ownCount = 0;
      while (count < MAX_LABEL_LINES) {
        if (place + count >= own.length) return { count, fits: ownCount === 0, ownCount: ownCount || count };
        const nextPiece = own[place + count] as Piece;
        const end = spanEnd(top, first.line, (own[place + count - 1] as Piece).line, nextPiece);
        // The span ends with a row (within the line a centre between two lines rounds to), before the next piece.
        // (A row a page cut runs on to the next page's top: a span ending in it ends there once it reaches its middle.)
        const endRow = lastRowUpTo(end);
        const reachesEnd = end >= (bottoms[endRow] as number) - 1 || (cutRows.has(endRow) && end >= (anchors[endRow] as number));
        const fits = end >= (anchors[row] as number) && nextPiece.line > end && reachesEnd;
        if (isSum(nextPiece.text) || totalLines.has(nextPiece.line)) return { count, fits: ownCount === 0, ownCount: ownCount || count };
        const sofar = joinWrappedPieces(own.slice(place, place + count).map((piece) => piece.text));
        const continues = continuesLevel(sofar, nextPiece.text) || continuesSentence(roles[column] ?? null, sofar, (own[place + count - 1] as Piece).line, nextPiece);
        if (fits && !continues) return { count, fits: ownCount === 0, ownCount: ownCount || count };
        if (!continues && isLevelWord(nextPiece.text) && ownCount === 0) ownCount = count;
        count += 1;
      }
      return { count, fits: false, ownCount: ownCount || count };
    };
    while (place < own.length) {
      const first = own[place] as Piece;
      // A label under the last row once every row's label closed (财政部门审核意见 under the table, a note's
      // line) is no part of the table: the table ends above it.
      // (Below every line the rows' own cells write, a label opens no cell: 其他说明的问题 under a band column.)
      const isBelowRows = (isClosed || first.line > rowsBottom) && !isSum(first.text) && !totalLines.has(first.line) && first.line > (bottoms.at(-1) as number);
      if (isBelowRows) {
        overflow = Math.min(overflow ?? first.line, first.line);
        break;
      }
      // A total (总分) in a label column is its own row's, the row it stands in.
      if (isSum(first.text) || totalLines.has(first.line)) {
        while (totalRow + 1 < anchors.length && (anchors[totalRow + 1] as number) <= first.line) totalRow += 1;
        const row = totalRow;
        (rows[row]?.[column] as string[]).push(first.text);
        place += 1;
        if (row >= firstRow && row + 1 < anchors.length) firstRow = row + 1;
        continue;
      }
      // The labels tile the rows: a span opens at the row after the last one's, not at a row a label
      // left of this column spans across (预算执行率 over the 一级 and the 二级).
      while (firstRow < anchors.length - 1 && ((wideLabelColumn[firstRow] as number) < column || sumRows.has(firstRow))) firstRow += 1;
      // A cell a page break cut: its text stays on the first page, so the rows at the next page's top
      // that this piece stands below are the cell before's (产出指标 over a row on each page).
      // Of the rows the piece could be centred over, the cell opens at the last that fits its mirror.
      // (The break may come a few rows on: a cell centred over its first page's rows alone, 产出指标 over two of its four.)
      // (Or the break came inside the cell before's span, its text all above the break: 过程 over two rows on page one and
      // three on page two, its last 二级 carried over the break; the rows after that 二级 are still the cell before's.)
      const crossed = previousFirst >= 0 ? breakRows[firstAtLeast(breakRows, previousFirst + 1)] : undefined;
      const isCrossed = crossed !== undefined && crossed < firstRow && previousLine < (anchors[crossed] as number);
      const breakBelow = isCrossed ? crossed : breakRows[firstAtLeast(breakRows, firstRow)];
      if (previousEnd === firstRow - 1 && breakBelow !== undefined && breakBelow <= lastRowUpTo(first.line)) {
        const key = findLevel1Entry(first.text)?.key;
        let opening = firstRow;
        // (Rows up to the middle of the cell the piece opens at the first row: the two lines 效益指标30 / 分 stand around
        // their one row's middle, below the cut row before it.)
        const { ownCount } = countCellLines(firstRow, topAt(firstRow));
        const middle = (first.line + (own[place + ownCount - 1] as Piece).line) / 2;
        for (let row = firstRow; row < anchors.length && (anchors[row] as number) <= middle && topOf(row) <= first.line && !sumRows.has(row); row += 1) {
          const from = topOf(row);
          const top = Math.min(innerLines[firstAtLeast(innerLines, from)] ?? from, anchors[row] as number);
          const { count, fits } = countCellLines(row, top);
          const next = own[place + count];
          const end = spanEnd(top, first.line, (own[place + count - 1] as Piece).line, next);
          // (Where the column right of it has spans, the cell opens after one of them and ends with one: 25 over 项目管理's rows.)
          const isAligned = innerEnds.size === 0 || (innerEnds.has(row - 1) && innerEnds.has(lastRowUpTo(end)));
          if (fits && isAligned && end >= (anchors[row] as number) && (next === undefined || next.line > end) && end >= (bottoms[lastRowUpTo(end)] as number) - 1) opening = row;
          // A row whose 二级 stands under this 一级 and not under the one before is this cell's: it opens there at the latest
          // (数量指标 under 产出指标, centred on 质量指标's line, is no row of 过程's).
          if (level2Column > column && standsUnder(row, key) && !standsUnder(row, previousKey)) break;
        }
        for (; firstRow < opening; firstRow += 1) {
          spanEnds.delete(firstRow - 1);
          spanEnds.add(firstRow);
        }
      }
      // A cell whose mirror from this row runs more than a line past the table's last line is centred over rows further down: the rows
      // above it leave this column empty (a 一级 with no 二级 over its rows, 服务对象满意度指标 under the last 一级 only).
      // Each row left empty is a span of its own (the column left of it ends there as well).
      const overruns = (row: number): boolean => {
        const { count: lineCount } = countCellLines(row, topAt(row));
        const lastLine = (own[place + lineCount - 1] as Piece).line;
        // (In lines, not the mirror's ranks: a cell centred over the last rows stands as far above their bottom as below their
        // top. One line past it is a centre rounded down between two lines: 产出指标 over three one-line rows.)
        // (Written lines: a blank line between two rows, a padded row's, is no height of the cell's: 职能2 after one.)
        return writtenAt(first.line) + writtenAt(lastLine) - writtenAt(topAt(row)) > writtenAt(innerLines.at(-1) as number) + 1;
      };
      while (firstRow + 1 < anchors.length && !sumRows.has(firstRow + 1) && (anchors[firstRow + 1] as number) <= first.line + MAX_LABEL_LINES && overruns(firstRow)) {
        spanEnds.add(firstRow);
        firstRow += 1;
      }
      const top = topAt(firstRow);
      const { count } = countCellLines(firstRow, top);
      const cellPieces = own.slice(place, place + count);
      const end = spanEnd(top, first.line, (cellPieces.at(-1) as Piece).line, own[place + count]);
      (rows[firstRow]?.[column] as string[]).push(joinWrappedPieces(cellPieces.map((piece) => piece.text)));
      let lastRow = firstRow;
      const isOpenRow = (row: number): boolean => row < anchors.length && !sumRows.has(row);
      while (isOpenRow(lastRow + 1) && (anchors[lastRow + 1] as number) <= end) lastRow += 1;
      // A 一级 ends where one of its 二级 ends (a 二级 merged over two rows puts its line between them,
      // a line the mirror cannot see).
      // (Not a label spanning its row's label columns, 预算执行率: it is its own row's only.)
      const isWideCell = (wideLabelColumn[firstRow] as number) <= column && cellPieces.length === 1 && first.line === anchors[firstRow];
      while (!isWideCell && innerEnds.size > 0 && !innerEnds.has(lastRow) && isOpenRow(lastRow + 1) && lastRow < (innerLast ?? -1)) lastRow += 1;
      // A 一级 centred over an even count of rows stands between two lines, and pdftotext rounds it up: its mirror
      // then leaves out its last row. The row after takes it when that row's 二级 is one of this 一级's and none of
      // the next 一级's (成本指标 under 产出指标, 效益指标 below), and the next 一级 still stands below it.
      const label = findLevel1Entry(joinWrappedPieces(cellPieces.map((piece) => piece.text)))?.key;
      const following = own[place + count];
      const followingKey = following === undefined ? undefined : findLevel1Entry(following.text)?.key;
      while (
        label !== undefined &&
        level2Column > column &&
        isOpenRow(lastRow + 1) &&
        firstAtLeast(innerLines, anchors[lastRow + 1] as number) <= firstAtLeast(innerLines, end) + 1 &&
        (following === undefined || following.line > (anchors[lastRow + 1] as number)) &&
        standsUnder(lastRow + 1, label) &&
        !standsUnder(lastRow + 1, followingKey)
      ) {
        lastRow += 1;
      }
      spanEnds.add(lastRow);
      labelCells.push({ column, row: firstRow, lastRow });
      bottoms[lastRow] = Math.max(bottoms[lastRow] as number, (cellPieces.at(-1) as Piece).line);
      previousFirst = firstRow;
      previousLine = (cellPieces.at(-1) as Piece).line;
      previousKey = label;
      previousEnd = lastRow;
      firstRow = lastRow + 1;
      place += count;
      if (firstRow >= anchors.length) {
        firstRow = anchors.length - 1;
        isClosed = true;
      }
    }
    if (spanEnds.size > 0) innerEnds = spanEnds;
  }
  // Levels written once, at their run's first row (a spreadsheet's cells left empty below, no merge): each is its own row's
  // cell, centred on that row as a name is, and centred over rows it would put a 二级 under another 一级 (质量指标 under 效益指标).
  const level1Column = roles.indexOf('level1');
  // (Or where a 二级's span runs past the end of the 一级's it opens under: merged cells nest, so the merged reading is wrong.
  // A page break cut 产出指标's rows, so no 二级 fell under another 一级, but 质量指标, on its own row's line, opened a row early.)
  const spansOf = (column: number) => labelCells.filter((cell) => cell.column === column);
  const isUnnested = spansOf(level2Column).some((inner) =>
    spansOf(level1Column).some((outer) => outer.row <= inner.row && inner.row <= outer.lastRow && outer.lastRow < inner.lastRow),
  );
  if (level1Column >= 0 && level2Column > level1Column && (isUnnested || countMisplacedLevels(rows, level1Column, level2Column) > 0)) {
    const ownRows = placeLevelsOnOwnRows(table, middles, cutRows, rows, [level1Column, level2Column]);
    if (ownRows !== null && countMisplacedLevels(ownRows, level1Column, level2Column) === 0) rows.splice(0, rows.length, ...ownRows);
  }
  return { rows: new Map(anchors.map((middle, row) => [middle, (rows[row] as string[][]).map((cell) => joinWrappedPieces(cell))])), overflow };
}

/**
 * The rows with the level columns' pieces placed as a name column's are (each row's cell centred on its middle line), or null
 * when a cell so placed is no level word (nor a total).
 */
function placeLevelsOnOwnRows(
  table: Table,
  middles: readonly number[],
  cutRows: ReadonlyMap<number, number>,
  rows: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  columns: readonly number[],
): string[][][] | null {
  const placed = rows.map((cells) => cells.map((cell, column) => (columns.includes(column) ? [] : [...cell])));
  for (const column of columns) {
    placeAroundMiddles(
      table.pieces.filter((piece) => piece.column === column),
      middles,
      (row, piece) => placed[row]?.[column]?.push(piece.text),
      cutRows,
    );
  }
  const isLevelCell = (pieces: readonly string[]): boolean => {
    const text = joinWrappedPieces([...pieces]);
    return text === '' || isLevelWord(text) || isSum(text);
  };
  return placed.every((cells) => columns.every((column) => isLevelCell(cells[column] ?? []))) ? placed : null;
}

/** How many rows hold a 二级 (written or filled down) that stands under no 一级 written or filled down beside it. */
function countMisplacedLevels(rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, level1Column: number, level2Column: number): number {
  let group: Level1Key | undefined;
  let level2Name = '';
  let misplaced = 0;
  for (const cells of rows) {
    const level1 = joinWrappedPieces([...(cells[level1Column] ?? [])]);
    const level2 = joinWrappedPieces([...(cells[level2Column] ?? [])]);
    if (level1 !== '') {
      group = findLevel1Entry(level1)?.key;
      level2Name = '';
    }
    if (level2 !== '') level2Name = level2;
    const parent = level2Name === '' ? null : findLevel2Parent(level2Name);
    if (parent !== null && group !== undefined && !mayStandUnder({ own: parent, group, isGroupWritten: true, level2Name })) misplaced += 1;
  }
  return misplaced;
}

/** The index of the first of the sorted `values` at least `value` (binary search). */
function firstAtLeast(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A table whose cells wrapped at the top of their rows: pieces off its anchor lines, each under a piece of the line above it in its column. */
function isTopAlignedWrapped(table: Table): boolean {
  const anchor = findAnchorColumn(table, table.roles);
  if (anchor === -1) return false;
  const anchorLines = new Set(findAnchorLines(table, anchor));
  return anchorLines.size > 0 && table.pieces.some((piece) => !anchorLines.has(piece.line));
}

/** The table cut before `line` (its lines from there on are rows of their own). */
function cutTableBefore(table: Table, line: number): Table {
  const pieces = table.pieces.filter((piece) => piece.line < line);
  return { ...table, pieces, last: Math.max(table.header, ...pieces.map((piece) => piece.line)) };
}

/**
 * `lines` with every wrapped fixed-width indicator table written as tab rows (line count kept); other texts as they are.
 * `pageStarts`: the lines that open a page after the first (a row a page cut runs on over them).
 */
export function joinLayoutWrappedRows(lines: readonly string[], pageStarts: readonly number[] = [], isWrappedText = false): string[] {
  let written: string[] | null = null;
  // (Whether a table's rows were joined: a table after one that wrapped is the same page's.)
  let hasJoinedTable = isWrappedText;
  // A table left as it is (none of its cells wrapped), and whether a table its page break continues wrapped: then the
  // text is read again, that first page joined too (产出指标 over three one-line rows on page one, the wrapped rows on page two).
  let unjoined: { last: number; words: string } | null = null;
  let isContinuedWrapped = false;
  let previousLast = -1;
  let previousWords = '';
  const pageStartSet = new Set(pageStarts);
  const firstHeader = lines.findIndex((line, index) => readHeaderColumns(line) !== null || readBandHeader(lines, index) !== null);
  for (let index = Math.max(0, firstHeader); firstHeader >= 0 && index < lines.length; index += 1) {
    const header = readHeader(lines, index);
    if (header === null) continue;
    // (A band header is read at its line of column words and written on its last line.)
    const bandFirst = header.firstLine ?? header.line;
    index = header.line;
    const { columns } = header;
    let table = readTable(lines, header, pageStartSet);
    // (A header repeated after a page break, only blank lines and the page's number between: the same table goes on.)
    const between = lines.slice(previousLast + 1, header.upper === null ? bandFirst : (header.upperLine ?? index - 1));
    const isContinued = previousLast >= 0 && previousWords === table.words.join('\t') && between.every((line) => line.trim() === '' || isPageBreakLine(line));
    let joined = joinRows(table, lines, hasJoinedTable, isContinued, pageStarts);
    if (joined?.overflow != null) {
      table = cutTableBefore(table, joined.overflow);
      joined = joinRows(table, lines, hasJoinedTable, isContinued, pageStarts);
    }
    if (joined == null && !isTopAlignedWrapped(table)) unjoined = { last: table.last, words: table.words.join('\t') };
    if (joined == null) {
      // A top-aligned table is the fixed-width readers' (joinRows); its rows above, wrapped at the top of their cells too, are put back here.
      const aboveTopAligned = isTopAlignedWrapped(table) ? joinBlockAbove(lines, header.upper === null ? bandFirst : (header.upperLine ?? index - 1), previousLast + 1, true) : null;
      if (aboveTopAligned !== null) {
        written ??= [...lines];
        for (const [line, row] of aboveTopAligned) written[line] = row;
      }
      // (The next table's rows above start under this one: its lines are no rows above a header.)
      if (isTopAlignedWrapped(table)) previousLast = table.last;
      continue;
    }
    const { rows } = joined;
    if (!hasJoinedTable && unjoined !== null && unjoined.words === table.words.join('\t')) {
      isContinuedWrapped = lines.slice(unjoined.last + 1, header.upper === null ? bandFirst : (header.upperLine ?? index - 1)).every((line) => line.trim() === '' || isPageBreakLine(line));
    }
    hasJoinedTable = true;
    written ??= [...lines];
    // The rows above the table's header (after the table before it) wrapped as its rows did.
    const top = header.upper === null ? bandFirst : (header.upperLine ?? index - 1);
    for (const [line, row] of joinBlockAbove(lines, top, previousLast + 1) ?? []) written[line] = row;
    previousLast = table.last;
    previousWords = table.words.join('\t');
    written[index] = table.words.join('\t');
    for (let line = bandFirst; line < index; line += 1) written[line] = '';
    if (header.upper !== null) written[top] = header.upper.join('\t');
    for (let line = index + 1; line <= table.last; line += 1) written[line] = rows.get(line)?.join('\t') ?? (isPageBreakLine(lines[line] as string) ? (lines[line] as string) : '');
    // The rows under the table (a grade, a conclusion, a reason) wrapped as its rows did.
    for (const [line, row] of joinBlockBelow(lines, table.last + 1, { isEnd: isBlockEnd, isHeader: (line) => readHeaderColumns(line) !== null, firstColumnEnd: boundaryOf(columns, 1) }) ?? []) written[line] = row;
    if (table.subHeader.length > 0) {
      const cells = table.columns.map(() => [] as string[]);
      for (const piece of table.subHeader) cells[piece.column]?.push(piece.text);
      written[(table.subHeader[0] as Piece).line] = cells.map((cell) => cell.join(' ')).join('\t');
    }
    index = table.last;
  }
  if (isContinuedWrapped) return joinLayoutWrappedRows(lines, pageStarts, true);
  return written ?? [...lines];
}
