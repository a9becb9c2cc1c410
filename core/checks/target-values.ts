/**
 * Defects of 指标值 that target review catches (DOMAIN.md "Common target defects"):
 * missing-target, placeholder-indicator (无/不涉及// still carrying weight), vague-target
 * (提高/改善/加强 with no measure), rate-over-100 (≥100% on a rate: should be =100%), and
 * unit-mismatch between 指标值 and 实际完成值 (≥95分 vs 99.65%).
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { toDecimal } from '../decimal.ts';
import { compareScaled, toScaled, type Scaled } from '../scoring/scaled.ts';
import { areUnitsComparable, isPlaceholderValue, isRate, isVagueValue } from '../indicator-value/index.ts';
import { compactText, quoteIndicator } from './finding.ts';
import { IndicatorFindingList, type IndicatorFindingKind, type IndicatorFindingSink, type IndicatorPlace } from './indicator-finding.ts';
import { checkSeverities } from './codes.ts';

/** "执行率达到100%" asks to reach 100%, which is possible; only ≥/>/以上 ask to exceed it. */
const REACH_WORDING = /达到?100(?:\.0+)?%$/;

const HUNDRED: Scaled = { units: 100, scale: 0 };

/** Whether a plain decimal is ≥ 100 (as toDecimal reads it), exactly and mostly without a Decimal. */
export function isAtLeastHundred(text: string | null): boolean {
  const scaled = toScaled(text);
  if (scaled !== null) return compareScaled(scaled, HUNDRED) >= 0;
  // Spaces around it or more than 15 digits: Decimal reads those.
  const value = toDecimal(text);
  return value !== null && value.greaterThanOrEqualTo(100);
}

/** Findings for missing, placeholder, vague and impossible targets, and units that differ. */
export function checkTargetValues(document: PerformanceDocument): Finding[] {
  const findings = new IndicatorFindingList();
  // Plain loops; messages and paths are built when read (a million rows, bench/analyse.bench.ts).
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      checkIndicatorTarget({ place: { indicator, goalIndex, indicatorIndex }, findings });
    }
  }
  return findings.findings;
}

/** The 指标值 as written, for messages (only indicators with a 指标值 get these findings). */
function targetText(indicator: Indicator): string {
  return indicator.target?.text.trim() ?? '';
}

function describeMissingTarget(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}缺少指标值，请填写可衡量的年度指标值`;
}

function describePlaceholder(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}的指标值为“${targetText(indicator)}”却占${toDecimal(indicator.weight)?.toFixed() ?? ''}分，请删除该指标或填写实际指标值并重新分配分值`;
}

function describeVagueTarget(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}的指标值“${targetText(indicator)}”没有可衡量的标准，请写明具体数值或可判断的完成标准`;
}

function describeRateOver100(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}是比率，指标值“${targetText(indicator)}”要求超过100%，无法实现，请改为“=100%”`;
}

function describeUnitMismatch(indicator: Indicator): string {
  return `${quoteIndicator(indicator)}的指标值单位为“${String(indicator.target?.unit)}”，实际完成值单位为“${String(indicator.actual?.unit)}”，无法比较，请按指标值的单位填写实际完成值`;
}

type TargetCode = 'missing-target' | 'placeholder-indicator' | 'vague-target' | 'rate-over-100' | 'unit-mismatch';

function targetKind(code: TargetCode, describe: (indicator: Indicator) => string): IndicatorFindingKind {
  const field = code === 'unit-mismatch' ? 'actual' : 'target';
  return { severity: checkSeverities[code], code, field, describe, detail: null };
}

/** The kinds of 指标值 finding (for unit-mismatch, of its 实际完成值), worded when read. */
const targetKinds: Readonly<Record<TargetCode, IndicatorFindingKind>> = {
  'missing-target': targetKind('missing-target', describeMissingTarget),
  'placeholder-indicator': targetKind('placeholder-indicator', describePlaceholder),
  'vague-target': targetKind('vague-target', describeVagueTarget),
  'rate-over-100': targetKind('rate-over-100', describeRateOver100),
  'unit-mismatch': targetKind('unit-mismatch', describeUnitMismatch),
};

/** Adds the findings of one indicator's 指标值 to `findings`. */
export function checkIndicatorTarget(input: { place: IndicatorPlace; findings: IndicatorFindingSink }): void {
  const { place, findings } = input;
  const { indicator } = place;
  const { target, actual } = indicator;
  if (!target || target.text.trim() === '') {
    findings.add(targetKinds['missing-target'], place);
    return;
  }
  if (isPlaceholderValue(target.text)) {
    const weight = toDecimal(indicator.weight);
    if (weight && weight.greaterThan(0)) {
      findings.add(targetKinds['placeholder-indicator'], place);
    }
    return;
  }
  if (isVagueValue(target, indicator.name)) {
    findings.add(targetKinds['vague-target'], place);
  }
  const asksToExceed = target.operator === '>=' || target.operator === '>';
  if (
    asksToExceed &&
    isAtLeastHundred(target.value) &&
    !REACH_WORDING.test(compactText(target.text)) &&
    isRate(target, indicator.name)
  ) {
    findings.add(targetKinds['rate-over-100'], place);
  }
  // Equal unit texts are always comparable; only different ones need canonicalizing.
  if (actual && target.unit !== actual.unit && !areUnitsComparable(target, actual)) {
    findings.add(targetKinds['unit-mismatch'], place);
  }
}
