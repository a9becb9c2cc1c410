import { describe, expect, it } from 'vitest';
import { spreadSharedAmounts } from './report-shared-amounts.ts';

describe('spreadSharedAmounts', () => {
  it.each([
    ['年初预算数、全年预算数和全年执行数分别为40万元、45万元、44.1万元。', '年初预算数40万元，全年预算数45万元，全年执行数44.1万元。'],
    ['全年预算数与执行数分别为45万元和44.1万元。', '全年预算数45万元，执行数44.1万元。'],
    ['年初预算数、全年预算数分别为40、45万元', '年初预算数40万元，全年预算数45万元'],
    ['年初预算与调整后预算均为60万元，', '年初预算60万元，调整后预算60万元，'],
  ])('writes %s one label per amount', (written, expected) => {
    expect(spreadSharedAmounts(written)).toBe(expected);
  });

  it('leaves labels and amounts that do not pair up, and rates, as written', () => {
    expect(spreadSharedAmounts('年初预算数、全年预算数和全年执行数分别为40万元、45万元。')).toBe(
      '年初预算数、全年预算数和全年执行数分别为40万元、45万元。',
    );
    expect(spreadSharedAmounts('两年执行率分别为98%、99%。')).toBe('两年执行率分别为98%、99%。');
    // Labels that hold a joining word themselves: which split is meant cannot be told.
    expect(spreadSharedAmounts('工资和福利支出、商品和服务支出分别为10万元、20万元')).toBe(
      '工资和福利支出、商品和服务支出分别为10万元、20万元',
    );
  });
});
