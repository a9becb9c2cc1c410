import { describe, expect, it } from 'vitest';
import { eachIndicator } from '../../core/model.ts';
import { readText } from '../text/read-text.ts';

describe('a monitoring report whose table is written one cell per line (a text export without a layout)', () => {
  const report = [
    '青石县水务局2024年1-6月农村供水管网延伸工程绩效运行监控报告',
    '一、项目基本情况',
    '项目计划延伸农村供水管网26公里，年初预算安排资金300万元。',
    '二、绩效目标完成情况',
    '绩效目标完成情况详见下表：',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '1-6月执行情况',
    '完成目标可能性',
    '产出指标',
    '数量指标',
    '延伸供水管网长度',
    '≥26公里',
    '11公里',
    '确定能',
    '效益指标',
    '社会效益指标',
    '新增受益人口',
    '≥4000人',
    '1800人',
    '有可能',
    '三、偏差原因及纠偏措施',
    '部分村组施工协调进度较慢，下一步将加快推进。',
  ].join('\n');

  it('reads the table’s rows from its header words down to the next section', () => {
    const document = readText(report);
    expect(document?.kind).toBe('monitoring');
    const indicators = document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text, indicator.monitoring?.likelihood]) : [];
    expect(indicators).toEqual([
      ['延伸供水管网长度', '≥26公里', '11公里', 'certain'],
      ['新增受益人口', '≥4000人', '1800人', 'possible'],
    ]);
  });

  it('reads a table numbering its rows under a 序号 heading, a row’s empty 1-6月 cell leaving no line', () => {
    const numbered = report
      .replace('一级指标\n', '序号\n一级指标\n')
      .replace('1-6月执行情况\n完成目标可能性\n', '1-6月执行情况\n完成目标可能性\n偏差原因分析\n')
      .replace('\n产出指标\n', '\n1\n产出指标\n')
      .replace('\n效益指标\n社会效益指标\n新增受益人口\n≥4000人\n1800人\n', '\n2\n效益指标\n社会效益指标\n新增受益人口\n≥4000人\n')
      .replace('有可能\n', '有可能\n受益人口统计在年底开展\n');
    const document = readText(numbered);
    const indicators = document ? [...eachIndicator(document)].map(({ indicator }) => [indicator.level1, indicator.name, indicator.target?.text, indicator.monitoring?.actualToDate?.text ?? null, indicator.monitoring?.likelihood, indicator.monitoring?.explanation]) : [];
    expect(indicators).toEqual([
      ['产出指标', '延伸供水管网长度', '≥26公里', '11公里', 'certain', null],
      ['效益指标', '新增受益人口', '≥4000人', null, 'possible', '受益人口统计在年底开展'],
    ]);
  });
});
