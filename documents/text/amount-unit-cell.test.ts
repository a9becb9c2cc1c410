/**
 * A cell that states the amount unit names no one: the monitoring reader never takes it as the
 * value of the label before it. Pins the behaviour of the two tests this entry replaced (a label
 * opening with 单位：/金额单位：, or a text that is only an amount-unit statement).
 */
import { describe, expect, it } from 'vitest';
import { isAmountUnitCell } from './header-pairs.ts';

describe('isAmountUnitCell', () => {
  it.each([
    ['单位：万元', true],
    ['单位:元', true],
    ['金额单位：元', true],
    ['单 位 ： 万元', true],
    ['单位：', true],
    ['单位：示范县公安局', true],
    ['金额单位:人民币万元', true],
    ['资金单位：万元', true],
    ['预算单位（元）', true],
    ['计量单位：万元）', true],
    ['单位（万元）', true],
    ['资金单位：万元 示范县公安局', false],
    ['资金 单位：万元', false],
    ['预算单位：示范县公安局', false],
    ['单位名称', false],
    ['实施单位：示范县公安局', false],
    ['示范县公安局', false],
    ['万元', false],
    ['', false],
  ])('says %s → %s', (text, expected) => {
    expect(isAmountUnitCell(text)).toBe(expected);
  });
});
