import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

describe('a monitoring table one cell per line with columns the vocabulary does not know (预警 lights)', () => {
  const text = [
    '2024年1-9月项目支出绩效运行监控表',
    '项目名称',
    '农村饮水安全巩固',
    '预算执行情况', '年初预算数', '调整后预算数', '1-9月执行数', '时间进度', '灯色', '全年预计执行数',
    '300.00', '320.00', '150.40', '75.00%', '红灯', '310.00',
    '一级指标', '二级指标', '三级指标', '年度指标值', '1-9月实际完成值', '完成比例', '灯色', '完成目标可能性',
    '产出指标', '数量指标', '新建供水站数', '≥6座', '3座', '50.00%', '黄灯', '有可能',
    '满意度指标', '服务对象满意度指标', '受益村民满意度', '≥90%', '92%', '100.00%', '绿灯', '确定能',
  ].join('\n');

  it('passes over the unknown budget columns and their cells (a light word among the amounts)', () => {
    expect(readText(text)?.budget).toMatchObject({ initial: '300.00', adjusted: '320.00' });
    expect(readText(text)?.monitoring?.budgetRows?.[0]).toMatchObject({ initial: '300.00', adjusted: '320.00', executedToDate: '150.40', forecast: '310.00' });
  });

  it('reads the indicators with the unknown columns kept in their places', () => {
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.likelihood])).toEqual([
      ['新建供水站数', '≥6座', '3座', 'possible'],
      ['受益村民满意度', '≥90%', '92%', 'certain'],
    ]);
  });
});
