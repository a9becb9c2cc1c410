/**
 * target-differs-from-approved (a chain check over two documents of one unit and year): a
 * monitoring table's or a self-evaluation's indicators must be the approved ones (the approved
 * target table, or its latest 调整 revision). An indicator added, dropped, or whose 年度指标值
 * changed without a 调整 is reported. Pure: the caller picks the approved document.
 */
import { toDecimal } from '../decimal.ts';
import { compactValueText } from '../indicator-value/normalize-value-text.ts';
import {
  eachIndicator,
  type Finding,
  type Indicator,
  type IndicatorValue,
  type PerformanceDocument,
} from '../model.ts';
import { canonicalLevel1, compactText, createFinding, quoteIndicator } from './finding.ts';

const CODE = 'target-differs-from-approved';

/** Identity of an indicator across documents: its 一级 (canonical) and its name without spaces. */
function identify(indicator: Indicator): string {
  return `${canonicalLevel1(indicator.level1)}|${compactText(indicator.name)}`;
}

/** Two targets say the same when operator, number and unit agree, or (no number) the wording does. */
function isSameTarget(a: IndicatorValue | null, b: IndicatorValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.value !== null && b.value !== null) {
    const sameNumber = toDecimal(a.value)?.equals(toDecimal(b.value) ?? Number.NaN) ?? false;
    return (
      sameNumber && a.operator === b.operator && (a.unit ?? '') === (b.unit ?? '') && a.change === b.change
    );
  }
  return compactValueText(a.text) === compactValueText(b.text);
}

function describeKind(document: PerformanceDocument): string {
  return document.kind === 'monitoring' ? '监控表' : '自评表';
}

/**
 * Findings where `document`'s indicators differ from `approved`'s. Empty when `approved` is not an
 * approved target table or approval table, or the two are of different projects.
 */
export function checkTargetsAgainstApproved(input: {
  document: PerformanceDocument;
  approved: PerformanceDocument;
}): Finding[] {
  const { document, approved } = input;
  if (approved.kind !== 'target-table' && approved.kind !== 'approval-table') return [];
  if ((document.project ?? null) !== (approved.project ?? null)) return [];
  const approvedByIdentity = new Map<string, Indicator>();
  for (const { indicator } of eachIndicator(approved)) approvedByIdentity.set(identify(indicator), indicator);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const kind = describeKind(document);
  for (const { indicator, path } of eachIndicator(document)) {
    const key = identify(indicator);
    seen.add(key);
    const original = approvedByIdentity.get(key);
    if (!original) {
      findings.push(
        createFinding({
          severity: 'warning',
          code: CODE,
          path,
          line: indicator.line,
          message: `${kind}中的${quoteIndicator(indicator)}不在批复的绩效目标中：新增指标须先办理绩效目标调整，否则请按批复的指标填写`,
        }),
      );
    } else if (!isSameTarget(indicator.target, original.target)) {
      findings.push(
        createFinding({
          severity: 'warning',
          code: CODE,
          path: `${path}.target`,
          line: indicator.line,
          message: `${kind}中${quoteIndicator(indicator)}的指标值“${indicator.target?.text ?? '（空）'}”与批复的“${original.target?.text ?? '（空）'}”不一致：未经调整不得改动指标值，请按批复的指标值填写或办理调整`,
        }),
      );
    }
  }
  for (const [key, indicator] of approvedByIdentity) {
    if (seen.has(key)) continue;
    findings.push(
      createFinding({
        severity: 'warning',
        code: CODE,
        path: 'goals',
        message: `批复的指标${quoteIndicator(indicator)}在${kind}中缺失：请补上该指标及其完成情况，或先办理绩效目标调整`,
      }),
    );
  }
  return findings;
}
