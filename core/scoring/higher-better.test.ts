import { describe, expect, it } from 'vitest';
import { suggestNumericScore as suggest } from './testing.ts';

describe('正向 (≥): B ≥ A → w, else B/A × w', () => {
  it.each([
    ['10000', '9580', '2', '1.92'], // sample 001: DNA 采集数
    ['1500', '1466', '2', '1.95'], // sample 001: 培训人次
    ['80', '80', '4', '4'], // B = A
    ['80', '79.99', '4', '4'], // 3.9995 rounds half-up to 4
    ['80', '79.9', '4', '4'], // 3.995 rounds half-up to 4
    ['80', '79', '4', '3.95'], // just under A
    ['85', '100', '3', '3'], // above the target
    ['0', '0', '2', '2'], // A = 0: nothing to divide by, met
    ['8', '1', '3', '0.38'], // 0.375 rounds half-up
  ])('A=%s B=%s w=%s gives %s', (target, actual, weight, expected) => {
    expect(suggest({ operator: '>=', target, actual, weight })).toBe(expected);
  });

  it('scores a bare number as 正向 when the parser says so (10000份 vs 9580)', () => {
    expect(suggest({ operator: null, target: '10000', actual: '9580', weight: '2', unit: null })).toBe(
      '1.92',
    );
  });
});
