import { describe, expect, it } from 'vitest';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { recoverGrid } from './recover-grid.ts';
import { rowTexts } from './grid.ts';

describe('column wordings of 自评表 across provinces', () => {
  it.each([
    ['年度计划值', 'target'],
    ['指标目标值', 'target'],
    ['实际完成指标值', 'actual'],
    ['年度实际完成值', 'actual'],
    ['指标分值', 'weight'],
    ['自评分', 'score'],
    ['扣分原因', 'deviation'],
    ['扣分原因说明', 'deviation'],
    ['完成率', null],
  ])('%s names %s', (text, role) => {
    expect(matchColumnRole(text)).toBe(role);
  });
});

describe('runs of spaces: a row that opens a 一级 and writes its 二级', () => {
  it('puts 满意度指标 under 一级 when 服务对象满意度指标 follows it', () => {
    const lines = [
      '绩效指标        一级指标    二级指标            三级指标                年度计划值      实际完成指标值    指标分值  自评分',
      '                产出指标    数量指标            培训人次                ≥500人次        520人次           20        20',
      '                满意度指标  服务对象满意度指标  学员满意度              ≥90%            93%               10        10',
    ];
    const rows = recoverGrid(lines).grid.rows.map(rowTexts);
    expect(rows[2]?.slice(0, 5)).toEqual(['', '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%']);
  });
});
