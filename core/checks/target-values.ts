/**
 * Defects of 指标值 that target review catches (DOMAIN.md "Common target defects"):
 * missing-target, placeholder-indicator (无/不涉及// still carrying weight), vague-target
 * (提高/改善/加强 with no measure), rate-over-100 (≥100% on a rate: should be =100%), and
 * unit-mismatch between 指标值 and 实际完成值 (≥95分 vs 99.65%).
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { toDecimal } from '../decimal.ts';
import { areUnitsComparable, isPlaceholderValue, isRate, isVagueValue } from '../indicator-value/index.ts';
import { compactText, createFinding, indicatorPath, quoteIndicator } from './finding.ts';

/** "执行率达到100%" asks to reach 100%, which is possible; only ≥/>/以上 ask to exceed it. */
const REACH_WORDING = /达到?100(?:\.0+)?%$/;

/** Findings for missing, placeholder, vague and impossible targets, and units that differ. */
export function checkTargetValues(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  // Plain loops; names and paths are built only for findings (a million rows, bench/).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      checkIndicatorTarget({ indicator, goalIndex, indicatorIndex, findings });
    }
  }
  return findings;
}

/** The path of a field of the indicator, for a finding. */
function pathOf(place: { goalIndex: number; indicatorIndex: number }, field: string): string {
  return `${indicatorPath(place.goalIndex, place.indicatorIndex)}.${field}`;
}

/** Adds the findings of one indicator's 指标值 to `findings`. */
function checkIndicatorTarget(input: {
  indicator: Indicator;
  goalIndex: number;
  indicatorIndex: number;
  findings: Finding[];
}): void {
  const { indicator, findings } = input;
  const { target, actual } = indicator;
  if (!target || target.text.trim() === '') {
    findings.push(
      createFinding({
        path: pathOf(input, 'target'),
        line: indicator.line,
        severity: 'error',
        code: 'missing-target',
        message: `${quoteIndicator(indicator)}缺少指标值，请填写可衡量的年度指标值`,
      }),
    );
    return;
  }
  if (isPlaceholderValue(target.text)) {
    const weight = toDecimal(indicator.weight);
    if (weight && weight.greaterThan(0)) {
      findings.push(
        createFinding({
          path: pathOf(input, 'target'),
          line: indicator.line,
          severity: 'warning',
          code: 'placeholder-indicator',
          message: `${quoteIndicator(indicator)}的指标值为“${target.text.trim()}”却占${weight.toFixed()}分，请删除该指标或填写实际指标值并重新分配分值`,
        }),
      );
    }
    return;
  }
  if (isVagueValue(target, indicator.name)) {
    findings.push(
      createFinding({
        path: pathOf(input, 'target'),
        line: indicator.line,
        severity: 'warning',
        code: 'vague-target',
        message: `${quoteIndicator(indicator)}的指标值“${target.text.trim()}”没有可衡量的标准，请写明具体数值或可判断的完成标准`,
      }),
    );
  }
  // The operator first: only ≥/> targets need their number read as a Decimal.
  const asksToExceed = target.operator === '>=' || target.operator === '>';
  const value = asksToExceed ? toDecimal(target.value) : null;
  if (
    value &&
    value.greaterThanOrEqualTo(100) &&
    !REACH_WORDING.test(compactText(target.text)) &&
    isRate(target, indicator.name)
  ) {
    findings.push(
      createFinding({
        path: pathOf(input, 'target'),
        line: indicator.line,
        severity: 'warning',
        code: 'rate-over-100',
        message: `${quoteIndicator(indicator)}是比率，指标值“${target.text.trim()}”要求超过100%，无法实现，请改为“=100%”`,
      }),
    );
  }
  // Equal unit texts are always comparable; only different ones need canonicalizing.
  if (actual && target.unit !== actual.unit && !areUnitsComparable(target, actual)) {
    findings.push(
      createFinding({
        path: pathOf(input, 'actual'),
        line: indicator.line,
        severity: 'warning',
        code: 'unit-mismatch',
        message: `${quoteIndicator(indicator)}的指标值单位为“${target.unit}”，实际完成值单位为“${actual.unit}”，无法比较，请按指标值的单位填写实际完成值`,
      }),
    );
  }
}
