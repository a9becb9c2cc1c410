import { describe, expect, it } from 'vitest';
import { suggestNumericScore as suggest } from './testing.ts';

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
