/**
 * Reads a table of goals and indicators with its header facts: the shared body of the 目标表
 * (target-table) and 批复表 (approval-table) readers. Handles the row layouts of table-rows.ts
 * (tab lines, blank-separated blocks of sample 000, `|` cells), one cell per line, and published
 * `【一级-二级】 指标1:名称(值)` lists.
 */
import { createEmptyDocument, type DocumentKind, type Finding, type PerformanceDocument, type Scope } from '../../core/model.ts';
import { readHeader } from './header.ts';
import { compact } from './normalize.ts';
import { readTableRows, joinCellLines, type TableRow } from './table-rows.ts';
import { flattenCells, readBudgetCells, readLabelledText, type FlatCell } from './table-facts.ts';
import { createIndicatorTree, placeIndicatorRow, startGoal, type ColumnMap, type IndicatorTree } from './indicator-tree.ts';
import { matchGoalName } from './indicator-cells.ts';
import {
  findOnePerLineHeading,
  hasPublishedTargetList,
  isClosingLabel,
  readOnePerLineIndicators,
  readPublishedTargetList,
} from './target-list.ts';
import { findRunTogetherHeading, readRunTogetherIndicators } from './target-run-together.ts';

const functionLabels = ['部门职能职责概述', '部门职能概述', '部门职能', '职能概述', '主要职能'];
const overallGoalLabels = ['年度整体绩效目标', '整体绩效目标', '年度总体目标', '年度绩效目标'];
const reviewLabels = ['财政部门审核意见', '主管部门审核意见', '审核意见'];

/** The column map from the heading row (一级指标 / 二级指标 / 三级指标 / 指标值), or null. */
export function readColumnMap(row: TableRow): ColumnMap | null {
  // Asked of every row until the heading: rows without "级" are skipped before compacting cells.
  if (!row.cells.some((cell) => cell.includes('级'))) return null;
  const written = row.cells.map(compact);
  const level1 = written.findIndex((cell) => cell === '一级指标');
  if (level1 < 0) return null;
  const find = (pattern: RegExp) => written.findIndex((cell, index) => index > level1 && pattern.test(cell));
  const level2 = find(/^二级指标$/);
  const name = find(/^(三级指标|指标名称|三级指标名称|绩效指标名称)$/);
  const target = find(/^(年度)?(指标值|目标值)(及单位)?$|^指标值[（(].*[）)]$|^全年指标值$/);
  const columns: ColumnMap = {
    goal: level1 - 1,
    level1,
    level2: level2 < 0 ? level1 + 1 : level2,
    name: name < 0 ? level1 + 2 : name,
    target: target < 0 ? level1 + 3 : target,
  };
  const operator = find(/^(指标性质|指标方向|运算符号?|符号)$/);
  const unit = find(/^(度量单位|计量单位|单位)$/);
  const weight = find(/^(分值|权重|指标权重)([（(]分[）)])?$/);
  if (operator >= 0) columns.operator = operator;
  if (unit >= 0) columns.unit = unit;
  if (weight >= 0) columns.weight = weight;
  return columns;
}

/** Keeps a 审核意见 that has text as an info finding, so reviewers see it beside the checks. */
function reportReviewOpinion(document: PerformanceDocument, cells: readonly FlatCell[]): void {
  const opinion = readLabelledText(cells, reviewLabels);
  if (!opinion || isClosingLabel(opinion.text)) return;
  document.findings.push({
    severity: 'info',
    code: 'review-opinion',
    message: `原表附有审核意见：${joinCellLines(opinion.text)}`,
    path: '',
    line: opinion.line,
  });
}

/**
 * Reads the indicator rows from `from` until a closing label (审核意见 …); returns the index of
 * the closing row, or -1 when the table has none.
 */
function readIndicatorRows(tree: IndicatorTree, rows: readonly TableRow[], input: { columns: ColumnMap; from: number }): number {
  for (let index = input.from; index < rows.length; index += 1) {
    const row = rows[index] as TableRow;
    if (row.cells.some(isClosingLabel)) return index;
    placeIndicatorRow(tree, row, input.columns);
  }
  return -1;
}

/** Fills the header facts and what is written around the indicators. */
function readFacts(document: PerformanceDocument, lines: readonly string[], cellsBefore: readonly FlatCell[]): void {
  const header = readHeader(lines);
  document.unit = header.unit ?? '';
  document.year = header.year;
  document.supervisor = header.supervisor;
  document.project = header.project;
  // The model's unit of a project table is its 实施单位 (core/model.ts).
  if (header.implementer && (document.scope === 'project' || !header.unit)) document.unit = header.implementer;
  const findings: Finding[] = [];
  document.budget = readBudgetCells(cellsBefore, findings);
  document.findings.push(...findings);
  document.functions = readLabelledText(cellsBefore, functionLabels)?.text.trim() ?? null;
  document.overallGoal = readLabelledText(cellsBefore, overallGoalLabels)?.text.trim() ?? null;
}

/**
 * Reads a 目标表 or 批复表 (or any table of goals and indicators) into a document of `kind`.
 * Never throws on content: what cannot be placed becomes a finding.
 */
export function readIndicatorTable(lines: readonly string[], kind: DocumentKind, scope: Scope): PerformanceDocument {
  const document = createEmptyDocument(kind, scope);
  const tree = createIndicatorTree();
  const onePerLine = findOnePerLineHeading(lines);
  const runTogether = onePerLine < 0 ? findRunTogetherHeading(lines) : -1;
  if (hasPublishedTargetList(lines)) {
    readFacts(document, lines, flattenCells(readTableRows(lines)));
    readPublishedTargetList(tree, lines);
  } else if (onePerLine >= 0 || runTogether >= 0) {
    const heading = Math.max(onePerLine, runTogether);
    readFacts(document, lines, flattenCells(readTableRows(lines.slice(0, heading))));
    const end =
      onePerLine >= 0 ? readOnePerLineIndicators(tree, lines, heading + 1) : readRunTogetherIndicators(tree, lines, heading + 1);
    reportReviewOpinion(document, flattenCells(readTableRows(lines.slice(end))));
  } else {
    const rows = readTableRows(lines);
    const headingIndex = rows.findIndex((row) => readColumnMap(row) !== null);
    const cellsBefore = flattenCells(headingIndex < 0 ? rows : rows.slice(0, headingIndex));
    readFacts(document, lines, cellsBefore);
    let closing: number;
    if (headingIndex >= 0) {
      const headingRow = rows[headingIndex] as TableRow;
      // The heading row may also name the first goal (sample 000: "目   标   一 | 一级指标 | …").
      const firstGoal = headingRow.cells.map(matchGoalName).find((name) => name !== null);
      if (firstGoal) startGoal(tree, firstGoal);
      closing = readIndicatorRows(tree, rows, { columns: readColumnMap(headingRow) as ColumnMap, from: headingIndex + 1 });
    } else closing = rows.findIndex((row) => row.cells.some(isClosingLabel));
    if (closing >= 0) reportReviewOpinion(document, flattenCells(rows.slice(closing)));
  }
  document.goals = tree.goals;
  document.findings.push(...tree.findings);
  return document;
}
