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

  it('puts a likelihood word back past the 偏差原因分析 categories (经费保障 … 其他), a tick among them left to them', () => {
    const text = [
      '项目支出绩效目标执行监控表',
      '（2025年度）',
      '项目名称', '山区应急供水点建设',
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-7月实际完成值', '全年预计完成值', '偏差原因分析', '完成目标可能性', '备注',
      '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他',
      '产出指标', '数量指标', '新建供水点数量', '≥16处', '9处', '16处', '确定能',
      '质量指标', '供水点验收合格率', '=100%', '100%', '100%', '确定能',
      '效益指标', '社会效益指标', '受益人口覆盖率', '≥85%', '70%', '82%', '√', '有可能', '部分村组管线待铺设',
      '满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '尚未调查', '91%', '确定能',
    ].join('\n');
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.monitoring?.actualToDate?.text ?? '', indicator.monitoring?.likelihood])).toEqual([
      ['数量指标', '新建供水点数量', '9处', 'certain'],
      ['质量指标', '供水点验收合格率', '100%', 'certain'],
      ['社会效益指标', '受益人口覆盖率', '70%', 'possible'],
      ['服务对象满意度指标', '受益群众满意度', '尚未调查', 'certain'],
    ]);
  });

  it('passes over a tick among 确定能 / 有可能 / 完全不可能 without guessing its column, the cells after it in their own', () => {
    const text = [
      '项目支出绩效运行监控表',
      '（2025年1-6月）',
      '项目名称', '农村客运站点维护',
      '一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '全年预计完成值', '完成目标可能性', '原因说明',
      '确定能', '有可能', '完全不可能',
      '产出指标', '数量指标', '维护候车亭数量', '≥40个', '22个', '41个', '√',
      '质量指标', '候车亭完好率', '≥95%', '90%', '96%', '√', '部分站点待更换顶棚',
      '满意度指标', '服务对象满意度指标', '乘客满意度', '≥90%', '未调查', '91%', '√',
    ].join('\n');
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text ?? '', indicator.monitoring?.likelihood ?? null])).toEqual([
      ['数量指标', '维护候车亭数量', '≥40个', '22个', null],
      ['质量指标', '候车亭完好率', '≥95%', '90%', null],
      ['服务对象满意度指标', '乘客满意度', '≥90%', '未调查', null],
    ]);
  });
});
