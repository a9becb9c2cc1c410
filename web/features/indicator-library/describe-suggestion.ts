/** Words and numbers of a suggestion as the editor shows them, and the target it proposes. */
import type { Suggestion } from '../../../contract/indicator-library.ts';
import type { IndicatorReference } from '../../../core/checks/library-context.ts';
import { directionNames } from '../../../core/indicator-library/entry.ts';

function formatNumber(value: number | null | undefined, unit: string): string | null {
  return value === null || value === undefined ? null : `${value}${unit}`;
}

/** One line per fact: 单位 %，正向；常见指标值 ≥93%；本单位2025年 指标值 ≥93% / 实际 94%；同行业（公安）中位数 93%. */
export function describeSuggestion(suggestion: Suggestion): string[] {
  const lines = [`计量单位 ${suggestion.unit || '—'}，${directionNames[suggestion.direction]}指标`];
  const typical = formatNumber(suggestion.targets?.median, suggestion.unit);
  if (typical) lines.push(`常见指标值（中位数）${typical}`);
  if (suggestion.own) {
    const actual = suggestion.own.actualText ?? '—';
    lines.push(`本单位${suggestion.own.year}年 指标值 ${suggestion.own.targetText ?? '—'} / 实际 ${actual}`);
  }
  const peers = formatNumber(suggestion.peers?.median, suggestion.unit);
  if (peers && suggestion.peers) lines.push(`同行业（${suggestion.peers.sector}）中位数 ${peers}`);
  return lines;
}

const operatorByDirection = {
  'higher-better': '≥',
  'lower-better': '≤',
  equal: '=',
  qualitative: '',
} as const;

/**
 * The 指标值 a taken suggestion fills in: not below what the unit achieved last year (历史标准),
 * else the peers' median, else the usual target; null when none is known or for 定性.
 */
export function proposeTarget(suggestion: Suggestion): string | null {
  if (suggestion.direction === 'qualitative') return null;
  const value = suggestion.own?.actualValue ?? suggestion.peers?.median ?? suggestion.targets?.median ?? null;
  return value === null ? null : `${operatorByDirection[suggestion.direction]}${value}${suggestion.unit}`;
}

/** The reference the live checks use for a taken suggestion's name. */
export function toReference(suggestion: Suggestion): IndicatorReference {
  return {
    lastYear: suggestion.own?.year ?? null,
    lastTarget: suggestion.own?.targetValue ?? null,
    lastActual: suggestion.own?.actualValue ?? null,
    peerMedian: suggestion.peers?.median ?? null,
    unit: suggestion.unit,
  };
}

/**
 * The reference note a reviewer sees beside an indicator (issue 13): 常见指标值 12公里；同行业中位数
 * 10公里；本单位2025年 指标值 10公里 / 实际 11公里. Null when the library knows nothing of the name.
 */
export function describeReference(reference: IndicatorReference | undefined): string | null {
  if (!reference) return null;
  const parts: string[] = [];
  const typical = formatNumber(reference.typicalTarget, reference.unit);
  if (typical) parts.push(`常见指标值 ${typical}`);
  const peers = formatNumber(reference.peerMedian, reference.unit);
  if (peers) parts.push(`同行业中位数 ${peers}`);
  if (reference.lastYear !== null) {
    const target = formatNumber(reference.lastTarget, reference.unit) ?? '—';
    const actual = formatNumber(reference.lastActual, reference.unit) ?? '—';
    parts.push(`本单位${reference.lastYear}年 指标值 ${target} / 实际 ${actual}`);
  }
  return parts.length === 0 ? null : `参考：${parts.join('；')}`;
}
