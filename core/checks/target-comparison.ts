/** Comparing a target with a reference number, in the indicator's direction (shared by the history and peer checks). */
import type { Indicator } from '../model.ts';

export interface ComparableTarget {
  value: number;
  direction: 'higher-better' | 'lower-better';
  unit: string;
}

/** The target as a number with a direction, or null when it cannot be compared (定性, 等于, no number). */
export function readComparableTarget(indicator: Indicator): ComparableTarget | null {
  const target = indicator.target;
  if (!target || target.value === null || target.change !== null) return null;
  if (target.direction !== 'higher-better' && target.direction !== 'lower-better') return null;
  return { value: Number(target.value), direction: target.direction, unit: target.unit ?? '' };
}

/** Whether `target` asks for less than `reference` (lower for 正向, higher for 反向). */
export function isLooserThan(target: ComparableTarget, reference: number): boolean {
  return target.direction === 'higher-better' ? target.value < reference : target.value > reference;
}

/** A number as tables write it: 98.5, 100 (no trailing zeros). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
