import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';
import { readText } from '../text/read-text.ts';

const header = ['单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重'];
const rows = [
  header,
  ['815-示范镇部门', '90,000.00'],
  ['815001-示范镇人民政府', '公益设施管护', '60,000.00', '完成设施管护。', '产出指标', '数量指标', '管护设施', '≥', '36', '处', '50'],
  ['满意度指标', '服务对象满意度指标', '村民满意度', '≥', '90', '%', '50'],
  ['文化活动补助', '30,000.00', '开展文化活动。', '产出指标', '数量指标', '活动场次', '≥', '24', '场', '60'],
  ['满意度指标', '服务对象满意度指标', '参与群众满意度', '≥', '90', '%', '40'],
];

describe('a table listing a unit’s projects down its side (单位名称 | 项目名称 | 预算数 | 年度目标 | …)', () => {
  it('reads the first project with its unit, amount and indicators, and reports the next project', () => {
    const read = readIndicatorGrid(gridOf(rows));
    expect(read.leading).toEqual({ project: '公益设施管护', amount: '60000.00', unit: '815001-示范镇人民政府' });
    expect(read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text, indicator.weight])).toEqual([
      ['管护设施', '≥36处', '50'],
      ['村民满意度', '≥90%', '50'],
    ]);
    expect(read.findings.filter((finding) => finding.code === 'several-documents').map((finding) => finding.line)).toEqual([5]);
  });

  it('reads a table of one project without a finding', () => {
    const read = readIndicatorGrid(gridOf(rows.slice(0, 4)));
    expect(read.findings.some((finding) => finding.code === 'several-documents')).toBe(false);
  });

  it('takes no column word as the value of the header label beside it', () => {
    const document = readText(['部门预算项目绩效目标申报表(2024年度)', '金额单位:元', ...rows.map((row) => row.join('\t'))].join('\n'));
    expect([document?.project, document?.unit, document?.budget.total]).toEqual(['公益设施管护', '示范镇人民政府', '6']);
  });
});
