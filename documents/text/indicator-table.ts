/**
 * Reads a table of goals and indicators with its header facts: the shared body of the 目标表
 * (target-table) and 批复表 (approval-table) readers. The indicators come from the one grid
 * reader (documents/grid: lines → recoverGrid → readIndicatorGrid, whatever the layout); this file
 * reads the facts written around them: header, 年度预算申请, 部门职能, 整体绩效目标, 审核意见.
 */
import { createEmptyDocument, type DocumentKind, type Finding, type PerformanceDocument, type Scope } from '../../core/model.ts';
import { applyIndicatorTable } from '../grid/apply-indicator-table.ts';
import { isTableEnd } from '../grid/cell-kinds.ts';
import { readTextIndicators } from '../grid/read-text-indicators.ts';
import { findSignedUnitBelow, readHeader } from './header.ts';
import { readOverallGoal, readOverallGoalInLine } from './overall-goal.ts';
import { joinCellLines } from '../grid/cell-text.ts';
import { readTableRows, type TableRow } from './table-rows.ts';
import { flattenCells, readBudgetCells, readLabelledText, type FlatCell } from './table-facts.ts';

const functionLabels = ['部门职能职责概述', '部门职能概述', '部门职能', '职能概述', '主要职能'];
const reviewLabels = ['财政部门审核意见', '主管部门审核意见', '审核意见'];

/** Keeps a 审核意见 that has text as an info finding, so reviewers see it beside the checks. */
function reportReviewOpinion(document: PerformanceDocument, cells: readonly FlatCell[]): void {
  const opinion = readLabelledText(cells, reviewLabels);
  if (!opinion || isTableEnd(opinion.text)) return;
  document.findings.push({
    severity: 'info',
    code: 'review-opinion',
    message: `原表附有审核意见：${joinCellLines(opinion.text)}`,
    path: '',
    line: opinion.line,
  });
}

/** Fills the header facts and what is written around the indicators. */
function readFacts(document: PerformanceDocument, lines: readonly string[], rowsBefore: readonly TableRow[], linesBelow: readonly string[]): void {
  const cellsBefore = flattenCells(rowsBefore);
  const header = readHeader(lines);
  // A form naming its unit only in the signature line under the table ("填报单位（盖章）：…").
  document.unit = header.unit ?? (header.implementer ? null : findSignedUnitBelow(linesBelow)) ?? '';
  document.year = header.year;
  document.supervisor = header.supervisor;
  document.project = header.project;
  // The model's unit of a project table is its 实施单位 (core/model.ts).
  if (header.implementer && (document.scope === 'project' || !header.unit)) document.unit = header.implementer;
  // A fund's table naming no unit at all (a 区域绩效目标表: 中央主管部门, 省级 / 区县 部门, no 实施单位): its local
  // 主管部门, as a self-evaluation's (project-header.ts).
  if (document.unit === '' && document.scope === 'project' && header.supervisor) document.unit = header.supervisor;
  const findings: Finding[] = [];
  document.budget = readBudgetCells(cellsBefore, findings);
  document.findings.push(...findings);
  document.functions = readLabelledText(cellsBefore, functionLabels)?.text.trim() ?? null;
  document.overallGoal = readOverallGoal(rowsBefore)?.text.trim() ?? null;
}

/**
 * Reads a 目标表 or 批复表 (or any table of goals and indicators) into a document of `kind`.
 * Never throws on content: what cannot be placed becomes a finding.
 */
export function readIndicatorTable(lines: readonly string[], kind: DocumentKind, scope: Scope): PerformanceDocument {
  const document = createEmptyDocument(kind, scope);
  const table = readTextIndicators(lines);
  // The facts are read above the indicator header (the whole text when there is none).
  const headerIndex = table.headerLine === undefined ? lines.length : table.headerLine - 1;
  // Header labels too: an indicator named like a label ("主管部门满意度") is no 主管部门.
  readFacts(
    document,
    table.headerLine === undefined ? lines : lines.slice(0, table.headerLine),
    readTableRows(lines.slice(0, headerIndex)),
    table.headerLine === undefined ? [] : lines.slice(table.headerLine),
  );
  const after = lines.slice(headerIndex);
  const closing = after.findIndex((line) => line.split(/\t|\|/).some((cell) => isTableEnd(cell.trim())));
  if (closing >= 0) {
    const offset = headerIndex + closing;
    const rows = readTableRows(lines.slice(offset)).map((row) => ({ ...row, line: row.line + offset, cellLines: row.cellLines.map((line) => line + offset) }));
    reportReviewOpinion(document, flattenCells(rows));
  }
  // A table on one line: the goal stands on the indicator header's own line.
  if (document.overallGoal === null && table.headerLine !== undefined) document.overallGoal = readOverallGoalInLine(lines[table.headerLine - 1] ?? '');
  if (table.hasTable) applyIndicatorTable(document, table);
  return document;
}
