/**
 * Builds the goal → indicator tree of a target or approval table from its rows, carrying merged
 * 一级/二级 cells down (a blank level means "same as above"; a 二级 without its 一级 implies it,
 * DOMAIN.md "The indicator tree"). Rows whose cells sit in their columns are placed by column;
 * rows whose cells shifted are placed by what each cell is (indicator-cells.ts) and reported as
 * `shifted-row`; rows that cannot be placed are reported as `unparsed-line`. Values are never
 * invented: an indicator without a value cell gets target null.
 */
import type { Finding, Goal } from '../../core/model.ts';
import {
  impliedLevel1Of,
  isLevelName,
  matchLevel1Name,
  isTableHeading,
  looksLikeValue,
  matchGoalName,
  matchLevel2Name,
} from './indicator-cells.ts';
import { parseAmount } from './amounts.ts';
import { compact } from './normalize.ts';
import { joinCellLines, type TableRow } from './table-rows.ts';
import { toIndicatorValue } from './target-value.ts';

/** Where each part of an indicator row sits; -1 when the table has no such column. */
export interface ColumnMap {
  goal: number;
  level1: number;
  level2: number;
  name: number;
  target: number;
  /** Regional layouts (DOMAIN.md): operator and unit in their own columns (指标性质 / 度量单位). */
  operator?: number;
  unit?: number;
  /** 分值 / 权重 column, when the table has one. */
  weight?: number;
}

export interface IndicatorTree {
  goals: Goal[];
  findings: Finding[];
  level1: string;
  level2: string;
}

export function createIndicatorTree(): IndicatorTree {
  return { goals: [], findings: [], level1: '', level2: '' };
}

/** Opens a new goal; levels do not carry over from one goal to the next. */
export function startGoal(tree: IndicatorTree, name: string): void {
  tree.goals.push({ name, indicators: [] });
  tree.level1 = '';
  tree.level2 = '';
}

/** Sets the current levels from the cells of a row: blank keeps, a 二级 alone implies its 一级. */
export function applyLevels(tree: IndicatorTree, level1: string | null, level2: string | null): void {
  if (level2) {
    const implied = impliedLevel1Of(level2);
    // Older templates put 成本指标 under 产出指标 (DOMAIN.md); newer ones make it its own 一级.
    // A blank 一级 keeps the one above whenever the 二级 can belong to it.
    const fitsCurrent = implied === tree.level1 || (tree.level1 === '产出指标' && implied === '成本指标');
    tree.level1 = level1 ?? (fitsCurrent ? tree.level1 : (implied ?? tree.level1));
    tree.level2 = level2;
  } else if (level1 && level1 !== tree.level1) {
    tree.level1 = level1;
    tree.level2 = '';
  }
}

/** Adds an indicator under the current goal and levels; returns its model path. */
export function addIndicator(
  tree: IndicatorTree,
  input: { name: string; target: string; line: number; weight?: string | null },
): string {
  // A table without goal cells has one implicit goal; its levels were already set.
  if (tree.goals.length === 0) tree.goals.push({ name: '', indicators: [] });
  const goalIndex = tree.goals.length - 1;
  const goal = tree.goals[goalIndex] as Goal;
  goal.indicators.push({
    level1: tree.level1,
    level2: tree.level2,
    name: input.name,
    target: toIndicatorValue(input.target, input.name),
    ...(input.weight === undefined ? {} : { weight: input.weight }),
    line: input.line,
  });
  return `goals.${goalIndex}.indicators.${goal.indicators.length - 1}`;
}

function currentGoalPath(tree: IndicatorTree): string {
  return tree.goals.length === 0 ? 'goals' : `goals.${tree.goals.length - 1}`;
}

function describeCells(cells: readonly string[]): string {
  return cells
    .map(joinCellLines)
    .filter((cell) => cell !== '')
    .join(' | ');
}

/** Reports a row that could not be placed, quoting its cells. */
export function reportUnparsedRow(tree: IndicatorTree, row: TableRow, reason: string): void {
  tree.findings.push({
    severity: 'warning',
    code: 'unparsed-line',
    message: `第${row.line}行${reason}（${describeCells(row.cells)}），未读入，请核对原表。`,
    path: currentGoalPath(tree),
    line: row.line,
  });
}

function cellAt(cells: readonly string[], index: number): string {
  return index >= 0 ? (cells[index] ?? '') : '';
}

/** The row read by column, or null when a cell is not what its column holds. */
function readByColumns(cells: readonly string[], columns: ColumnMap) {
  for (let index = 0; index < cells.length; index += 1) {
    if (cells[index] === '') continue;
    const isMapped =
      index === columns.goal ||
      index === columns.level1 ||
      index === columns.level2 ||
      index === columns.name ||
      index === columns.target ||
      index === columns.operator ||
      index === columns.unit ||
      index === columns.weight;
    if (!isMapped) return null;
  }
  // Each cell is matched once: a blank cell gives null, a filled one must be what its column holds.
  const goalCell = cellAt(cells, columns.goal);
  const goal = goalCell === '' ? null : matchGoalName(goalCell);
  if (goalCell !== '' && !goal) return null;
  const level1Cell = cellAt(cells, columns.level1);
  const level1 = level1Cell === '' ? null : matchLevel1Name(level1Cell);
  if (level1Cell !== '' && !level1) return null;
  const level2Cell = cellAt(cells, columns.level2);
  const level2 = level2Cell === '' ? null : matchLevel2Name(level2Cell);
  if (level2Cell !== '' && !level2) return null;
  const name = joinCellLines(cellAt(cells, columns.name));
  if (name === '' || isLevelName(name) || matchGoalName(name) || isTableHeading(name)) return null;
  return {
    goal,
    level1,
    level2,
    name,
    target: composeTarget(cells, columns),
    weight: columns.weight === undefined ? undefined : parseAmount(cellAt(cells, columns.weight)),
  };
}

const OPERATOR_CELL = /^([≥≤<>=＝]{1,2}|大于等于|小于等于|等于|大于|小于|不少于|不超过|不低于|不高于)$/;

/**
 * The 指标值 text of a row; where operator and unit have their own columns (指标性质 `≥` / 指标值
 * `100` / 度量单位 `人次`) they are joined around the value, as the parser reads "≥100人次".
 */
function composeTarget(cells: readonly string[], columns: ColumnMap): string {
  const value = joinCellLines(cellAt(cells, columns.target));
  if (value === '') return '';
  const operator = compact(cellAt(cells, columns.operator ?? -1));
  const unit = compact(cellAt(cells, columns.unit ?? -1));
  const prefix = OPERATOR_CELL.test(operator) && !/^[≥≤<>=＝]/.test(value) ? operator : '';
  const suffix = unit !== '' && !value.endsWith(unit) ? unit : '';
  return `${prefix}${value}${suffix}`;
}

/**
 * Places one row of the indicator table: by column when its cells are where the heading says,
 * else by what each cell is. Heading rows only open the goal they name.
 */
export function placeIndicatorRow(tree: IndicatorTree, row: TableRow, columns: ColumnMap): void {
  const byColumns = readByColumns(row.cells, columns);
  if (byColumns) {
    if (byColumns.goal) startGoal(tree, byColumns.goal);
    applyLevels(tree, byColumns.level1, byColumns.level2);
    addIndicator(tree, {
      name: byColumns.name,
      target: byColumns.target,
      line: row.cellLines[columns.name] ?? row.line,
      ...(byColumns.weight === undefined ? {} : { weight: byColumns.weight }),
    });
    return;
  }
  placeByCellKinds(tree, row);
}

/**
 * The level names of one cell, each matched once: its 一级 (matchLevel1Name), its 二级 when it is
 * not also a 一级 (matchLevel2Only), and whether it is either (isLevelName).
 */
function readCellLevels(text: string): { level1: string | null; level2Only: string | null; isLevel: boolean } {
  const level1 = matchLevel1Name(text);
  const level2 = matchLevel2Name(text);
  return { level1, level2Only: level1 === null ? level2 : null, isLevel: level1 !== null || level2 !== null };
}

/** Places a row whose cells shifted, by recognising goal, level, name and value cells. */
function placeByCellKinds(tree: IndicatorTree, row: TableRow): void {
  const placed = row.cells
    .map((text, index) => ({ text: joinCellLines(text), line: row.cellLines[index] ?? row.line }))
    .filter((cell) => cell.text !== '');
  if (placed.length === 0) return;
  // What each cell is, asked once per cell (the questions below were asked up to three times).
  const kinds = placed.map(({ text }) => ({ text, goal: matchGoalName(text), isHeading: isTableHeading(text) }));
  const goalName = kinds.find((cell) => cell.goal !== null)?.goal ?? null;
  if (kinds.some((cell) => cell.isHeading)) {
    // A heading row (目标一 | 一级指标 | 二级指标 …) only opens its goal; debris mixed with
    // headings ("双项目标 | 指标") is reported.
    if (kinds.every((cell) => cell.isHeading || cell.goal)) {
      if (goalName) startGoal(tree, goalName);
    } else reportUnparsedRow(tree, row, '不是完整的指标行');
    return;
  }
  const cellLevels = kinds.map((cell) => readCellLevels(cell.text));
  const level1 = cellLevels.find((cell) => cell.level1 !== null)?.level1 ?? null;
  const level2 = cellLevels.find((cell) => cell.level2Only !== null)?.level2Only ?? null;
  const texts = kinds.filter((cell, index) => !cell.goal && !cellLevels[index]?.isLevel).map((cell) => cell.text);
  if (texts.length === 0) {
    if (goalName) {
      startGoal(tree, goalName);
      applyLevels(tree, level1, level2);
    } else reportUnparsedRow(tree, row, '只有指标级别，没有指标名称和指标值');
    return;
  }
  let [name = '', target = ''] = texts;
  if (texts.length > 2) return reportUnparsedRow(tree, row, '的单元格过多，无法分清指标名称和指标值');
  if (texts.length === 1 && looksLikeValue(name)) return reportUnparsedRow(tree, row, '只有指标值，没有指标名称');
  if (texts.length === 2 && looksLikeValue(name) && !looksLikeValue(target)) [name, target] = [target, name];
  if (goalName) startGoal(tree, goalName);
  applyLevels(tree, level1, level2);
  const nameLine = placed.find((cell) => cell.text === name)?.line ?? row.line;
  const path = addIndicator(tree, { name, target, line: nameLine });
  const levels = [tree.level1, tree.level2].filter((level) => level !== '').join('/');
  tree.findings.push({
    severity: 'warning',
    code: 'shifted-row',
    message:
      `第${row.line}行的单元格错位，已按内容读为${levels ? `“${levels}”下的` : ''}指标“${name}”` +
      (target === '' ? '，该行没有指标值' : `，指标值“${target}”`) +
      '，请核对原表。',
    path,
    line: row.line,
  });
}
