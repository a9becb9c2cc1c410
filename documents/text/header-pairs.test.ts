import { describe, expect, it } from 'vitest';
import { fundTotalLabels } from '../vocabulary/fund-labels.ts';
import { readHeaderPairs } from './header-pairs.ts';

/** Total labels long enough to end a value (shorter ones occur inside names). */
const endingLabels = fundTotalLabels().filter((label) => label.length >= 4);

describe('a header value in a whole table on one line', () => {
  it('has funds total labels to end at', () => {
    expect(endingLabels).toEqual(expect.arrayContaining(['年度资金总额', '批复金额']));
  });

  it.each(endingLabels)('ends where the funds total label %s follows it', (label) => {
    const line = `项目支出绩效自评表 项目名称 河道巡查保洁 主管部门 桐江县水利局 实施单位 桐江县河道管理所 ${label} 120.00 118.50 10 98.75% 9.88 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分`;
    const pairs = readHeaderPairs([line], 1);
    expect(pairs.find((pair) => pair.field === 'implementer')?.value).toBe('桐江县河道管理所');
  });
});
