import { describe, expect, it } from 'vitest';
import { checkSum } from './budget-sums.ts';

describe('checkSum', () => {
  it.each([
    { parts: ['0.1', '0.2'], total: '0.3', isConsistent: true },
    { parts: ['12222.69', null], total: '12222.69', isConsistent: true },
    { parts: ['100', '20.01'], total: '120', isConsistent: false },
    { parts: ['100'], total: null, isConsistent: true },
  ])('parts $parts against $total → consistent: $isConsistent', ({ parts, total, isConsistent }) => {
    expect(checkSum({ parts, totals: [{ label: '合计', amount: total }] }).isConsistent).toBe(isConsistent);
  });

  it('says how far apart the sum and the stated total are', () => {
    expect(checkSum({ parts: ['100', '20.01'], totals: [{ label: '合计', amount: '120' }] }).message).toBe(
      '各项之和 120.01 万元，与合计 120.00 万元相差 0.01 万元',
    );
  });

  it('gives no sum when no part is filled in', () => {
    expect(checkSum({ parts: [null, ''], totals: [{ label: '合计', amount: '5' }] })).toEqual({
      sum: null,
      isConsistent: true,
      message: null,
    });
  });
});
