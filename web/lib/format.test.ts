/** Money as it is written in 万元: two decimals at least, thousands separated, never rounded. */
import { describe, expect, it } from 'vitest';
import { formatExactMoney, formatMoney } from './format.ts';

describe('formatExactMoney', () => {
  it('writes two decimals and separates thousands', () => {
    expect(formatExactMoney('12.5')).toBe('12.50');
    expect(formatExactMoney('1234')).toBe('1,234.00');
    expect(formatExactMoney('0')).toBe('0.00');
    expect(formatExactMoney('-3.1')).toBe('-3.10');
  });

  it('keeps every decimal that was entered, unlike formatMoney', () => {
    expect(formatExactMoney('0.125')).toBe('0.125');
    expect(formatMoney('0.125')).toBe('0.13');
  });

  it('leaves text that is not a number as it is, and empty as empty', () => {
    expect(formatExactMoney('约十万')).toBe('约十万');
    expect(formatExactMoney(null)).toBe('');
    expect(formatExactMoney(' ')).toBe('');
  });
});
