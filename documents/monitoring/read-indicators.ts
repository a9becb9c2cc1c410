/**
 * The indicator block of a monitoring table: a header (一级/二级/三级指标, 年度指标值, 1-N月实际
 * 完成值, 全年预计完成值, 偏差原因 with its categories, 完成目标可能性 ticked or written, 原因说明,
 * 纠偏措施, 备注; one or two header rows), then rows. Rows are lines of cells, or, in dumps with
 * one cell per line, the stream cut into rows of the header's width. A blank or missing 一级/二级
 * means "same as above" (merged cells).
 */
import { withoutCoreMark, withoutListNumber } from '../grid/cell-text.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import type { Indicator } from '../../core/model.ts';
import type { DeviationCategory, Likelihood } from '../../core/monitoring/schema.ts';
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { level1NameOf, matchLevel1 as matchLevel1Entry, matchLevel2 as matchLevel2Entry } from '../grid/levels.ts';
import { isQualitativeValue, looksLikeValue } from '../grid/cell-kinds.ts';
import { fitFromColumn } from '../grid/typed-fit.ts';
import { isUnlistedLevel2Word } from '../grid/detectors/unlisted-level2-line.ts';
import type { ColumnRole } from '../vocabulary/columns.ts';
import { compareWindows } from './period.ts';
import { MAX_LEVEL_LENGTH } from '../vocabulary/levels.ts';
import { positionalColumns, type HeaderCell } from './header-positions.ts';
import { BARE_FIGURE, isPutBackEmpty, withEmptyUnitPutBack, withSlidCellsBack, withTickGroupsFolded } from './empty-cell-slides.ts';
import { countUnknownHeaderWords } from './unknown-header-words.ts';
import { withPackedRowAligned } from './packed-row.ts';
import { matchLabel, type StreamCell } from './stream.ts';
import {
  analysisLabels,
  deviationSubColumns,
  matchIndicatorColumn,
  likelihoodSubColumns,
  tickMark,
  type IndicatorColumn,
} from './vocabulary.ts';

/** The canonical 一级 a cell names, through the level vocabulary (documents/vocabulary/levels.ts). */
function matchLevel1(text: string): string | null {
  return matchLevel1Entry(text)?.name ?? null;
}

/** The 二级 a cell names, as the document writes it. */
function matchLevel2(text: string): string | null {
  return matchLevel2Entry(text)?.name ?? null;
}

/** The 一级 a 二级 belongs to ("经济效益指标" → "效益指标"). */
function impliedLevel1(level2: string): string | null {
  const match = matchLevel2Entry(level2);
  return match ? level1NameOf(match.parent) : null;
}

export interface IndicatorBlock {
  indicators: Indicator[];
  /** The header's labels (they may name the window). */
  columnLabels: string[];
  /** Stream index of the header's first cell, and after the block. */
  start: number;
  end: number;
}

const SHORT_LEVEL2 = /^(数量|质量|时效|成本)$/;
const STOP = /^注[:：1１]|^说明[:：]|^填报人|^单位负责人|^项目负责人|^财务负责人/;
const TITLE_CELL = /^绩效指标$/;
/** The heading of a 序号 column, merged down beside a two-row header. */
const SERIAL_HEADING = /^(序号|编号|序)$/;
/** A 序号 cell: 1, 2., （3）. */
const SERIAL = /^[(（]?\d{1,3}[)）.、]?$/;

/** A short word in the 二级 column that is no level the vocabulary knows, no value and no number. */
function isUnlistedLevel2Cell(label: string): boolean {
  return label !== '' && label.length <= MAX_LEVEL_LENGTH && !/\d/.test(label) && matchLevel1(label) === null && !looksLikeValue(label);
}

function level2Of(label: string): string | null {
  const level2 = matchLevel2(label) ?? (SHORT_LEVEL2.test(label) ? label : null);
  return level2 === null || level2.endsWith('指标') ? level2 : `${level2}指标`;
}

/**
 * Whether a row's first cell is its 一级. 成本指标 is both a 一级 (2021 framework) and a 二级 (产出
 * 指标's, 2020): a 一级 writes its 二级 next, so 成本指标 followed by anything else is the 二级.
 */
function isLevel1Cell(label: string, next: string | undefined, afterNext?: string): boolean {
  if (matchLevel1(label) === null) return false;
  if (level2Of(label) === null || (next !== undefined && level2Of(next) !== null)) return true;
  // "满意度指标 | 群众满意度 | 周边村民满意度 | ≥90%": a 二级 outside the vocabulary, then a name, not a value
  // ("成本指标 | 设备验收合格率 | 健全 | …" is the 二级 成本指标, its name and a qualitative target).
  return next !== undefined && afterNext !== undefined && isUnlistedLevel2Cell(next) && afterNext !== '' && !looksLikeValue(afterNext) && !isQualitativeValue(afterNext);
}

const labels = (cells: readonly StreamCell[]): string[] => cells.map((cell) => cell.label);

/** The grid's column role of a monitoring column, for the typed fit of its cells (typed-fit.ts). */
function roleOf(column: IndicatorColumn | undefined): ColumnRole | null {
  return column === 'level1' || column === 'level2' || column === 'name' || column === 'target' || column === 'actualToDate' || column === 'forecast' || column === 'likelihood' ? column : null;
}

/** Whether `fromLevel2`, a row read from the 二级 column on, fits better than `fromName`, the same row read from the name on. */
function fitsBetterFromLevel2(fromLevel2: readonly string[], columns: readonly IndicatorColumn[], fromName: readonly string[]): boolean {
  const roles = columns.map(roleOf);
  return fitFromColumn(fromLevel2, roles, columns.indexOf('level2')) > fitFromColumn(fromName, roles, columns.indexOf('name'));
}

/**
 * Whether a row whose merged cells left no trace opens with a 二级 the vocabulary does not know
 * ("办件时效 | 名称 | ≥20次 | 12次 | 有可能"): a short word that is no level, and the row's cells fit the
 * columns from the 二级 on better than from the name on. A row that starts with its name keeps it.
 */
function startsAtUnlistedLevel2(row: readonly string[], columns: readonly IndicatorColumn[]): boolean {
  const level2Column = columns.indexOf('level2');
  if (level2Column < 0 || !isUnlistedLevel2Cell(row[0] ?? '') || row.length > columns.length - level2Column) return false;
  return fitsBetterFromLevel2(row, columns, row);
}

/** The header columns with group headings replaced by the sub-columns the header has. */
function resolveColumns(found: IndicatorColumn[]): IndicatorColumn[] {
  const present = new Set(found);
  const result: IndicatorColumn[] = [];
  for (const column of found) {
    if (deviationSubColumns.includes(column) || likelihoodSubColumns.includes(column)) continue;
    const subs =
      column === 'deviationGroup'
        ? deviationSubColumns
        : column === 'likelihood'
          ? likelihoodSubColumns
          : null;
    const presentSubs = subs?.filter((sub) => present.has(sub)) ?? [];
    if (presentSubs.length > 0) result.push(...presentSubs);
    else result.push(column === 'deviationGroup' ? 'explanation' : column);
  }
  return result;
}

/** The filled cells of a row, as one text to compare rows by. */
function filledText(cells: readonly StreamCell[]): string {
  return cells
    .map((cell) => cell.label.replace(/\s+/g, ''))
    .filter((label) => label !== '')
    .join('\t');
}

/**
 * The header repeated at the top of the next page: a row of header words only (a title cell
 * allowed), or a row that writes again, cell for cell, a row of the header (with a word the
 * vocabulary does not know, 偏差情况).
 */
function isRepeatedHeaderRow(cells: readonly StreamCell[], headerRows: ReadonlySet<string>): boolean {
  if (headerRows.has(filledText(cells))) return true;
  const filled = cells.filter((cell) => cell.label !== '' && !TITLE_CELL.test(cell.label));
  return filled.length >= 2 && filled.every((cell) => matchIndicatorColumn(cell.label) !== null);
}

/** The fewest header words in order that make the header written again (no row holds three column labels). */
const MIN_REPEATED_HEADER_WORDS = 3;

/**
 * How many cells from `at` repeat the header's words one per line (a page break in a one-cell-per-line dump
 * writes the header again, its 绩效指标 title too); 0 when they do not.
 */
function repeatedHeaderLength(stream: readonly StreamCell[], at: number, headerWords: readonly string[]): number {
  if (headerWords.length < MIN_REPEATED_HEADER_WORDS) return 0;
  let index = at;
  while (stream[index] !== undefined && !stream[index]!.inRow && (stream[index]!.label === '' || TITLE_CELL.test(stream[index]!.label))) index++;
  let matched = 0;
  for (const word of headerWords) {
    let next = index;
    while (stream[next]?.label === '' && stream[next]?.inRow === false) next++;
    if (stream[next]?.inRow !== false || stream[next]?.label !== word) break;
    index = next + 1;
    matched++;
  }
  // The page may repeat the header's upper row only (偏差原因分析 without its 经费保障 / 制度保障 … below it).
  return matched === headerWords.length || matched >= MIN_REPEATED_HEADER_WORDS ? index - at : 0;
}

function isStop(cell: StreamCell): boolean {
  return STOP.test(cell.label) || matchLabel(analysisLabels, cell.label) !== null;
}

const categoryColumns: ReadonlyArray<[IndicatorColumn, DeviationCategory]> = [
  ['funding', 'funding'],
  ['rules', 'rules'],
  ['staffing', 'staffing'],
  ['equipment', 'equipment'],
  ['other', 'other'],
];
const likelihoodColumns: ReadonlyArray<[IndicatorColumn, Likelihood]> = [
  ['certain', 'certain'],
  ['possible', 'possible'],
  ['impossible', 'impossible'],
];

function buildIndicator(input: {
  cells: StreamCell[];
  columns: IndicatorColumn[];
  level1: string;
  level2: string;
}): Indicator | null {
  const byColumn = new Map<IndicatorColumn, string>();
  for (const [index, column] of input.columns.entries())
    byColumn.set(column, input.cells[index]?.text.trim() ?? '');
  // The list number before a name ("1.", "（2）", "指标1:") and a core mark ("★") are no part of it, as in the grid reader.
  const marked = withoutCoreMark(withoutListNumber(byColumn.get('name') ?? ''));
  const name = withoutListNumber(marked.name);
  const targetText = byColumn.get('target') ?? '';
  if (name === '' && targetText === '') return null;
  const context = { name };
  // A 计量单位 column: a value written as a bare number (maybe after its sign) takes its unit.
  const unit = (byColumn.get('unit') ?? '').replace(/\s+/g, '');
  const withUnit = (text: string): string => (unit !== '' && BARE_FIGURE.test(text) ? `${text}${unit}` : text);
  const value = (column: IndicatorColumn) => {
    const text = byColumn.get(column) ?? '';
    return text === '' ? null : parseIndicatorValue(withUnit(text), context);
  };
  const ticked = (column: IndicatorColumn) => tickMark.test((byColumn.get(column) ?? '').replace(/\s+/g, ''));
  const deviationCategories = categoryColumns
    .filter(([column]) => ticked(column))
    .map(([, category]) => category);
  const likelihoodText = (byColumn.get('likelihood') ?? '').replace(/\s+/g, '');
  const likelihood =
    likelihoodColumns.find(([column]) => ticked(column))?.[1] ??
    (likelihoodText ? matchVariant(likelihoodVariants, likelihoodText) : null);
  const text = (column: IndicatorColumn) => {
    const written = byColumn.get(column) ?? '';
    return written === '' ? null : written;
  };
  return {
    level1: input.level1,
    level2: input.level2,
    name,
    target: value('target'),
    monitoring: {
      actualToDate: value('actualToDate'),
      forecast: value('forecast'),
      likelihood,
      ...(deviationCategories.length > 0 ? { deviationCategories } : {}),
      explanation: text('explanation') ?? text('note'),
      correctiveAction: text('correctiveAction'),
    },
    line: input.cells[0]?.line,
    ...(marked.isCore ? { isCore: true } : {}),
  };
}

/**
 * Where the header starts when its row of 一级/二级/三级指标 is the lower of two: the row just above
 * names the other columns over the merged level headings ("绩效指标 | | | 年度指标值 | 1-6月完成值 |
 * 完成目标可能性"), every filled cell a column label, the 绩效指标 title or a 序号 heading. Else `levelsAt`.
 */
function findUpperHeaderRow(stream: readonly StreamCell[], levelsAt: number): number {
  const levels = stream[levelsAt];
  // The levels row may start with empty cells (a 序号 merged down from the row above).
  let rowStart = levelsAt;
  while (rowStart > 0 && stream[rowStart - 1]?.line === levels?.line) rowStart--;
  const above = stream[rowStart - 1];
  if (!levels?.inRow || !above?.inRow) return levelsAt;
  let first = rowStart - 1;
  while (first > 0 && stream[first - 1]?.line === above.line) first--;
  const filled = stream.slice(first, rowStart).filter((cell) => cell.label !== '' && !TITLE_CELL.test(cell.label) && !SERIAL_HEADING.test(cell.label));
  const roles = filled.map((cell) => matchIndicatorColumn(cell.label));
  const isUpperRow = filled.length >= 2 && roles.every((role) => role !== null && role !== 'level1' && role !== 'level2' && role !== 'name');
  return isUpperRow ? first : levelsAt;
}

/** Columns a row may leave blank at its end; one cell per line, a blank one leaves no cell. */
const optionalTextColumns: ReadonlySet<IndicatorColumn> = new Set(['explanation', 'correctiveAction', 'note']);

/**
 * The cells of a one-cell-per-line row without those that begin the next row: a blank 偏差原因 or
 * 备注 left no line, so the line in its place may be the next row's 一级/二级, or its name (then a
 * 完成目标可能性 stands where the next row would have it), or the label of a row under the table.
 */
function withoutNextRowStart(
  cells: StreamCell[],
  input: { columns: readonly IndicatorColumn[]; stream: readonly StreamCell[]; at: number; namesOwnLevel2: boolean; ownLevel2: ReadonlySet<string>; isNumbered: boolean; headerWords: readonly string[] },
): StreamCell[] {
  const { columns, stream, at } = input;
  const likelihoodOffset = columns.includes('likelihood') && columns.includes('name') ? columns.indexOf('likelihood') - columns.indexOf('name') : -1;
  for (const [position, cell] of cells.entries()) {
    if (!optionalTextColumns.has(columns[position] as IndicatorColumn)) continue;
    const isLevel = matchLevel1(cell.label) !== null || level2Of(cell.label) !== null;
    // Where the cell stands in the stream: empty cells put back (empty-cell-slides.ts) took no line.
    const streamAt = at + cells.slice(0, position).filter((before) => !isPutBackEmpty(before)).length;
    const likelihoodAhead = likelihoodOffset > 0 ? (stream[streamAt + likelihoodOffset]?.label ?? '') : '';
    const isNextName = likelihoodAhead !== '' && matchVariant(likelihoodVariants, likelihoodAhead) !== null;
    // Or the label of the rows under the table (偏差原因分析, 改进措施): the table ends there.
    // Or the next row's 序号 in a table numbering its rows, or the header written again after a page break.
    const isSerial = input.isNumbered && SERIAL.test(cell.label);
    const isHeaderAgain = repeatedHeaderLength(stream, streamAt, input.headerWords) > 0;
    if (isLevel || isNextName || isSerial || isHeaderAgain || isStop(cell) || (input.namesOwnLevel2 && isNextUnlistedLevel2(cells, { columns, stream, at: streamAt, ownLevel2: input.ownLevel2 })))
      return cells.slice(0, position);
  }
  return cells;
}

/**
 * Whether the cell at `at`, in a row's optional last column, is the next row's 二级 the vocabulary does not
 * know, in a table that names 二级 of its own (a row wrote its 一级 and an unknown word after it): the row
 * is on track (完成目标可能性 确定能: no 偏差 to explain), or the word is one the table already wrote as a
 * 二级 (`ownLevel2`: a table that repeats its 二级 on every row; a reason is never a 二级's name), the word
 * is short and no value, and a name then a value (a figure or a qualitative wording) follow it. In a table
 * of vocabulary 二级 such a word stays the row's 偏差原因; after a row not on track (有可能) a word the table
 * has not written as a 二级 does too.
 */
function isNextUnlistedLevel2(
  cells: readonly StreamCell[],
  input: { columns: readonly IndicatorColumn[]; stream: readonly StreamCell[]; at: number; ownLevel2: ReadonlySet<string> },
): boolean {
  const { columns, stream, at } = input;
  const likelihood = cells[columns.indexOf('likelihood')]?.label ?? '';
  const [word, name, value] = [stream[at], stream[at + 1], stream[at + 2]];
  if (!columns.includes('likelihood') || !word) return false;
  if (matchVariant(likelihoodVariants, likelihood) !== 'certain' && !input.ownLevel2.has(word.label)) return false;
  if (!name || !value || !isUnlistedLevel2Word(word.label)) return false;
  // The value may be qualitative (健全, 达到预期), as a figure is no more likely after a name.
  return !looksLikeValue(name.label) && matchLevel1(name.label) === null && (looksLikeValue(value.label) || /\d/.test(value.label) || isQualitativeValue(value.label));
}

/** Reads the indicator block starting at or after `from`; null when there is no indicator header. */
export function readIndicatorBlock(stream: readonly StreamCell[], from: number): IndicatorBlock | null {
  let index = from;
  while (index < stream.length) {
    const column = matchIndicatorColumn(stream[index]?.label ?? '');
    if (column === 'level1' || column === 'name') break;
    index++;
  }
  // Columns left of 一级指标 (the vertical 绩效指标 title): its position in a row, or the title cell just before it in a stream.
  const leadingCells = stream[index]?.inRow
    ? (stream[index]?.column ?? 0)
    : TITLE_CELL.test(stream[index - 1]?.label ?? '')
      ? 1
      : 0;
  // A 序号 heading on its own line before the header words (one cell per line): each row may open with its 序号, and
  // the header starts there.
  const serialAt = index - 1 - (TITLE_CELL.test(stream[index - 1]?.label ?? '') ? 1 : 0);
  const isNumbered = stream[index]?.inRow !== true && SERIAL_HEADING.test(stream[serialAt]?.label ?? '');
  index = findUpperHeaderRow(stream, index);
  const start = isNumbered ? Math.min(index, serialAt) : index;
  const found: IndicatorColumn[] = [];
  const columnLabels: string[] = [];
  let headerInRow = false;
  const headerCells: HeaderCell[] = [];
  while (index < stream.length) {
    const cell = stream[index];
    if (!cell) break;
    const column = matchIndicatorColumn(cell.label);
    headerCells.push({ line: cell.line, column: cell.column, role: column, inRow: cell.inRow, label: cell.label });
    if (column) {
      // A second header row may repeat the merged 一级/二级 headings: a column is counted once. But
      // progress columns of two windows (1—7月阶段性完成值 | 1—9月完成值, a second round's table) are two
      // columns: the later window's is the progress, the earlier kept in place and not read.
      const earlier = found.indexOf(column);
      const windows = earlier < 0 ? null : compareWindows(columnLabels[earlier] ?? '', cell.label);
      if (earlier < 0 || windows !== null) {
        if (windows === 'later') found[earlier] = 'unknown';
        found.push(windows === 'earlier' ? 'unknown' : column);
        columnLabels.push(cell.label);
      }
      headerInRow ||= cell.inRow;
    } else if (
      cell.label !== '' &&
      !TITLE_CELL.test(cell.label) &&
      ((cell.inRow && cell.line === stream[start]?.line) ||
        // Header words one per line: words between two the vocabulary knows are columns too.
        (!cell.inRow && found.length > 0 && countUnknownHeaderWords(stream, index, (label) => matchIndicatorColumn(label) !== null) > 0))
    ) {
      // A column the vocabulary does not know (偏差情况) in the header row: kept in place, ignored.
      found.push('unknown');
      columnLabels.push(cell.label);
    } else if (cell.label !== '' && !TITLE_CELL.test(cell.label)) break;
    index++;
  }
  // The header's words one per line, to pass over where a page break repeats them (the title cell aside).
  const headerWords = stream.slice(start, index).filter((cell) => !cell.inRow && cell.label !== '' && !TITLE_CELL.test(cell.label)).map((cell) => cell.label);
  // Lines with a header word (the loop also passed the empty cells opening the first row, and those
  // opening the row that stopped it: that row is no header row).
  const wordLines = new Set(stream.slice(start, index).filter((cell) => cell.label !== '').map((cell) => cell.line));
  const headerRows = new Set([...wordLines].map((line) => filledText(stream.filter((cell) => cell.inRow && cell.line === line))).filter((text) => text.includes('\t')));
  const columns =
    positionalColumns(headerCells.filter((cell) => wordLines.has(cell.line)))?.slice(leadingCells) ??
    resolveColumns(found);
  if (!columns.includes('name') || columns.length < 3) return null;
  const indicators: Indicator[] = [];
  let level1 = '';
  let level2 = '';
  const levelCount = (columns.includes('level1') ? 1 : 0) + (columns.includes('level2') ? 1 : 0);
  // Whether a row wrote its 一级 and a 二级 the vocabulary does not know (the table names 二级 of its own).
  let namesOwnLevel2 = false;
  // The 二级 outside the vocabulary the table has written so far.
  const ownLevel2 = new Set<string>();
  while (index < stream.length) {
    const first = stream[index];
    if (!first || isStop(first)) break;
    let cells: StreamCell[];
    if (headerInRow && first.inRow) {
      cells = stream.filter((cell, position) => position >= index && cell.line === first.line);
      index += cells.length;
      // The header repeated at the top of the next page (a table over a page break) is no row.
      if (isRepeatedHeaderRow(cells, headerRows)) continue;
    } else if (headerInRow) {
      // A one-cell line between rows: a merged 一级/二级 heading, or the end of the table.
      index++;
      const heading = matchLevel1(first.label) ?? (level2Of(first.label) ? null : undefined);
      if (heading) level1 = heading;
      else if (heading === null) {
        level2 = level2Of(first.label) ?? level2;
        level1 = impliedLevel1(level2) ?? level1;
      } else if (first.label !== '' && !TITLE_CELL.test(first.label)) break;
      continue;
    } else {
      // The header again after a page break, one word per line: no row.
      const repeated = repeatedHeaderLength(stream, index, headerWords);
      if (repeated > 0) {
        index += repeated;
        continue;
      }
      // The vertical 绩效指标 title's continuation cell opens every row of a cell-by-cell dump; so does a row's 序号.
      if ((leadingCells > 0 && (first.label === '' || TITLE_CELL.test(first.label))) || (isNumbered && SERIAL.test(first.label))) {
        index++;
        continue;
      }
      const skip =
        isLevel1Cell(first.label, stream[index + 1]?.label, stream[index + 2]?.label) || first.label === '' ? 0 : level2Of(first.label) ? 1 : levelCount;
      // This row writes its 一级 and a 二级 the vocabulary does not know: the table names 二级 of its own.
      const level2Label = stream[index + 1]?.label ?? '';
      const writesOwnLevel2 = skip === 0 && first.label !== '' && columns.includes('level2') && isUnlistedLevel2Cell(level2Label) && matchLevel2(level2Label) === null;
      // The 二级 this row writes counts too: the next row may write it again right after this row's likelihood.
      const rowOwnLevel2 = new Set(ownLevel2);
      if (writesOwnLevel2) rowOwnLevel2.add(level2Label);
      else if (skip === levelCount && isUnlistedLevel2Cell(first.label)) rowOwnLevel2.add(first.label);
      const readFrom = (skipped: number): StreamCell[] =>
        withoutNextRowStart(
          withSlidCellsBack(
            withTickGroupsFolded(
              withEmptyUnitPutBack(stream.slice(index, index + columns.length - Math.min(skipped, levelCount)), columns.slice(Math.min(skipped, levelCount))),
              columns.slice(Math.min(skipped, levelCount)),
            ),
            columns.slice(Math.min(skipped, levelCount)),
          ),
          { columns: columns.slice(Math.min(skipped, levelCount)), stream, at: index, namesOwnLevel2: namesOwnLevel2 || writesOwnLevel2, ownLevel2: rowOwnLevel2, isNumbered, headerWords },
        );
      cells = readFrom(skip);
      // A 二级 the vocabulary does not know opens the row when its cells fit the columns from the 二级 on better.
      if (skip === levelCount && columns.includes('level2') && isUnlistedLevel2Cell(first.label)) {
        const fromLevel2 = readFrom(levelCount - 1);
        if (fitsBetterFromLevel2(labels(fromLevel2), columns, labels(cells))) cells = fromLevel2;
      }
      index += cells.filter((cell) => !isPutBackEmpty(cell)).length;
    }
    // Cells left of the header's first column (the vertical 绩效指标 title, a 序号) when the row repeats them.
    while (
      cells.length > 0 &&
      cells[0]!.inRow &&
      cells[0]!.column < leadingCells &&
      (cells[0]!.label === '' || TITLE_CELL.test(cells[0]!.label) || SERIAL.test(cells[0]!.label))
    ) {
      cells = cells.slice(1);
    }
    if (TITLE_CELL.test(cells[0]?.label ?? '')) cells = cells.slice(1);
    const firstLabel = cells[0]?.label ?? '';
    const writtenLevel1 = isLevel1Cell(firstLabel, cells[1]?.label, cells[2]?.label) ? matchLevel1(firstLabel) : null;
    const writtenLevel2 = writtenLevel1 ? null : (level2Of(firstLabel) ?? (startsAtUnlistedLevel2(labels(cells), columns) ? firstLabel : null));
    if (writtenLevel1) level1 = writtenLevel1;
    if (writtenLevel2) {
      level2 = writtenLevel2;
      // 成本指标 written as a 二级 (no 二级 after it) stays under the open 一级, as when its 一级 cell is blank below.
      const isCarried = level1 !== '' && matchLevel1(writtenLevel2) !== null;
      if (!isCarried) level1 = impliedLevel1(writtenLevel2) ?? level1;
    }
    // Merged 一级/二级 cells left out of a row: restore them as blanks ("same as above").
    let missing = writtenLevel1 || firstLabel === '' ? 0 : writtenLevel2 ? 1 : levelCount;
    if (writtenLevel2 && !columns.includes('level2')) {
      // A 二级 written in a table without a 二级 column stands before the 三级: it is not a column.
      cells = cells.slice(1);
      missing = columns.includes('level1') ? 1 : 0;
    }
    // A row packed left by the page (its empty places gone) stands aligned at its likelihood word.
    const cellsStart = Math.min(missing, levelCount);
    if (headerInRow && columns[cellsStart] === 'name') cells = withPackedRowAligned(cells, columns.slice(cellsStart));
    const padding = Array.from({ length: cellsStart }, () => ({
      ...first,
      text: '',
      label: '',
    }));
    const row = [...padding, ...cells];
    if (columns.includes('level2') && !writtenLevel2) {
      const level2Cell = row[columns.indexOf('level2')]?.label ?? '';
      const written = level2Of(level2Cell);
      // A 二级 outside the vocabulary ("工程管护", "群众满意度") in its own column of a row whose cells kept
      // their places (its 一级 cell written or blank) is read as written, not left to the 二级 above.
      namesOwnLevel2 ||= writtenLevel1 !== null && isUnlistedLevel2Cell(level2Cell) && matchLevel2(level2Cell) === null;
      if (!written && isUnlistedLevel2Cell(level2Cell) && (writtenLevel1 !== null || firstLabel === '')) level2 = level2Cell;
      if (written) {
        level2 = written;
        // 成本指标 under a blank (merged) 一级 stays under the 一级 above (产出指标 in the 2020 template);
        // beside a 一级 its row writes ("产出指标 | 成本指标") it stays under that one.
        const level1Cell = columns.includes('level1') ? (row[columns.indexOf('level1')]?.label ?? '') : '';
        const isCarriedLevel1 = level1 !== '' && columns.includes('level1') && level1Cell === '' && matchLevel1(written) !== null;
        const isWrittenLevel1 = matchLevel1(level1Cell) !== null;
        if (!isCarriedLevel1 && !isWrittenLevel1) level1 = impliedLevel1(written) ?? level1;
      }
    }
    const indicator = buildIndicator({ cells: row, columns, level1, level2 });
    if (indicator) indicators.push(indicator);
    if (level2 !== '' && level2Of(level2) === null) ownLevel2.add(level2);
  }
  return { indicators, columnLabels, start, end: index };
}
