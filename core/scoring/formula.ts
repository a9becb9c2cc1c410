/**
 * The formula behind a suggested score, in the words finance staff use, for the editor
 * ("20 × 执行率", "得分系数 0.95 × 权重 10", "完成值 96 ÷ 指标值 100 × 权重 10"). It names the
 * rule the policy applied (core/scoring), so the formula and the number never disagree.
 */
import type { Indicator } from '../model.ts';
import type { ScoringPolicy } from './policy.ts';
import { evaluateIndicator } from './score-indicator.ts';
import { readCoefficient } from './coefficient.ts';
import { formatUnits, roundRatio, toUnits } from './scaled.ts';

function formatNumber(text: string | null | undefined, places = 4): string {
  const units = toUnits(text, places);
  return units === null ? (text ?? '') : formatUnits(units, places);
}

/** The execution score's formula: "20 × 执行率" (with its cap when it is not the weight). */
export function describeExecutionFormula(policy: ScoringPolicy, weight?: string | null): string {
  const points = formatNumber(weight ?? policy.executionWeight);
  const cap = policy.executionCap === null ? null : formatNumber(policy.executionCap);
  const base = `${points} × 执行率`;
  // A cap equal to the weight only stops rates above 100% from scoring more: the base says enough.
  return cap === null || cap === points ? base : `${base}，最高${cap}分`;
}

function describeCoefficient(text: string | null | undefined): string {
  const coefficient = readCoefficient(text);
  if (!coefficient) return text ?? '';
  const units = roundRatio({ numerator: coefficient.value, denominator: coefficient.divisor, factor: { units: 1, scale: 0 }, places: 4 });
  return units === null ? (text ?? '') : formatUnits(units, 4);
}

/** The formula that produced the indicator's suggested score under `policy`; null when the rules gave none. */
export function describeIndicatorFormula(indicator: Indicator, policy: ScoringPolicy): string | null {
  const outcome = evaluateIndicator(indicator, policy);
  if (outcome.units === null) return null;
  const weight = `权重 ${formatNumber(indicator.weight)}`;
  const target = indicator.target?.value ?? '';
  const actual = indicator.actual?.value ?? '';
  switch (outcome.rule) {
    case 'coefficient':
      return `得分系数 ${describeCoefficient(indicator.scoreCoefficient)} × ${weight}`;
    case 'higher-better':
    case 'equal':
      return outcome.attainment === 'met'
        ? `完成值达到指标值 → ${weight}`
        : `完成值 ${formatNumber(actual)} ÷ 指标值 ${formatNumber(target)} × ${weight}`;
    case 'lower-better':
      if (outcome.attainment === 'met') return `完成值不超过指标值 → ${weight}`;
      return outcome.units === 0
        ? '完成值达到指标值2倍及以上 → 0'
        : `(1 − (完成值 ${formatNumber(actual)} − 指标值 ${formatNumber(target)}) ÷ 指标值) × ${weight}`;
    case 'qualitative':
    case 'change': {
      const label = outcome.rule === 'qualitative' ? '定性' : '变化幅度';
      if (outcome.attainment === 'met') return `${label}：达成 → ${weight}`;
      const bands = policy.qualitativeBands;
      const band = outcome.attainment === 'partial' ? bands.partial : bands.notAchieved;
      return `${label}：${band.min}%–${band.max}% × ${weight}`;
    }
    case 'not-scored':
      return null;
  }
}
