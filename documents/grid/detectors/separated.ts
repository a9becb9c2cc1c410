/**
 * Detectors for tables whose cells are separated on each line: by tabs (samples 001, 002), by `|`
 * (Markdown tables; `|---|` rule lines skipped), or by runs of two or more spaces (fixed-width
 * dumps). One row per non-blank line; empty cells keep their column.
 */
import { indicatorValueRoles, matchColumnRole, type ColumnRole } from '../../vocabulary/columns.ts';
import { matchGoalName } from '../goal-names.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import type { LayoutDetector } from './types.ts';
import { fitFromColumn, fitOfCell, fitOfPlacement, placeByFit } from '../typed-fit.ts';
import { isUnlistedLevel2Word } from './unlisted-level2-line.ts';
import { joinPieces } from '../split-header-words.ts';
import { indicatorRowWords, isBrokenColumnWord } from './wrapped-row-words.ts';
import { displayWidth } from '../cell-text.ts';
import { isQualitativeValue, isTableEnd, isTotalsCell, looksLikeValue } from '../cell-kinds.ts';
import {
  continuedInColumns,
  continuedInColumnsOrPlaces,
  continuedPieces,
  FULL_CELL_GAP,
  joinWrapped,
  leadingPieces,
  type PlacedPiece,
} from './wrapped-cell-lines.ts';

/** A Markdown or ASCII table rule line such as `|---|:---:|` or `--\t-----`. */
export function isRuleLine(line: string): boolean {
  return /^[\s|:\-\t+]*$/.test(line) && /-{2,}/.test(line);
}

/**
 * `isUnframed`: the text's pipe rows neither open nor close with a pipe ("一级指标 | 二级指标 | …", not Markdown's
 * "| a | b |"), so a row opening with one (" |  | 目标合理性 | …") opens with an empty cell, a merged level's.
 */
function splitPipes(line: string, isUnframed = false): string[] | null {
  if (!line.includes('|')) return null;
  const trimmed = line.trim();
  const inner = (isUnframed ? trimmed : trimmed.replace(/^\|/, '')).replace(/\|$/, '');
  const cells = inner.split('|');
  // A lone cell closed by its pipe ("质量指标 |") is that cell.
  return cells.length >= 2 ? cells : inner.trim() !== '' && inner !== line.trim() ? [inner] : null;
}

function readRowsBy(lines: readonly string[], split: (line: string) => string[] | null): GridRow[] {
  const rows: GridRow[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || isRuleLine(line)) continue;
    const cells = split(line) ?? [line];
    rows.push(createTextRow(cells, { line: index + 1 }));
  }
  return rows;
}

/** The cells of a line outside every table region: by tabs, else by pipes (a Markdown row), else the line as one cell. */
export function plainCells(line: string): string[] {
  return line.includes('\t') ? line.split('\t') : (splitPipes(line) ?? [line]);
}

export const tabDetector: LayoutDetector = {
  name: 'tabs',
  readRows: (lines) => (lines.some((line) => line.includes('\t')) ? readRowsBy(lines, (line) => (line.includes('\t') ? line.split('\t') : null)) : []),
};

export const pipeDetector: LayoutDetector = {
  name: 'pipes',
  readRows: (lines) => {
    if (!lines.some((line) => line.includes('|'))) return [];
    const isUnframed = hasUnframedPipeRows(lines);
    return readRowsBy(lines, (line) => (line.includes('\t') ? line.split('\t') : splitPipes(line, isUnframed)));
  },
};

/** Pipe rows of three cells or more, none framed by pipes at both ends: rows written "a | b | c". */
function hasUnframedPipeRows(lines: readonly string[]): boolean {
  const rows = lines.map((line) => line.trim()).filter((line) => (line.match(/\|/g) ?? []).length >= 2 && !line.includes('\t') && !isRuleLine(line));
  return rows.length >= 2 && rows.every((line) => !(line.startsWith('|') && line.endsWith('|'))) && rows.some((line) => !line.startsWith('|') && !line.endsWith('|'));
}

interface PlacedCell {
  text: string;
  /** Display column where the cell starts. */
  start: number;
}

/** Cells of a fixed-width line: text separated by two or more spaces (or a tab, an ideographic space). */
function splitSpaceRuns(line: string): PlacedCell[] {
  const cells: PlacedCell[] = [];
  // The width before each cell, added up as the line is read (measuring the whole prefix again at
  // each cell was quadratic on a long line).
  let measured = 0;
  let width = 0;
  for (const match of line.matchAll(/[^\t \u00a0\u3000]+(?:[ \u00a0][^\t \u00a0\u3000]+)*/g)) {
    const at = match.index ?? 0;
    width += displayWidth(line.slice(measured, at));
    measured = at;
    cells.push({ text: match[0], start: width });
  }
  return cells;
}

const levelRoles: ReadonlySet<ColumnRole | null> = new Set(['sequence', 'goal', 'level1', 'level2']);

/**
 * The first column a short row's first cell can be in when its merged cells are left out without
 * keeping their width: a 二级 no further left than the 二级 column, any other text no
 * further left than the first column after the last level column. 0 when the header has no level columns.
 */
function firstColumnOf(row: readonly string[], roles: ReadonlyArray<ColumnRole | null>): number {
  if (!roles.includes('level1') && !roles.includes('level2')) return 0;
  const [text = '', next = '', afterNext = ''] = row;
  // A row that starts a new 一级 writes its 二级 too; a short row's level word (成本指标 is both) is its
  // 二级, unless a 二级 follows it (满意度指标 | 服务对象满意度指标: the first is the 一级) — also one the
  // vocabulary does not know (满意度指标 | 群众评价 | name | value: read as 二级 | name, the name would
  // stand where the value is).
  const isLevel1BeforeLevel2 =
    matchLevel1(text) !== null &&
    (matchLevel2(next) !== null || (isUnlistedLevel2Word(next) && fitOfCell('name', afterNext) > 0 && row.length > neededCellsFrom(roles, roles.indexOf('level2'))));
  if (matchLevel2(text) !== null && !isLevel1BeforeLevel2) return Math.max(0, roles.indexOf('level2'));
  if (matchLevel1(text) !== null || matchGoalName(text) !== null) return 0;
  // After the last level column: a band label over the table ("绩效指标" merged down, no role)
  // left of the levels holds nothing of the rows.
  const lastLevel = roles.reduce((last, role, column) => (levelRoles.has(role) ? column : last), -1);
  // A 二级 the vocabulary does not know (工作质量类): a short word whose row starts at the 二级.
  const level2Column = roles.indexOf('level2');
  if (level2Column >= 0 && isUnlistedLevel2Word(text) && startsAtLevel2(row, roles, { level2Column, nameColumn: lastLevel + 1 })) return level2Column;
  return lastLevel + 1;
}

/** Columns a row may leave out at its end (an empty 偏差原因 or 备注, an explanatory column no role names). */
const optionalEndRoles: ReadonlySet<ColumnRole | null> = new Set(['deviation', 'remark', null]);

/** How many cells a row starting at `column` writes at least: up to the last column it may not leave out. */
function neededCellsFrom(roles: ReadonlyArray<ColumnRole | null>, column: number): number {
  let end = roles.length;
  while (end > column && optionalEndRoles.has(roles[end - 1] ?? null)) end -= 1;
  return Math.max(0, end - column);
}

/**
 * Whether a short row whose first word may be an unknown 二级 starts at the 二级 column: it has more
 * cells than the columns from the name on hold; or more than a row from the name needs (its empty
 * last columns left out) and its cells fit the columns from the 二级 on better than from the name.
 */
function startsAtLevel2(row: readonly string[], roles: ReadonlyArray<ColumnRole | null>, at: { level2Column: number; nameColumn: number }): boolean {
  if (row.length > roles.length - at.level2Column) return false;
  if (row.length > roles.length - at.nameColumn) return true;
  if (row.length <= neededCellsFrom(roles, at.nameColumn)) return false;
  return fitFromColumn(row, roles, at.level2Column) > fitFromColumn(row, roles, at.nameColumn);
}

/**
 * The columns of a line's cells. A short row's cells go to the column that starts nearest; when
 * that puts cells where they cannot stand (a 定性 value in 指标性质 because its empty operator left
 * no gap) and an order-keeping placement fits the header's roles better, that placement wins.
 */
function placeColumns(cells: readonly PlacedCell[], starts: readonly number[] | null, headerRoles: ReadonlyArray<ColumnRole | null>): number[] {
  const nearestColumns: number[] = [];
  const cellTexts = cells.map((cell) => cell.text);
  for (const [position, cell] of cells.entries()) {
    let column: number;
    if (starts && cells.length < starts.length) {
      const distance = (candidate: number): number => Math.abs((starts[candidate] ?? 0) - cell.start);
      const nearest = starts.reduce((best, _, candidate) => (distance(candidate) < distance(best) ? candidate : best), 0);
      column = Math.max(nearest, (nearestColumns.at(-1) ?? -1) + 1, position === 0 ? firstColumnOf(cellTexts, headerRoles) : 0);
    } else column = Math.max(position, (nearestColumns.at(-1) ?? -1) + 1);
    nearestColumns.push(column);
  }
  if (starts && cells.length < starts.length && headerRoles.length === starts.length) {
    const firstColumn = cells[0] ? firstColumnOf(cellTexts, headerRoles) : 0;
    const roles = rolesOfRow(cellTexts, headerRoles);
    const placed = placeByFit({ texts: cellTexts, roles, preferred: nearestColumns, firstColumn });
    if (placed.fit > fitOfPlacement(cellTexts, nearestColumns, roles)) return placed.columns;
  }
  return nearestColumns;
}

/**
 * The roles a row's cells are fitted to: a 总分 / 合计 row sums the 分值 and 得分 columns and writes no
 * 指标值 or 完成值, so where the header has a 分值 or 得分 its figures fit only there ("总分 | 100 | 98.1"
 * under a header spread out wider than the columns, whose nearest column for 100 is 完成值).
 */
function rolesOfRow(texts: readonly string[], headerRoles: ReadonlyArray<ColumnRole | null>): ReadonlyArray<ColumnRole | null> {
  const isTotalsRow = isTotalsCell(texts[0] ?? '') && (headerRoles.includes('weight') || headerRoles.includes('score'));
  return isTotalsRow ? headerRoles.map((role) => (role !== null && indicatorValueRoles.has(role) ? null : role)) : headerRoles;
}

/** A line's cells as a row's texts, each in its column (placeColumns), empty places between. */
function placeCells(cells: readonly PlacedCell[], columns: readonly number[]): string[] {
  const texts: string[] = [];
  for (const [position, column] of columns.entries()) {
    while (texts.length < column) texts.push('');
    texts[column] = cells[position]?.text as string;
  }
  return texts;
}

/** The column whose start is nearest a display position. */
function nearestStart(starts: readonly number[], position: number): number {
  return starts.reduce((best, start, column) => (Math.abs(start - position) < Math.abs((starts[best] ?? 0) - position) ? column : best), 0);
}

const isHeaderLine = (cells: readonly PlacedCell[]): boolean =>
  cells.length >= 3 && cells.filter((cell) => matchColumnRole(cell.text) !== null).length >= 3;

/**
 * A line of the form after the table, none of its rows: a goal's heading line over the next table ("目标二 | 推进…",
 * two cells; a goal column's row writes its levels beside it) or a closing row (财政部门审核意见, 说明 | 无).
 */
const isFormRowAfterTable = (cells: readonly PlacedCell[]): boolean =>
  cells[0] !== undefined && (isTableEnd(cells[0].text) || (cells.length <= 2 && matchGoalName(cells[0].text) !== null));

/**
 * The widest text of each column among the lines after a header line up to the next one: a wrapped
 * cell's first line is about that wide (wrapped-cell-lines.ts).
 */
function widestByColumn(lineCells: ReadonlyArray<readonly PlacedCell[]>, from: number, starts: readonly number[]): number[] {
  const widest = starts.map(() => 0);
  for (let index = from; index < lineCells.length; index += 1) {
    const cells = lineCells[index] ?? [];
    if (isHeaderLine(cells) || isFormRowAfterTable(cells)) break;
    for (const cell of cells) {
      const column = nearestStart(starts, cell.start);
      widest[column] = Math.max(widest[column] ?? 0, displayWidth(cell.text));
    }
  }
  return widest;
}

const withEnd = (cell: PlacedCell): PlacedPiece => ({ ...cell, end: cell.start + displayWidth(cell.text) });

/** A row being read: its cells (texts joined over its lines) and its last line's pieces, each with the cell it continues. */
interface PendingRow {
  cells: PlacedCell[];
  line: number;
  last: PlacedPiece[];
  owners: number[];
  /** Whether the row is one line so far (only such a line can be a centred cell's first line). */
  isOneLine: boolean;
  /** Whether the row began on a line above its one-line cells' (a vertically centred table). */
  isCentred?: boolean;
}

/**
 * Whether a line writes a name and a whole value beside it ("农机惠及户数 | 健全"): a new row, however
 * well its pieces fit under the full cells of a table whose columns are as wide as their texts.
 */
function writesNameAndValue(cells: readonly PlacedCell[], columns: { starts: readonly number[]; roles: ReadonlyArray<ColumnRole | null> }): boolean {
  const roleOf = (cell: PlacedCell) => columns.roles[nearestStart(columns.starts, cell.start)] ?? null;
  return cells.some((cell) => roleOf(cell) === 'name') && cells.some((cell) => roleOf(cell) !== 'name' && (looksLikeValue(cell.text) || isQualitativeValue(cell.text)));
}

/** The row with a line's pieces joined into its cells when the line only continues its wrapped cells; else null. */
function joinContinuation(
  row: PendingRow,
  cells: readonly PlacedCell[],
  columns: { starts: readonly number[]; widest: readonly number[]; roles: ReadonlyArray<ColumnRole | null> },
): PendingRow | null {
  if (writesNameAndValue(cells, columns)) return null;
  const pieces = cells.map(withEnd);
  const widest = (piece: PlacedPiece, next: PlacedPiece | undefined): number =>
    next !== undefined && next.start - piece.end <= FULL_CELL_GAP ? 0 : (columns.widest[nearestStart(columns.starts, piece.start)] ?? 0);
  // The page's columns first (a row's first line may stand right of them), then the pieces' places.
  const cellColumns = placeColumns(row.cells, columns.starts, columns.roles);
  const byColumns = {
    columnOf: (piece: PlacedPiece) => nearestStart(columns.starts, piece.start),
    aboveColumns: row.owners.map((owner) => cellColumns[owner] ?? -1),
    widest,
  };
  const continued = continuedInColumns(pieces, row.last, byColumns) ?? continuedPieces(pieces, row.last, widest) ?? continuedInColumnsOrPlaces(pieces, row.last, byColumns);
  if (!continued) return null;
  const owners = continued.map((abovePiece) => row.owners[abovePiece] ?? 0);
  const joined = [...row.cells];
  owners.forEach((owner, position) => {
    const cell = joined[owner] as PlacedCell;
    joined[owner] = { ...cell, text: joinWrapped(cell.text, pieces[position]?.text ?? '') };
  });
  return { cells: joined, line: row.line, last: pieces, owners, isOneLine: false };
}

/**
 * The row a line opens with the one-line row above it joined in, when that row is only the first line of
 * the line's centred long cells (wrapped-cell-lines.ts leadingPieces); else null.
 */
function joinLeadingLine(
  lead: PendingRow,
  cells: readonly PlacedCell[],
  columns: { starts: readonly number[]; widest: readonly number[]; roles: ReadonlyArray<ColumnRole | null> },
): PendingRow | null {
  if (!lead.isOneLine || writesNameAndValue(lead.cells, columns)) return null;
  const pieces = cells.map(withEnd);
  const opened = leadingPieces(lead.last, pieces, (piece, next) =>
    next !== undefined && next.start - piece.end <= FULL_CELL_GAP ? 0 : (columns.widest[nearestStart(columns.starts, piece.start)] ?? 0),
  );
  if (!opened) return null;
  const joined = [...cells];
  opened.forEach((position, leadPosition) => {
    const cell = joined[position] as PlacedCell;
    joined[position] = { ...cell, text: joinWrapped(lead.cells[leadPosition]?.text ?? '', cell.text) };
  });
  return { cells: joined, line: lead.line, last: pieces, owners: cells.map((_, position) => position), isOneLine: false, isCentred: true };
}

/** How many of a header line's texts name a column. */
const countColumnWords = (texts: readonly string[]): number => texts.filter((text) => matchColumnRole(text) !== null).length;

/**
 * The header row with the next line's pieces joined in as the rest of its broken words. By place
 * (`byPlace`, joinContinuation) unless the words complete otherwise: a header whose words a PDF spread
 * out ("分 值   得 分   偏差原因分析及改") runs wider than the columns its rows and its wrapped rest
 * keep, so "进措施" stood under 分值. Each piece joins, in order, the nearest header word it completes
 * (wrapped-row-words.ts isBrokenColumnWord: joined they name a column); the join naming more columns wins,
 * so 分值 stays whole and 偏差原因分析及改 takes its rest.
 */
function joinHeaderRest(header: PendingRow, cells: readonly PlacedCell[], byPlace: PendingRow | null): PendingRow | null {
  const owners: number[] = [];
  for (const cell of cells) {
    const after = (owners.at(-1) ?? -1) + 1;
    const candidates = header.cells
      .map((upper, column) => ({ upper, column }))
      .filter(({ upper, column }) => column >= after && isBrokenColumnWord(upper.text, cell.text, indicatorRowWords));
    const nearest = candidates.sort((a, b) => Math.abs(a.upper.start - cell.start) - Math.abs(b.upper.start - cell.start))[0];
    if (nearest === undefined) return byPlace;
    owners.push(nearest.column);
  }
  const joined = header.cells.map((cell) => ({ ...cell }));
  owners.forEach((owner, position) => {
    const cell = joined[owner] as PlacedCell;
    joined[owner] = { ...cell, text: joinWrapped(cell.text, cells[position]?.text ?? '') };
  });
  const placedWords = countColumnWords((byPlace?.cells ?? header.cells).map((cell) => cell.text));
  if (countColumnWords(joined.map((cell) => cell.text)) <= placedWords) return byPlace;
  return { cells: joined, line: header.line, last: cells.map(withEnd), owners, isOneLine: false };
}

/**
 * Whether a line under a centred row that could continue it rather opens the next line's row: in a
 * table that centres its cells, a full line right over a line with more pieces is that line's first.
 */
function opensNextLine(
  cells: readonly PlacedCell[],
  next: readonly PlacedCell[] | undefined,
  columns: { starts: readonly number[]; widest: readonly number[]; roles: ReadonlyArray<ColumnRole | null> },
): boolean {
  if (next === undefined || next.length === 0 || isHeaderLine(next)) return false;
  const lead: PendingRow = { cells: [...cells], line: 0, last: cells.map(withEnd), owners: [], isOneLine: true };
  return joinLeadingLine(lead, next, columns) !== null;
}

/** Whether no two lines with text stand next to each other (and some stand one blank line apart). */
function hasBlankLineAfterEveryLine(lineCells: ReadonlyArray<readonly PlacedCell[]>): boolean {
  let separated = 0;
  for (let index = 1; index < lineCells.length; index += 1) {
    const filled = (lineCells[index] ?? []).length > 0;
    const filledBefore = (lineCells[index - 1] ?? []).length > 0;
    if (filled && filledBefore) return false;
    if (filled && (lineCells[index - 2] ?? []).length > 0) separated += 1;
  }
  return separated > 0;
}

/**
 * Fixed-width dumps: cells separated by runs of spaces, blank cells only visible as wider gaps. A
 * line whose cells are column words sets the column starts; later cells go to the column that
 * starts nearest, so a row with blank merged cells keeps its columns. Lines holding only the
 * wrapped rest of the cells above (a top-aligned table's long cells, wrapped-cell-lines.ts) are
 * joined into their row's cells before the row is placed.
 */
function readSpaceRunRows(lines: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  let starts: number[] | null = null;
  let headerRoles: Array<ColumnRole | null> = [];
  /** The header line's words while the lines after it may still complete them. */
  let headerTexts: string[] | null = null;
  let headerLine = -1;
  const lineCells = lines.map((line) => (line.trim() === '' || isRuleLine(line) ? [] : splitSpaceRuns(line)));
  let widest: number[] = [];
  let pending: PendingRow | null = null;
  const flush = (): void => {
    if (pending) rows.push(createTextRow(placeCells(pending.cells, placeColumns(pending.cells, starts, headerRoles)), { line: pending.line }));
    pending = null;
  };
  // A page that made each line a paragraph puts a blank line after every line: there one blank line
  // ends no row (a row's wrapped rest stands after it), two do.
  const isLinePerParagraph = hasBlankLineAfterEveryLine(lineCells);
  const isRowEnd = (index: number): boolean => !isLinePerParagraph || (lineCells[index - 1] ?? []).length === 0;
  const nextCells = (index: number): readonly PlacedCell[] | undefined =>
    isLinePerParagraph && (lineCells[index + 1] ?? []).length === 0 ? lineCells[index + 2] : lineCells[index + 1];
  for (const [index, cells] of lineCells.entries()) {
    if (cells.length === 0) {
      if (isRowEnd(index)) flush();
      continue;
    }
    if (isHeaderLine(cells)) {
      flush();
      starts = cells.map((cell) => cell.start);
      headerRoles = cells.map((cell) => matchColumnRole(cell.text));
      headerTexts = cells.map((cell) => cell.text);
      headerLine = index + 1;
    } else {
      const row: PendingRow | null = pending;
      const continued: PendingRow | null = starts && row ? joinContinuation(row, cells, { starts, widest, roles: headerRoles }) : null;
      const isNextRowsFirst: boolean = continued !== null && starts !== null && (row as PendingRow | null)?.isCentred === true && opensNextLine(cells, nextCells(index), { starts, widest, roles: headerRoles });
      const byPlace: PendingRow | null = isNextRowsFirst ? null : continued;
      const lead = row as PendingRow | null;
      const merged: PendingRow | null = lead && headerTexts && lead.line === headerLine ? joinHeaderRest(lead, cells, byPlace) : byPlace;
      // A centred table's long cell starts on the line above its row's line (not above the header's).
      const opened: PendingRow | null = merged === null && starts && lead && lead.line !== headerLine ? joinLeadingLine(lead, cells, { starts, widest, roles: headerRoles }) : null;
      if (opened) {
        pending = opened;
        continue;
      }
      if (merged) {
        pending = merged;
        if (merged.line === headerLine) {
          // The header's own words wrapped ("偏差原因分析及改" / "进措施"): the columns they name now.
          headerTexts = merged.cells.map((cell) => cell.text);
          headerRoles = headerTexts.map((text) => matchColumnRole(text));
        }
        continue;
      }
      if (headerTexts) {
        // The rest of the header's words on the next lines ("年度" over "指标值"): the columns they name.
        const joined = joinPieces(headerTexts, cells.map((cell) => cell.text));
        if (joined) headerRoles = joined.map((text) => matchColumnRole(text));
        headerTexts = joined;
      }
    }
    flush();
    if (starts && index + 1 === headerLine) widest = widestByColumn(lineCells, index + 1, starts);
    pending = { cells: [...cells], line: index + 1, last: cells.map(withEnd), owners: cells.map((_, position) => position), isOneLine: true };
  }
  flush();
  return rows;
}

const SPACE_RUN = /\S[ \u00a0]{2,}\S|\S\u3000+\S/;

/**
 * Runs of spaces separate cells when the text is written that way: a tab-separated dump with a
 * signature line or two spaced out ("单位负责人：…    填表人：…") is no space-run text, and reading
 * its tabs as runs would lose its empty cells.
 */
function isSpaceRunText(lines: readonly string[]): boolean {
  let spaced = 0;
  let tabbed = 0;
  for (const line of lines) {
    if (line.includes('\t')) tabbed += 1;
    else if (SPACE_RUN.test(line)) spaced += 1;
  }
  return spaced > 0 && spaced * 2 >= tabbed;
}

export const spaceRunDetector: LayoutDetector = {
  name: 'space-runs',
  readRows: (lines) => (isSpaceRunText(lines) ? readSpaceRunRows(lines) : []),
};
