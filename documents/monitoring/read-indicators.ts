/**
 * The indicator block of a monitoring table: a header (一级/二级/三级指标, 年度指标值, 1-N月实际
 * 完成值, 全年预计完成值, 偏差原因 with its categories, 完成目标可能性 ticked or written, 原因说明,
 * 纠偏措施, 备注; one or two header rows), then rows. Rows are lines of cells, or, in dumps with
 * one cell per line, the stream cut into rows of the header's width. A blank or missing 一级/二级
 * means "same as above" (merged cells).
 */
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import type { Indicator } from '../../core/model.ts';
import type { DeviationCategory, Likelihood } from '../../core/monitoring/schema.ts';
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { level1NameOf, matchLevel1 as matchLevel1Entry, matchLevel2 as matchLevel2Entry } from '../grid/levels.ts';
import { positionalColumns, type HeaderCell } from './header-positions.ts';
import { matchLabel, type StreamCell } from './stream.ts';
import {
  analysisLabels,
  deviationSubColumns,
  indicatorColumnLabels,
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

function level2Of(label: string): string | null {
  const level2 = matchLevel2(label) ?? (SHORT_LEVEL2.test(label) ? label : null);
  return level2 === null || level2.endsWith('指标') ? level2 : `${level2}指标`;
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
  const name = byColumn.get('name') ?? '';
  const targetText = byColumn.get('target') ?? '';
  if (name === '' && targetText === '') return null;
  const context = { name };
  const value = (column: IndicatorColumn) => {
    const text = byColumn.get(column) ?? '';
    return text === '' ? null : parseIndicatorValue(text, context);
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
  };
}

/** Reads the indicator block starting at or after `from`; null when there is no indicator header. */
export function readIndicatorBlock(stream: readonly StreamCell[], from: number): IndicatorBlock | null {
  let index = from;
  while (index < stream.length) {
    const column = matchLabel(indicatorColumnLabels, stream[index]?.label ?? '');
    if (column === 'level1' || column === 'name') break;
    index++;
  }
  const start = index;
  // Columns left of 一级指标 (the vertical 绩效指标 title): its position in a row, or the title cell just before it in a stream.
  const leadingCells = stream[start]?.inRow
    ? (stream[start]?.column ?? 0)
    : TITLE_CELL.test(stream[start - 1]?.label ?? '')
      ? 1
      : 0;
  const found: IndicatorColumn[] = [];
  const columnLabels: string[] = [];
  let headerInRow = false;
  const headerCells: HeaderCell[] = [];
  while (index < stream.length) {
    const cell = stream[index];
    if (!cell) break;
    const column = matchLabel(indicatorColumnLabels, cell.label);
    headerCells.push({ line: cell.line, column: cell.column, role: column, inRow: cell.inRow });
    if (column) {
      // A second header row may repeat the merged 一级/二级 headings: a column is counted once.
      if (!found.includes(column)) {
        found.push(column);
        columnLabels.push(cell.label);
      }
      headerInRow ||= cell.inRow;
    } else if (cell.inRow && cell.line === stream[start]?.line && cell.label !== '' && !TITLE_CELL.test(cell.label)) {
      // A column the vocabulary does not know (偏差情况) in the header row: kept in place, ignored.
      found.push('unknown');
      columnLabels.push(cell.label);
    } else if (cell.label !== '' && !TITLE_CELL.test(cell.label)) break;
    index++;
  }
  // A header row that stops the loop is no header cell.
  const headerLines = new Set(stream.slice(start, index).map((cell) => cell.line));
  const columns =
    positionalColumns(headerCells.filter((cell) => headerLines.has(cell.line)))?.slice(leadingCells) ??
    resolveColumns(found);
  if (!columns.includes('name') || columns.length < 3) return null;
  const indicators: Indicator[] = [];
  let level1 = '';
  let level2 = '';
  const levelCount = (columns.includes('level1') ? 1 : 0) + (columns.includes('level2') ? 1 : 0);
  while (index < stream.length) {
    const first = stream[index];
    if (!first || isStop(first)) break;
    let cells: StreamCell[];
    if (headerInRow && first.inRow) {
      cells = stream.filter((cell, position) => position >= index && cell.line === first.line);
      index += cells.length;
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
      // The vertical 绩效指标 title's continuation cell opens every row of a cell-by-cell dump.
      if (leadingCells > 0 && (first.label === '' || TITLE_CELL.test(first.label))) {
        index++;
        continue;
      }
      const skip =
        matchLevel1(first.label) || first.label === '' ? 0 : level2Of(first.label) ? 1 : levelCount;
      cells = stream.slice(index, index + columns.length - Math.min(skip, levelCount));
      index += cells.length;
    }
    // Cells left of the header's first column (the vertical 绩效指标 title) when the row repeats them.
    while (
      cells.length > 0 &&
      cells[0]!.inRow &&
      cells[0]!.column < leadingCells &&
      (cells[0]!.label === '' || TITLE_CELL.test(cells[0]!.label))
    ) {
      cells = cells.slice(1);
    }
    if (TITLE_CELL.test(cells[0]?.label ?? '')) cells = cells.slice(1);
    const firstLabel = cells[0]?.label ?? '';
    const writtenLevel1 = matchLevel1(firstLabel);
    const writtenLevel2 = writtenLevel1 ? null : level2Of(firstLabel);
    if (writtenLevel1) level1 = writtenLevel1;
    if (writtenLevel2) {
      level2 = writtenLevel2;
      level1 = impliedLevel1(writtenLevel2) ?? level1;
    }
    // Merged 一级/二级 cells left out of a row: restore them as blanks ("same as above").
    let missing = writtenLevel1 || firstLabel === '' ? 0 : writtenLevel2 ? 1 : levelCount;
    if (writtenLevel2 && !columns.includes('level2')) {
      // A 二级 written in a table without a 二级 column stands before the 三级: it is not a column.
      cells = cells.slice(1);
      missing = columns.includes('level1') ? 1 : 0;
    }
    const padding = Array.from({ length: Math.min(missing, levelCount) }, () => ({
      ...first,
      text: '',
      label: '',
    }));
    const row = [...padding, ...cells];
    if (columns.includes('level2') && !writtenLevel2) {
      const written = level2Of(row[columns.indexOf('level2')]?.label ?? '');
      if (written) {
        level2 = written;
        // 成本指标 under a blank (merged) 一级 stays under the 一级 above (产出指标 in the 2020 template).
        const isCarriedLevel1 = level1 !== '' && columns.includes('level1') && (row[columns.indexOf('level1')]?.label ?? '') === '' && matchLevel1(written) !== null;
        if (!isCarriedLevel1) level1 = impliedLevel1(written) ?? level1;
      }
    }
    const indicator = buildIndicator({ cells: row, columns, level1, level2 });
    if (indicator) indicators.push(indicator);
  }
  return { indicators, columnLabels, start, end: index };
}
