import { describe, expect, it } from 'vitest';
import { withNumeralAmounts } from './numeral-amounts.ts';

describe('withNumeralAmounts', () => {
  it.each([
    ['年初预算数为一百二十万元。', '年初预算数为1200000元。'],
    ['已支出三十五点六万元', '已支出35.6万元'],
    ['安排八十六万四千元，调整为一亿二千万元', '安排864000元，调整为120000000元'],
    ['执行十万元', '执行100000元'],
    ['全年预算数一点二亿元', '全年预算数1.2亿元'],
    ['全年预算数十万元', '全年预算数100000元'],
  ])('writes %s as %s', (line, written) => {
    expect(withNumeralAmounts(line)).toBe(written);
  });

  it.each([
    '其中数十万元用于设备购置',
    '约几十万元',
    '投入数十万元',
    '二十余万元用于培训',
    '两三万元用于宣传',
    '一二十万元',
    '全年预算数80万元',
  ])('leaves %s as written', (line) => {
    expect(withNumeralAmounts(line)).toBe(line);
  });
});
