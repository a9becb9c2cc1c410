/**
 * Tables whose cells extraction wrote one per line, without separators: the header words one per
 * line (一级指标 / 二级指标 / 三级指标 / 年度指标值 …), then each row's cells one per line, read row by
 * row (one-per-line-row.ts says which line each column takes); here the rows' order, the lines that
 * open no indicator row (a goal, a label under the table, a project's leading cells) and the 总分.
 */
import { isLeadingAmountHeading, matchColumnRole, type ColumnRole } from '../../vocabulary/columns.ts';
import { isNumberCell, isSubtotalCell, isTableEnd, isTotalsCell } from '../cell-kinds.ts';
import { matchGoalName, readGoalRow } from '../goal-names.ts';
import { isGoalDescription } from '../read-row.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { isLevelName, matchLevel1 } from '../levels.ts';
import { isFrameworkLevel } from '../../../core/levels/index.ts';
import { readHeaderRun, type Line } from './one-per-line-header.ts';
import { EMPTY_CELL_LINE } from '../stacked-lines.ts';
import { readFourLevelRow, rightPlacedLevelColumnOf } from './one-per-line-four-levels.ts';
import { readLeadingCells, type LeadingColumns } from './one-per-line-leading-columns.ts';
import { isGroupLevel2Opening, isLevelRole, isSerialAfter, readRowCells, readSoundestRow, withGroupBoundLevel2, withUnlistedLevel2 } from './one-per-line-row.ts';
import type { LayoutDetector } from './types.ts';

/** The columns before the levels of a header opening with a project list's headings, and where its amount is. */
function leadingColumnsOf(header: readonly Line[], roles: readonly ColumnRole[]): LeadingColumns | undefined {
  const count = roles.findIndex(isLevelRole);
  const amountColumn = header.findIndex((word) => isLeadingAmountHeading(word.text));
  return count > 0 && amountColumn >= 0 && amountColumn < count ? { count, amountColumn, hasSerial: roles[0] === 'sequence' } : undefined;
}

/** The 一级 carried down to rows that leave it to the merged cell above, and whether the table's 一级 are a framework's. */
interface LevelGroup {
  level1: string;
  isFramework: boolean;
}

/**
 * Regroups the lines after the header into rows of the header's columns. `group` goes on over the header written
 * again after a page break: the rows after it are still under the 一级 above and of the same framework (规划 / 执行
 * / 效果: 满意度 under 效果 on the next page).
 */
function regroup(lines: readonly Line[], from: number, table: { roles: readonly ColumnRole[]; group: LevelGroup; leading?: LeadingColumns; fourthLevel?: number }): { rows: GridRow[]; end: number } {
  const { roles, group, leading, fourthLevel = -1 } = table;
  const rows: GridRow[] = [];
  let index = from;
  while (index < lines.length) {
    const first = lines[index] as Line;
    // Empty cells left over after a row (more than its columns) start no row.
    if (first.text === EMPTY_CELL_LINE) {
      index += 1;
      continue;
    }
    if (isTotalsCell(first.text) || isTableEnd(first.text)) break;
    // The header again (each goal of a 部门整体 table repeats it): the caller reads it as a header.
    if (readHeaderRun(lines, index)) break;
    // A score sheet of four levels: a row's level cells placed from the right, the last one the 四级.
    const fourLevelRow = fourthLevel >= 0 ? readFourLevelRow(lines, index, roles, fourthLevel) : null;
    if (fourLevelRow !== null) {
      rows.push(createTextRow(fourLevelRow.texts, { line: first.line }, fourLevelRow.cellLines));
      index = fourLevelRow.end;
      continue;
    }
    // A 二级 the vocabulary knows only inside its 一级's group (绩效目标 under 决策 in the framework of 决策 / 过程 /
    // 产出 / 效益), a goal column's heading anywhere else: under that 一级 it opens its row as the row's 二级.
    // (After the row's 序号 when the table numbers its rows.)
    const serial = roles[0] === 'sequence' && isNumberCell(first.text) ? 1 : 0;
    const opening = lines[index + serial];
    if (opening !== undefined && isGroupLevel2Opening(opening.text, roles, group.level1)) {
      const { read } = readSoundestRow(lines, index + serial + 1, roles, ['sequence', 'level1', 'level2']);
      const texts = [...read.texts];
      const cellLines = [...read.cellLines];
      texts[roles.indexOf('level2')] = opening.text;
      cellLines[roles.indexOf('level2')] = opening.line;
      if (serial === 1) [texts[0], cellLines[0]] = [first.text, first.line];
      index = read.end;
      rows.push(createTextRow(texts, { line: first.line }, cellLines));
      continue;
    }
    // A 小计 row (after its 序号) holds numbers only, up to the next row's 序号 (a number a row's text follows): no
    // indicator (read-indicator-table.ts).
    if (opening !== undefined && isSubtotalCell(opening.text)) {
      const opensNextRow = (at: number): boolean => {
        const after = lines[at + 1]?.text ?? '';
        return serial === 1 && isSerialAfter(first.text, (lines[at] as Line).text) && !isNumberCell(after) && !isTotalsCell(after) && !isTableEnd(after);
      };
      let end = index + serial + 1;
      while (isNumberCell(lines[end]?.text) && !opensNextRow(end)) end += 1;
      const cells = lines.slice(index, end);
      rows.push(createTextRow(cells.map((line) => line.text), { line: first.line }, cells.map((line) => line.line)));
      index = end;
      continue;
    }
    // A goal the header gives a column of its own (绩效目标 | 一级指标 …) is a cell of its first row.
    const goal = roles.includes('goal') ? null : matchGoalName(first.text);
    if (goal) {
      // The goal's text between it and the header its indicators repeat (目标二 / 推进… / 一级指标): one row.
      const text = lines[index + 1];
      const isText = text !== undefined && !readHeaderRun(lines, index + 1) && readHeaderRun(lines, index + 2) !== null;
      rows.push(createTextRow(isText ? [first.text, text.text] : [first.text], { line: first.line }, isText ? [first.line, text.line] : undefined));
      index += isText ? 2 : 1;
      continue;
    }
    // A column's heading word opening a row (说明 / 无 under the table) is no indicator: a label row and its text.
    if (matchColumnRole(first.text) !== null && !isLevelName(first.text)) {
      const text = lines[index + 1];
      const isText = text !== undefined && !isLevelName(text.text) && !readHeaderRun(lines, index + 1) && !isTotalsCell(text.text) && !isTableEnd(text.text);
      rows.push(createTextRow(isText ? [first.text, text.text] : [first.text], { line: first.line }, isText ? [first.line, text.line] : undefined));
      index += isText ? 2 : 1;
      continue;
    }
    if (leading !== undefined) {
      const { heading, cells, length } = readLeadingCells(lines, index, leading);
      if (heading.length > 0) {
        rows.push(createTextRow(heading.map((line) => line?.text ?? ''), { line: first.line }, heading.map((line) => line?.line ?? first.line)));
        index += heading.filter((line) => line !== null).length;
        continue;
      }
      // The project's leading cells written (or left to its first row), the rest of the row read after them.
      const read = readRowCells(lines, index + length, roles.slice(leading.count), []);
      const texts = [...Array.from({ length: leading.count }, (_, position) => cells[position]?.text ?? ''), ...read.texts];
      const cellLines = [...Array.from({ length: leading.count }, (_, position) => cells[position]?.line ?? first.line), ...read.cellLines];
      index = Math.max(read.end, index + 1);
      rows.push(createTextRow(texts, { line: first.line }, cellLines));
      continue;
    }
    const start = index;
    const soundest = readSoundestRow(lines, index, roles, []);
    const read = withUnlistedLevel2(lines, index, roles, soundest.skipped, soundest.read);
    const texts = withGroupBoundLevel2(read.texts, roles, group);
    const { cellLines } = read;
    const level1 = texts[roles.indexOf('level1')] ?? '';
    if (roles.includes('level1') && level1 !== '') {
      group.level1 = level1;
      group.isFramework ||= isFrameworkLevel(matchLevel1(level1)?.key ?? null);
    }
    index = read.end;
    if (index === start) index += 1;
    rows.push(createTextRow(texts, { line: first.line }, cellLines));
  }
  return { rows, end: index };
}

/**
 * The 总分 row. With empty cells written (an unfilled 得分 and 原因: "合计 / 100 / | / |"), its cells
 * are the header's last columns, so 100 is the 权重 and not the 得分; otherwise its numbers as they come.
 */
function totalsRow(cells: readonly Line[], width: number): GridRow {
  const [label, ...values] = cells as [Line, ...Line[]];
  const source = { line: label.line };
  if (!values.some((cell) => cell.text === EMPTY_CELL_LINE) || values.length >= width) {
    return createTextRow(cells.filter((cell) => cell.text !== EMPTY_CELL_LINE).map((cell) => cell.text), source);
  }
  const texts = Array.from({ length: width }, () => '');
  texts[0] = label.text;
  values.forEach((cell, position) => (texts[width - values.length + position] = cell.text === EMPTY_CELL_LINE ? '' : cell.text));
  return createTextRow(texts, source);
}

function readOnePerLine(lines: readonly string[]): GridRow[] {
  const filled: Line[] = [];
  for (const [index, text] of lines.entries()) if (text.trim() !== '') filled.push({ text: text.trim(), line: index + 1 });
  const rows: GridRow[] = [];
  let index = 0;
  let found = false;
  const group: LevelGroup = { level1: '', isFramework: false };
  while (index < filled.length) {
    const run = readHeaderRun(filled, index);
    if (!run) {
      const line = filled[index] as Line;
      if (line.text !== EMPTY_CELL_LINE) rows.push(createTextRow([line.text], { line: line.line }));
      index += 1;
      continue;
    }
    found = true;
    const { roles, length, words: header } = run;
    // A goal named on the line before the header ("目标一", then the header words) opens the table's first goal; so does
    // one with its description between ("目标一 / 稳定粮食生产… / 一级指标"), as one row.
    const before = filled[index - 1];
    const label = filled[index - 2];
    const isLabelAbove = before && rows.at(-1)?.source.line === before.line && matchGoalName(before.text) !== null;
    const isDescribedAbove =
      !isLabelAbove && before && label && rows.at(-2)?.source.line === label.line && rows.at(-1)?.source.line === before.line && readGoalRow([label.text, before.text], isGoalDescription) !== null;
    if (isDescribedAbove) rows.splice(-2, 2, createTextRow([label.text, before.text], { line: label.line }, [label.line, before.line]));
    const goalAbove = isLabelAbove || isDescribedAbove ? rows.pop() : undefined;
    rows.push(createTextRow(header.map((line) => line.text), { line: (header[0] as Line).line }, header.map((line) => line.line)));
    if (goalAbove) rows.push(goalAbove);
    const body = regroup(filled, index + length, { roles, group, leading: run.hasLeadingHeadings ? leadingColumnsOf(header, roles) : undefined, fourthLevel: rightPlacedLevelColumnOf(header, roles) });
    rows.push(...body.rows);
    index = body.end;
    // "总分" then its numbers, one per line, are one row.
    const totals = filled[index];
    if (totals && isTotalsCell(totals.text)) {
      const cells = [totals];
      const isTotalsCellLine = (line: Line | undefined): boolean => line !== undefined && (isNumberCell(line.text) || line.text === EMPTY_CELL_LINE);
      while (isTotalsCellLine(filled[index + cells.length])) cells.push(filled[index + cells.length] as Line);
      rows.push(totalsRow(cells, roles.length));
      index += cells.length;
    }
  }
  return found ? rows : [];
}

export const onePerLineDetector: LayoutDetector = { name: 'one-per-line', readRows: readOnePerLine };
