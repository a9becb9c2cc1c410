import { describe, expect, it } from 'vitest';
import { suggestNumericScore as suggest } from './testing.ts';

describe('反向 (≤): B ≤ A → w; A < B < 2A → (1 − (B−A)/A) × w; B ≥ 2A → 0', () => {
  it.each([
    ['1', '0.9', '3', '3'], // sample 001: 违纪违法发生率 <1% vs 0.9%
    ['30', '30', '1', '1'], // B = A
    ['30', '30.01', '1', '1'], // just above A: 0.99967 → 1
    ['30', '33', '1', '0.9'],
    ['30', '45', '2', '1'], // halfway to 2A
    ['30', '59.99', '1', '0'], // 0.00033 → 0
    ['30', '60', '1', '0'], // B = 2A
    ['30', '90', '1', '0'], // beyond 2A
    ['0', '0', '2', '2'], // A = 0 met by 0
    ['0', '1', '2', '0'], // A = 0, anything above is 2A or more
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '<=', target, actual, weight })).toBe(expected);
  });
});
