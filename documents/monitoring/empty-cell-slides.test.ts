import { describe, expect, it } from 'vitest';
import { readText } from '../text/read-text.ts';

describe('a monitoring table one cell per line with an empty value cell (no line left for it)', () => {
  it('puts a likelihood word that slid under 1-6月 back into 完成目标可能性', () => {
    const text = [
      '2024年1-6月项目绩效运行监控表',
      '项目名称',
      '乡村公路养护',
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因',
      '产出指标', '数量指标', '养护公路里程', '≥60公里', '28公里', '确定能',
      '满意度指标', '服务对象满意度指标', '沿线村民满意度', '≥90%', '确定能', '年末开展调查',
    ].join('\n');
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.monitoring?.actualToDate?.text ?? '', indicator.monitoring?.likelihood])).toEqual([
      ['养护公路里程', '28公里', 'certain'],
      ['沿线村民满意度', '', 'certain'],
    ]);
  });
});
