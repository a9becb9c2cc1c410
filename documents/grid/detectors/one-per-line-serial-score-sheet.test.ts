import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';

/** A 部门整体 score sheet one cell per line: 单位 and its value above, a 序号 per row, merged levels left out. */
const sheet = [
  '2024年度部门整体支出绩效评价自评表',
  '单位',
  '某县档案馆',
  '序号',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标分值',
  '指标解释',
  '评分标准',
  '自评得分',
  '1',
  '执行 (30分)',
  '预算执行 (18分)',
  '预算执行率',
  '10',
  '预算执行数与预算数的比率',
  '执行率×10分',
  '9.5',
  '2',
  '结转结余控制率',
  '8',
  '结转结余占预算的比率',
  '每超1个百分点扣1分',
  '8',
  '3',
  '工作计划 (12分)',
  '年度工作计划完整性',
  '12',
  '年度工作计划是否完整',
  '缺一项扣2分',
  '10',
  '合计',
  '30',
  '27.5',
].join('\n');

describe('a score sheet one cell per line whose rows number themselves', () => {
  it('reads the unit above the header as no column, and every row under its merged levels', () => {
    const document = readText(sheet);
    expect(document?.unit).toBe('某县档案馆');
    const rows = [...eachIndicator(document!)].map(({ indicator }) => [indicator.level1, indicator.level2, indicator.name, indicator.weight, indicator.score]);
    expect(rows).toEqual([
      ['执行', '预算执行', '预算执行率', '10', '9.5'],
      ['执行', '预算执行', '结转结余控制率', '8', '8'],
      ['执行', '工作计划', '年度工作计划完整性', '12', '10'],
    ]);
  });
});
