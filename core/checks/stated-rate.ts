/**
 * stated-rate-mismatch: a 执行率 written in a document that its own figures do not give — the
 * budget's 执行率 (全年执行数 or 1-N月执行数 over 全年/调整后预算数), each budget row of a
 * monitoring table, and each rate a narrative report states with its base (支付率 of 到位资金 …).
 * A stated rate agrees when it equals the exact rate rounded half-up or cut off at its own
 * number of decimals (both are seen in real tables).
 */
import { Dec, formatDecimal, toDecimal } from '../decimal.ts';
import type { Budget, Finding, PerformanceDocument } from '../model.ts';
import type { MoneyFact, MoneyFactKind } from '../monitoring/schema.ts';
import { createFinding } from './finding.ts';

const CODE = 'stated-rate-mismatch';

function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** The exact rate in percent, when numerator and base are given and the base is positive. */
function computeRate(numerator: string | null | undefined, base: string | null | undefined): Dec | null {
  const top = toDecimal(numerator);
  const bottom = toDecimal(base);
  if (!top || !bottom || bottom.lessThanOrEqualTo(0)) return null;
  return top.times(100).dividedBy(bottom);
}

/** Whether a stated rate agrees with the exact one at the stated precision. */
export function doesRateAgree(stated: string, exact: Dec): boolean {
  const value = toDecimal(stated);
  if (!value) return true;
  const places = decimalsOf(stated.trim());
  return (
    exact.toDecimalPlaces(places, Dec.ROUND_HALF_UP).equals(value) ||
    exact.toDecimalPlaces(places, Dec.ROUND_DOWN).equals(value)
  );
}

function mismatch(input: {
  stated: string;
  exact: Dec;
  what: string;
  path: string;
  line?: number | undefined;
}): Finding {
  return createFinding({
    severity: 'warning',
    code: CODE,
    path: input.path,
    line: input.line,
    message: `${input.what}填报为${input.stated}%，按所列金额计算应为${formatDecimal(input.exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP))}%，请核对执行率或金额`,
  });
}

function checkBudget(document: PerformanceDocument): Finding[] {
  const budget: Budget = document.budget;
  const stated = budget.executionRate;
  if (!stated) return [];
  const isMonitoring = document.kind === 'monitoring';
  const executed = isMonitoring ? budget.executedToDate : budget.executed;
  const exact = computeRate(executed, budget.adjusted ?? budget.total ?? budget.initial);
  if (!exact || doesRateAgree(stated, exact)) return [];
  const what = isMonitoring ? '预算执行率（执行数/调整后预算数）' : '预算执行率（全年执行数/全年预算数）';
  return [mismatch({ stated, exact, what, path: 'budget.executionRate' })];
}

function checkBudgetRows(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  for (const [index, row] of (document.monitoring?.budgetRows ?? []).entries()) {
    if (row.source === 'total' || !row.executionRate) continue;
    const exact = computeRate(row.executedToDate, row.adjusted ?? row.initial);
    if (exact && !doesRateAgree(row.executionRate, exact)) {
      findings.push(
        mismatch({
          stated: row.executionRate,
          exact,
          what: `“${row.label}”的执行率`,
          path: `monitoring.budgetRows.${index}.executionRate`,
        }),
      );
    }
  }
  return findings;
}

const factNames: Record<MoneyFactKind, string> = {
  budget: '预算',
  received: '到位资金',
  spent: '支付（使用）资金',
  executed: '执行数',
  forecast: '预计执行数',
};

/**
 * The fact of a kind a rate refers to: the nearest one stated before the rate's line. A 执行率
 * stated without an 执行 amount is of the 支付/使用 amount (treasury payments are the execution).
 */
function findFact(
  facts: readonly MoneyFact[],
  kind: MoneyFactKind,
  line: number | undefined,
): MoneyFact | null {
  const found = findFactOfKind(facts, kind, line);
  return found ?? (kind === 'executed' ? findFactOfKind(facts, 'spent', line) : null);
}

function findFactOfKind(
  facts: readonly MoneyFact[],
  kind: MoneyFactKind,
  line: number | undefined,
): MoneyFact | null {
  let found: MoneyFact | null = null;
  for (const fact of facts) {
    if (fact.kind !== kind) continue;
    if (line !== undefined && fact.line !== undefined && fact.line > line) break;
    found = fact;
  }
  return found;
}

function checkReportRates(document: PerformanceDocument): Finding[] {
  const facts = document.monitoring?.moneyFacts ?? [];
  const findings: Finding[] = [];
  for (const [index, rate] of (document.monitoring?.statedRates ?? []).entries()) {
    if (rate.base === null) continue;
    const top = findFact(facts, rate.numerator, rate.line);
    const bottom = findFact(facts, rate.base, rate.line);
    const exact = computeRate(top?.amount, bottom?.amount);
    if (!exact || doesRateAgree(rate.rate, exact)) continue;
    findings.push(
      mismatch({
        stated: rate.rate,
        exact,
        what: `“${rate.label}”（${factNames[rate.numerator]}/${factNames[rate.base]}）`,
        path: `monitoring.statedRates.${index}`,
        line: rate.line,
      }),
    );
  }
  return findings;
}

/** Each project of a report over several (report.projects): its stated rate against its own figures. */
function checkReportProjects(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  for (const [index, project] of (document.report?.projects ?? []).entries()) {
    if (!project.executionRate) continue;
    const exact = computeRate(project.executed, project.adjusted ?? project.initial);
    if (!exact || doesRateAgree(project.executionRate, exact)) continue;
    findings.push(
      mismatch({
        stated: project.executionRate,
        exact,
        what: `“${project.name}”的预算执行率（执行数/${project.adjusted ? '全年预算数' : '年初预算数'}）`,
        path: `report.projects.${index}.executionRate`,
        line: project.line,
      }),
    );
  }
  return findings;
}

/** Findings for every stated 执行率 (table or report) that its own figures do not give. */
export function checkStatedRates(document: PerformanceDocument): Finding[] {
  return [...checkBudget(document), ...checkBudgetRows(document), ...checkReportRates(document), ...checkReportProjects(document)];
}
