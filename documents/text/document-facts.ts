/**
 * What every reader's document gets once the kind's reader is done: amounts in 万元 whatever unit
 * the table stated, and findings for what could not be placed (a header label without a value, an
 * amount whose unit is not stated although it looks like 元, no unit name). One place, so each kind
 * reader does not repeat it.
 */
import type { Finding, PerformanceDocument } from '../../core/model.ts';
import { toDecimal } from '../../core/decimal.ts';
import { checkBudgetSums } from '../../core/checks/budget-sums.ts';
import { convertBudget, findAmountUnit } from './amount-unit.ts';
import { readHeaderWithGaps } from './header.ts';
import { fillLabelledBudget } from './labelled-budget.ts';
import { fillLabelledFundFigures } from './labelled-fund-figures.ts';

/**
 * A budget total above this many 万元 (10亿元) with no unit stated is more likely written in 元:
 * it is read as 万元 as the standard tables say, and the reader asks the user to check.
 */
const IMPLAUSIBLE_TEN_THOUSAND_YUAN = 100000;

const FIELD_NAMES = {
  unit: '单位名称',
  implementer: '实施单位',
  supervisor: '主管部门',
  project: '项目名称',
} as const;

function hasField(document: PerformanceDocument, field: keyof typeof FIELD_NAMES): boolean {
  if (field === 'unit' || field === 'implementer') return document.unit !== '';
  const value = field === 'supervisor' ? document.supervisor : document.project;
  return value !== null && value !== undefined && value !== '';
}

/** Findings for header labels written without a value, when the document still lacks the fact. */
function reportUnansweredLabels(document: PerformanceDocument, lines: readonly string[]): Finding[] {
  const { unanswered } = readHeaderWithGaps(lines);
  const findings: Finding[] = [];
  for (const gap of unanswered) {
    if (gap.field === 'ignored' || gap.field === 'year' || hasField(document, gap.field)) continue;
    findings.push({
      severity: 'warning',
      code: 'header-value-missing',
      message: `第${gap.line}行的“${gap.label}”没有填写内容，${FIELD_NAMES[gap.field]}未能读出：请在原表中填写，或导入后补充。`,
      path: gap.field === 'implementer' ? 'unit' : gap.field,
      line: gap.line,
    });
  }
  return findings;
}

/** The largest money amount of the budget, for the plausibility check. */
function largestAmount(document: PerformanceDocument): number {
  const { budget } = document;
  const amounts = [budget.total, budget.initial, budget.adjusted, budget.executed];
  return Math.max(0, ...amounts.map((amount) => toDecimal(amount)?.toNumber() ?? 0));
}

/** Completes a table document (target, approval, self-evaluation) read from `lines`. */
export function completeTableFacts(document: PerformanceDocument, lines: readonly string[]): void {
  fillLabelledBudget(document, lines);
  fillLabelledFundFigures(document, lines);
  const stated = findAmountUnit(lines);
  if (stated && stated.unit !== '万元') document.budget = convertBudget(document.budget, stated.unit);
  if (!stated && largestAmount(document) >= IMPLAUSIBLE_TEN_THOUSAND_YUAN) {
    document.findings.push({
      severity: 'warning',
      code: 'amount-unit-unknown',
      message:
        '表中没有注明金额单位，金额按万元读取；其数额更像以元为单位，请核对原表并注明“金额单位：元”或“万元”。',
      path: 'budget',
    });
  }
  document.findings.push(...reportUnansweredLabels(document, lines));
  if (document.unit === '' && !document.findings.some((finding) => finding.code === 'missing-unit')) {
    document.findings.push({
      severity: 'warning',
      code: 'missing-unit',
      message: '未找到单位名称：请在表头填写“单位名称”（项目表填写“实施单位”），或在标题中写明单位。',
      path: 'unit',
    });
  }
  // The reader says when a stated total does not add up, whoever reads it; analyseDocument
  // replaces these with its own run of the same check.
  document.findings.push(...checkBudgetSums(document));
}
