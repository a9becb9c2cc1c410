/**
 * budget-sum-mismatch: a total that is not the sum of its parts — 按收入性质分 and 按支出性质分
 * against their 合计 and the 资金总额, and every itemised money list of a report (政府性基金
 * items, 基本支出 by economic class) against its stated amount. Exact decimals (万元).
 */
import type { Budget, DocumentKind, Finding, PerformanceDocument } from '../model.ts';
import { formatDecimal, sumDecimals, toDecimal, type Dec } from '../decimal.ts';
import { createFinding } from './finding.ts';

type Amount = string | null | undefined;

function describeDifference(stated: Dec, sum: Dec): string {
  return formatDecimal(stated.minus(sum).abs());
}

function compareParts(input: {
  parts: Amount[];
  totals: Array<{ amount: Amount; label: string; path: string }>;
  partsLabel: string;
}): Finding[] {
  const present = input.parts.filter((part): part is string => toDecimal(part) !== null);
  if (present.length === 0) return [];
  const sum = sumDecimals(present);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const total of input.totals) {
    const stated = toDecimal(total.amount);
    if (!stated || stated.equals(sum)) continue;
    // The same stated figure twice (合计 = 资金总额) is reported once.
    if (reported.has(formatDecimal(stated))) continue;
    reported.add(formatDecimal(stated));
    findings.push(
      createFinding({
        severity: 'error',
        code: 'budget-sum-mismatch',
        path: total.path,
        message: `${input.partsLabel}各项之和为${formatDecimal(sum)}万元，与${total.label}${formatDecimal(stated)}万元不一致（相差${describeDifference(stated, sum)}万元），请核对各项金额或${total.label}`,
      }),
    );
  }
  return findings;
}

/** One group of budget parts (按收入性质分 or 按支出性质分): the sum of what is filled in, and its mismatches. */
export interface BudgetGroupCheck {
  group: 'bySource' | 'byNature';
  /** Σ of the parts that are filled in, or null when none is. */
  sum: string | null;
  findings: Finding[];
}

function sumPresent(parts: Amount[]): string | null {
  const present = parts.filter((part): part is string => toDecimal(part) !== null);
  return present.length === 0 ? null : formatDecimal(sumDecimals(present));
}

/**
 * The reader's finding that a part of the total was written under a label no source slot holds
 * (其中：中央、省、市补助县级资金, 上级补助): the sources read are not all of the total.
 */
export const BUDGET_PART_UNPLACED = 'budget-part-unplaced';

/** The reader's finding that the parts labelled `labels` have no source slot (readers of funds blocks raise it). */
export function createUnplacedPartsFinding(labels: readonly string[]): Finding {
  const quoted = labels.map((label) => `“${label}”`).join('、');
  return {
    severity: 'info',
    code: BUDGET_PART_UNPLACED,
    message: `资金情况中的${quoted}没有对应的收入来源栏目，未计入按收入性质分；各项之和不与总额核对。`,
    path: 'budget.bySource',
  };
}

/** The sum checks of 按收入性质分 and 按支出性质分 against their 合计 and the 资金总额 (the editor shows them live). */
export function checkBudgetGroups(input: { budget: Budget; kind: DocumentKind; hasUnplacedSourcePart?: boolean }): BudgetGroupCheck[] {
  const { budget } = input;
  const overall = budget.total ?? budget.adjusted;
  const overallLabel = input.kind === 'self-evaluation' ? '全年预算数' : '资金总额';
  const checks: BudgetGroupCheck[] = [];
  if (budget.bySource) {
    const source = budget.bySource;
    // 一般公共预算 and 政府性基金 are parts of 财政拨款 (currentYear): beside it they are counted through it,
    // never twice ("其中：财政拨款 120 / 其中：一般公共预算 100 / 政府性基金 20 / 其他资金 30").
    const fiscal = source.currentYear != null ? [source.currentYear] : [source.generalPublic, source.governmentFund];
    const parts = [...fiscal, source.specialAccount, source.carriedOver, source.other];
    checks.push({
      group: 'bySource',
      sum: sumPresent(parts),
      // Parts left out by the reader make any total look short: nothing to compare.
      findings: input.hasUnplacedSourcePart ? [] : compareParts({
        parts,
        partsLabel: '按收入性质分',
        totals: [
          { amount: source.total, label: '合计', path: 'budget.bySource.total' },
          { amount: overall, label: overallLabel, path: 'budget.bySource' },
        ],
      }),
    });
  }
  if (budget.byNature) {
    const nature = budget.byNature;
    const parts = [nature.basic, nature.project];
    checks.push({
      group: 'byNature',
      sum: sumPresent(parts),
      findings: compareParts({
        parts,
        partsLabel: '按支出性质分',
        totals: [
          { amount: nature.total, label: '合计', path: 'budget.byNature.total' },
          { amount: overall, label: overallLabel, path: 'budget.byNature' },
        ],
      }),
    });
  }
  return checks;
}

/** Findings for every budget total that differs from the sum of its parts. */
export function checkBudgetSums(document: PerformanceDocument): Finding[] {
  const hasUnplacedSourcePart = document.findings.some((finding) => finding.code === BUDGET_PART_UNPLACED);
  const findings: Finding[] = checkBudgetGroups({ budget: document.budget, kind: document.kind, hasUnplacedSourcePart }).flatMap((check) => check.findings);
  for (const [index, list] of (document.report?.moneyLists ?? []).entries()) {
    const stated = toDecimal(list.amount);
    // One item after 其中 ("收入512.4万元，其中：财政拨款收入500.1万元") names a part, not the whole breakdown.
    if (!stated || list.items.length < 2) continue;
    const sum = sumDecimals(list.items.map((item) => item.amount));
    if (stated.equals(sum)) continue;
    findings.push(
      createFinding({
        severity: 'error',
        code: 'budget-sum-mismatch',
        path: `report.moneyLists.${index}`,
        line: list.line,
        message: `“${list.label}”各明细之和为${formatDecimal(sum)}万元，与所列金额${formatDecimal(stated)}万元不一致（相差${describeDifference(stated, sum)}万元），请核对明细金额或合计`,
      }),
    );
  }
  return findings;
}
