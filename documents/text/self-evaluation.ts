/**
 * Reader of 绩效自评表 text dumps, 部门整体 (sample 001) and 项目 (项目名称 / 主管部门 / 实施单位
 * header, funds split into 本年财政拨款 / 上年结转资金 / 其他资金). Blocks: header facts → funds
 * (年初预算数 …) → 年度总体目标 → indicator table → 总分. The indicator table, whatever its layout
 * and column wording, is read by the one grid reader (documents/grid).
 */
import { createEmptyDocument, type PerformanceDocument, type Scope, type Totals } from '../../core/model.ts';
import { applyIndicatorTable } from '../grid/apply-indicator-table.ts';
import { readTextIndicators } from '../grid/read-text-indicators.ts';
import { applyTableHeader } from './project-header.ts';
import { compact } from './normalize.ts';
import { statedTotalScoreLabels, tableEndOutlineNumber } from '../vocabulary/columns.ts';
import { readTableRows } from './table-rows.ts';
import { fundRowsOfHeaderLine } from './run-together-funds.ts';
import { readSelfEvaluationBudget } from './self-evaluation-budget.ts';
import { readOverallBlock, readUnheadedTexts, rowsOutsideBlock } from './self-evaluation-overall.ts';
import { readOverallGoal } from './overall-goal.ts';
import { readInterleavedOverall } from './interleaved-overall.ts';

/** Reads a self-evaluation table into the model; what cannot be placed becomes a finding. */
export function readSelfEvaluation(lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation', scope);
  // The indicators: lines → recoverGrid → the one indicator-table reader (documents/grid).
  const table = readTextIndicators(lines);
  // Header facts stand above the indicator header: an indicator named like a label ("主管部门满意度") is none.
  applyTableHeader(document, table.headerLine === undefined ? lines : lines.slice(0, table.headerLine), table.headerLine === undefined ? [] : lines.slice(table.headerLine));
  const above = readTableRows(lines.slice(0, table.headerLine === undefined ? lines.length : table.headerLine - 1));
  const overall = readOverallBlock(above, lines, { isResultBeside: true });
  const fundRows = rowsOutsideBlock(above, overall);
  const budget = readSelfEvaluationBudget([...fundRows, ...fundRowsOfHeaderLine(lines, table.headerLine)]);
  document.budget = budget.budget;
  document.findings.push(...budget.findings);
  // The 预期目标 / 实际完成情况 block, else a goal written beside its label (a 部门 sheet's 总体绩效目标).
  // A table run together on one line holds the block on the indicator header's own line.
  const headerLine = table.headerLine === undefined ? undefined : lines[table.headerLine - 1];
  const inline = overall.overallGoal === null && overall.overallResult === null && headerLine ? readOverallBlock(readTableRows([headerLine]), [headerLine]) : overall;
  const unheaded = inline.overallGoal === null && inline.overallResult === null && headerLine ? readUnheadedTexts(headerLine) : null;
  // A PDF's text of two cells side by side, interleaved line by line under their headings (Guangdong's 部门 sheet).
  const interleaved = inline.overallGoal === null && inline.overallResult === null ? readInterleavedOverall(lines.slice(0, table.headerLine ?? lines.length)) : null;
  document.overallGoal = unheaded?.overallGoal ?? inline.overallGoal ?? interleaved?.overallGoal ?? readOverallGoal(above)?.text.trim() ?? null;
  document.overallResult = unheaded?.overallResult ?? inline.overallResult ?? interleaved?.overallResult ?? null;
  document.totals = { weight: null, score: null, grade: findStatedGrade(lines) };

  if (!table.hasTable) {
    document.findings.push({
      severity: 'error',
      code: 'unparsed-line',
      message:
        '没有找到绩效指标表的表头（一级指标、二级指标、三级指标、指标值等），指标未能读取，请检查原文。',
      path: 'goals',
    });
    return document;
  }
  applyIndicatorTable(document, table);
  if (document.totals.score == null) {
    const stated = findStatedTotalScore(lines.slice(0, table.headerLine ?? lines.length));
    if (stated !== null) document.totals = { ...document.totals, score: stated };
  }
  return document;
}

/** A score of one to three digits after its label in one cell: "自评总分：96", "自评总分:95.5分". */
const STATED_SCORE = /^[:：]?(\d{1,3}(?:\.\d{1,2})?)分?$/;

/** The total score a cell of the head states with its label ("自评总分：96"); null when none does. */
function findStatedTotalScore(lines: readonly string[]): string | null {
  for (const line of lines) {
    for (const cell of line.split(/\t|\|/)) {
      const written = compact(cell);
      const label = statedTotalScoreLabels.find((word) => written.startsWith(word));
      const score = label === undefined ? null : STATED_SCORE.exec(written.slice(label.length))?.[1];
      if (score != null && Number(score) <= 100) return score;
    }
  }
  return null;
}

/** A grade the document states itself ("自评等级：优"); null when it states none (001). */
function findStatedGrade(lines: readonly string[]): Totals['grade'] {
  const cellOf = (line: string): string => compact(line).replace(/\|/g, '');
  for (const [index, line] of lines.entries()) {
    if (!line.includes('等') || !/等\s*[级次]/.test(line)) continue;
    // Only a line that is the grade's own cell (or the 总分 row) states it: "等级" inside a sentence
    // (安全等级中等) is no grade.
    // Cell separators (tabs, "|" of a web page's table) say nothing here: "| 自评等级 | 优 |".
    // "四、部门自评等级 | 优" (Yunnan 部门整体 table): the row's outline number and whose grade it is say nothing more.
    let cell = cellOf(line).replace(tableEndOutlineNumber, '').replace(/^(?:部门|单位|项目|整体)(?=(?:评价|自评|绩效)?等)/, '');
    // One cell per line (Hainan 自评表 from a .docx): "评价等次" alone, the grade on the next line.
    if (/^(?:评价|自评|绩效)?等[级次][:：]?$/.test(cell)) cell += cellOf(lines.slice(index + 1).find((next) => cellOf(next) !== '') ?? '');
    // The score's row before it: "总分 100 96 等级 优", "自评得分 96 自评等级 优" (a sheet closing with its score and grade).
    const match = /^(?:(?:总分|自评得分|自评总分|综合得分).*)?(?:评价|自评|绩效)?等[级次][:：]?(优秀?|良好?|中|差)$|^(?:(?:总分|自评得分|自评总分|综合得分).*)?(?:评价|自评|绩效)?等级[:：]?(优秀?|良好?|中|差)/.exec(cell);
    const grade = (match?.[1] ?? match?.[2])?.charAt(0);
    if (grade === '优' || grade === '良' || grade === '中' || grade === '差') return grade;
  }
  return null;
}
