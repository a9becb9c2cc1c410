/**
 * Reader of 绩效自评表 text dumps, 部门整体 (sample 001) and 项目 (项目名称 / 主管部门 / 实施单位
 * header, funds split into 本年财政拨款 / 上年结转资金 / 其他资金), in any column layout that
 * column-variants.ts knows and with cells separated by tabs, `|` or spaces (run-together rows).
 * Blocks: header facts → funds (年初预算数 …) → 年度总体目标 → indicator table → 总分.
 */
import {
  createEmptyDocument,
  type Finding,
  type PerformanceDocument,
  type Scope,
  type Totals,
} from '../../core/model.ts';
import { sumDecimals, toDecimal } from '../../core/decimal.ts';
import { applyTableHeader } from './project-header.ts';
import { compact } from './normalize.ts';
import { readTableRows, type TableRow } from './table-rows.ts';
import { mapIndicatorColumns, type IndicatorColumns } from './column-variants.ts';
import { readSelfEvaluationBudget } from './self-evaluation-budget.ts';
import { readOverallBlock } from './self-evaluation-overall.ts';
import { readIndicatorRows } from './self-evaluation-indicators.ts';
import { regroupTableLayout } from './self-evaluation-layout.ts';
import { hasText, parseNumberCell } from './self-evaluation-text.ts';

/** Reads a self-evaluation table into the model; what cannot be placed becomes a finding. */
export function readSelfEvaluation(lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation', scope);
  applyTableHeader(document, lines);

  const rows = regroupTableLayout(readTableRows(lines));
  const headerIndex = rows.findIndex((row) => mapIndicatorColumns(row.cells) !== null);
  const above = headerIndex < 0 ? rows : rows.slice(0, headerIndex);
  const overall = readOverallBlock(above);
  const fundRows = overall.headerIndex < 0 ? above : above.slice(0, overall.headerIndex);
  const budget = readSelfEvaluationBudget(fundRows);
  document.budget = budget.budget;
  document.findings.push(...budget.findings);
  document.overallGoal = overall.overallGoal;
  document.overallResult = overall.overallResult;

  if (headerIndex < 0) {
    document.findings.push({
      severity: 'error',
      code: 'unparsed-line',
      message:
        '没有找到绩效指标表的表头（一级指标、二级指标、三级指标、指标值等），指标未能读取，请检查原文。',
      path: 'goals',
    });
    return document;
  }
  const columns = mapIndicatorColumns((rows[headerIndex] as TableRow).cells) as IndicatorColumns;
  const indicatorRows = readIndicatorRows(rows.slice(headerIndex + 1), columns);
  document.goals = [{ name: '', indicators: indicatorRows.indicators }];
  document.findings.push(...indicatorRows.findings);
  document.totals = readTotals({ row: indicatorRows.totalsRow, columns, lines });
  document.findings.push(...checkHeadingWeights(document, indicatorRows.headingWeights));
  return document;
}

/** 总分 row: 分值 and 得分 under their columns, else the row's last two numbers. */
function readTotals(input: {
  row: TableRow | null;
  columns: IndicatorColumns;
  lines: readonly string[];
}): Totals {
  const totals: Totals = { weight: null, score: null, grade: findStatedGrade(input.lines) };
  if (!input.row) return totals;
  const { cells } = input.row;
  const weight = input.columns.weight === undefined ? null : parseNumberCell(cells[input.columns.weight]);
  const score = input.columns.score === undefined ? null : parseNumberCell(cells[input.columns.score]);
  if (weight !== null || score !== null) return { ...totals, weight, score };
  const numbers = cells
    .filter(hasText)
    .map(parseNumberCell)
    .filter((value): value is string => value !== null);
  if (numbers.length >= 2)
    return { ...totals, weight: numbers.at(-2) ?? null, score: numbers.at(-1) ?? null };
  return { ...totals, score: numbers[0] ?? null };
}

/** A grade the document states itself ("自评等级：优"); null when it states none (001). */
function findStatedGrade(lines: readonly string[]): Totals['grade'] {
  for (const line of lines) {
    if (!line.includes('等') || (!line.includes('等级') && !/等\s*级/.test(line))) continue;
    // Only a line that is the grade's own cell (or the 总分 row) states it: "等级" inside a sentence
    // (安全等级中等) is no grade.
    const match = /^(?:总分.*)?(?:评价|自评|绩效)?等级[:：]?(优秀?|良好?|中|差)/.exec(compact(line));
    const grade = match?.[1]?.charAt(0);
    if (grade === '优' || grade === '良' || grade === '中' || grade === '差') return grade;
  }
  return null;
}

/**
 * A 一级 heading that states its weight ("产出指标（50分）") must match the sum of its rows'
 * 分值; a gap means a row was lost or mistyped, so it is reported where the heading is. The code is
 * the reader's own (heading-weight-mismatch): the heading weight is not in the model, so core's
 * weight-sum-mismatch cannot see it, and analyseDocument replaces findings with core's codes.
 */
function checkHeadingWeights(document: PerformanceDocument, headingWeights: Map<string, string>): Finding[] {
  const findings: Finding[] = [];
  const indicators = document.goals.flatMap((goal) => goal.indicators);
  for (const [level1, stated] of headingWeights) {
    const sum = sumDecimals(
      indicators.filter((indicator) => indicator.level1 === level1).map((indicator) => indicator.weight),
    );
    if (!sum.equals(toDecimal(stated) ?? sum)) {
      findings.push({
        severity: 'warning',
        code: 'heading-weight-mismatch',
        message: `${level1}标注${stated}分，但其下各指标分值合计${sum.toFixed()}分，请核对分值。`,
        path: 'goals.0',
      });
    }
  }
  return findings;
}
