import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy as policy } from './policy.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildIndicator, numericValue } from './testing.ts';
import type { Operator } from '../model.ts';

function suggest(input: {
  operator: Operator | null;
  target: string;
  actual: string;
  weight: string;
  unit?: string | null;
}): string | null {
  const indicator = buildIndicator({
    name: '测试指标',
    target: numericValue(input.target, { operator: input.operator, unit: input.unit ?? null }),
    actual: numericValue(input.actual, { unit: input.unit ?? null }),
    weight: input.weight,
  });
  return scoreIndicator({ indicator, policy }).suggestedScore;
}

describe('等于 (=): A = 0 → (B ≤ 0 ? w : 0), else as 正向', () => {
  it.each([
    ['0', '0', '2', '2'],
    ['0', '1', '2', '0'],
    ['0', '0.01', '2', '0'],
    ['100', '100', '2', '2'],
    ['100', '99', '2', '1.98'],
    ['100', '120', '2', '2'],
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '=', target, actual, weight })).toBe(expected);
  });
});
