import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

const table = [
  '部门整体支出绩效运行监控表',
  '（2024年1-6月）',
  '填报单位：示范市统计局（盖章）\t单位：万元',
  '年度预算执行情况\t项目\t年初预算数\t调整后预算数\t1-6月执行数\t执行率\t全年预计执行数',
  '\t合计\t300.00\t310.00\t150.00\t48.39%\t305.00',
  '年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t完成目标可能性',
  '\t产出指标\t数量指标\t统计调查项目数\t≥12项\t6项\t确定能',
  '偏差原因分析及纠偏措施\t普查经费下半年集中支出。',
].join('\n');

describe('a 部门整体 监控表 with a stamp note and an analysis row', () => {
  const document = readText(table);

  it('reads the unit without the stamp note after it', () => {
    expect(document?.unit).toBe('示范市统计局');
  });

  it('reads 偏差原因分析及纠偏措施 as the table-wide analysis, not an indicator', () => {
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['统计调查项目数']);
  });
});
