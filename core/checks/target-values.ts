/**
 * Defects of 指标值 that target review catches (DOMAIN.md "Common target defects"):
 * missing-target, placeholder-indicator (无/不涉及// still carrying weight), vague-target
 * (提高/改善/加强 with no measure), rate-over-100 (≥100% on a rate: should be =100%), and
 * unit-mismatch between 指标值 and 实际完成值 (≥95分 vs 99.65%).
 */
import type { Finding, PerformanceDocument } from '../model.ts';
import { eachIndicator } from '../model.ts';
import { toDecimal } from '../decimal.ts';
import { areUnitsComparable, isPlaceholderValue, isRate, isVagueValue } from '../indicator-value/index.ts';
import { compactText, createFinding, quoteIndicator } from './finding.ts';

/** "执行率达到100%" asks to reach 100%, which is possible; only ≥/>/以上 ask to exceed it. */
const REACH_WORDING = /达到?100(?:\.0+)?%$/;

/** Findings for missing, placeholder, vague and impossible targets, and units that differ. */
export function checkTargetValues(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  for (const { indicator, path } of eachIndicator(document)) {
    const name = quoteIndicator(indicator);
    const { target, actual } = indicator;
    const at = (field: string) => ({ path: `${path}.${field}`, line: indicator.line });
    if (!target || target.text.trim() === '') {
      findings.push(
        createFinding({
          ...at('target'),
          severity: 'error',
          code: 'missing-target',
          message: `${name}缺少指标值，请填写可衡量的年度指标值`,
        }),
      );
      continue;
    }
    const weight = toDecimal(indicator.weight);
    if (isPlaceholderValue(target.text)) {
      if (weight && weight.greaterThan(0)) {
        findings.push(
          createFinding({
            ...at('target'),
            severity: 'warning',
            code: 'placeholder-indicator',
            message: `${name}的指标值为“${target.text.trim()}”却占${weight.toFixed()}分，请删除该指标或填写实际指标值并重新分配分值`,
          }),
        );
      }
      continue;
    }
    if (isVagueValue(target, indicator.name)) {
      findings.push(
        createFinding({
          ...at('target'),
          severity: 'warning',
          code: 'vague-target',
          message: `${name}的指标值“${target.text.trim()}”没有可衡量的标准，请写明具体数值或可判断的完成标准`,
        }),
      );
    }
    const value = toDecimal(target.value);
    if (
      value &&
      value.greaterThanOrEqualTo(100) &&
      (target.operator === '>=' || target.operator === '>') &&
      !REACH_WORDING.test(compactText(target.text)) &&
      isRate(target, indicator.name)
    ) {
      findings.push(
        createFinding({
          ...at('target'),
          severity: 'warning',
          code: 'rate-over-100',
          message: `${name}是比率，指标值“${target.text.trim()}”要求超过100%，无法实现，请改为“=100%”`,
        }),
      );
    }
    if (actual && !areUnitsComparable(target, actual)) {
      findings.push(
        createFinding({
          ...at('actual'),
          severity: 'warning',
          code: 'unit-mismatch',
          message: `${name}的指标值单位为“${target.unit}”，实际完成值单位为“${actual.unit}”，无法比较，请按指标值的单位填写实际完成值`,
        }),
      );
    }
  }
  return findings;
}
