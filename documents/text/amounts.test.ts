import { describe, expect, it } from 'vitest';
import { findLabelledAmount, parseAmount } from './amounts.ts';

describe('parseAmount', () => {
  it.each([
    ['12222.69', '12222.69'],
    ['8016.0 9', '8016.09'],
    ['5855.5万元', '5855.5'],
    ['500.2万', '500.2'],
    ['0', '0'],
    ['1,234.50', '1234.50'],
    [' 2854.50 ', '2854.50'],
    ['-3.5', '-3.5'],
    ['12222.69（万元）', '12222.69'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it.each([[''], ['   '], ['合计'], ['≥90%'], ['10 分'], ['100 %'], ['12.3.4'], ['约500万元']])(
    'refuses "%s", which is not just an amount',
    (text) => {
      expect(parseAmount(text)).toBeNull();
    },
  );
});

describe('findLabelledAmount', () => {
  it.each([
    ['其中：一般公共预算：7897.75', '一般公共预算', '7897.75'],
    ['其中：基本支出：7067.17', '基本支出', '7067.17'],
    ['政府性基金拨款：0', '政府性基金拨款', '0'],
    ['资金总额：12222.69', '资金总额', '12222.69'],
    ['年度资金总额 8016.0 9', '年度资金总额', '8016.09'],
    ['预 算 数: 1,234.5万元', '预算数', '1234.5'],
    ['政府性基金预算支出5855.5万元，其中', '政府性基金预算支出', '5855.5'],
  ])('finds the amount after the label in "%s"', (text, label, expected) => {
    expect(findLabelledAmount(text, label)).toBe(expected);
  });

  it('does not glue two separate amounts that a space divides', () => {
    expect(findLabelledAmount('年度资金总额 5685.44 8016.09', '年度资金总额')).toBe('5685.44');
    // The next cell is a share ("34.2 3.9%"), not the rest of the decimals.
    expect(findLabelledAmount('其他资金 34.2 3.9%', '其他资金')).toBe('34.2');
  });

  it.each([
    ['其他资金：', '其他资金'],
    ['一般公共预算：7897.75', '项目支出'],
    ['项目支出：见附表', '项目支出'],
  ])('gives null for "%s" and label %s', (text, label) => {
    expect(findLabelledAmount(text, label)).toBeNull();
  });
});
