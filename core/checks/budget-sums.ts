/**
 * budget-sum-mismatch: a total that is not the sum of its parts — 按收入性质分 and 按支出性质分
 * against their 合计 and the 资金总额, and every itemised money list of a report (政府性基金
 * items, 基本支出 by economic class) against its stated amount. Exact decimals (万元).
 */
import type { Finding, PerformanceDocument } from '../model.ts';
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

/** Findings for every budget total that differs from the sum of its parts. */
export function checkBudgetSums(document: PerformanceDocument): Finding[] {
  const { budget } = document;
  const overall = budget.total ?? budget.adjusted;
  const overallLabel = document.kind === 'self-evaluation' ? '全年预算数' : '资金总额';
  const findings: Finding[] = [];
  if (budget.bySource) {
    const source = budget.bySource;
    findings.push(
      ...compareParts({
        parts: [
          source.generalPublic,
          source.governmentFund,
          source.specialAccount,
          source.currentYear,
          source.carriedOver,
          source.other,
        ],
        partsLabel: '按收入性质分',
        totals: [
          { amount: source.total, label: '合计', path: 'budget.bySource.total' },
          { amount: overall, label: overallLabel, path: 'budget.bySource' },
        ],
      }),
    );
  }
  if (budget.byNature) {
    const nature = budget.byNature;
    findings.push(
      ...compareParts({
        parts: [nature.basic, nature.project],
        partsLabel: '按支出性质分',
        totals: [
          { amount: nature.total, label: '合计', path: 'budget.byNature.total' },
          { amount: overall, label: overallLabel, path: 'budget.byNature' },
        ],
      }),
    );
  }
  for (const [index, list] of (document.report?.moneyLists ?? []).entries()) {
    const stated = toDecimal(list.amount);
    if (!stated || list.items.length === 0) continue;
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
