import { describe, expect, it } from 'vitest';
import { putLabelFirst } from './report-amount-first.ts';

describe('putLabelFirst', () => {
  it.each([
    ['县财政下达该项目120万元的年初预算，', '县财政下达该项目年初预算120万元，'],
    ['调整为150万元的全年预算。', '调整为全年预算150万元。'],
    ['全年完成1,485,000元的支出', '全年完成支出1,485,000元'],
  ])('writes %s label first', (line, written) => {
    expect(putLabelFirst(line)).toBe(written);
  });

  it.each([
    '其余40万元的资金用于培训。',
    '年初预算安排资金80万元用于设备购置。',
    '120万元的年初预算资金缺口较大',
    '下达 120 万元',
  ])('leaves %s as written', (line) => {
    expect(putLabelFirst(line)).toBe(line);
  });
});
