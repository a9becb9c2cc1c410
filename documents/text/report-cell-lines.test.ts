import { describe, expect, it } from 'vitest';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { findReportCellLines } from './report-cell-lines.ts';
import { readText } from './read-text.ts';

describe('a self-evaluation report whose table is written one cell per line (no tab or pipe)', () => {
  const text = [
    '关于青石乡2024年度村级便民服务站建设项目绩效自评的报告',
    '',
    '一、项目基本情况',
    '便民服务站建设项目由青石乡人民政府实施，年度预算42.00万元。',
    '二、绩效目标完成情况',
    '项目绩效自评情况如下：',
    '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
    '产出指标', '数量指标', '建成便民服务站数', '≥8个', '8个', '50', '50',
    '满意度指标', '服务对象满意度指标', '办事群众满意度', '≥90%', '94%', '40', '40',
    '三、存在的问题',
    '个别站点值守人员不足。',
  ].join('\n');

  it('reads the indicators from the header words to the next section heading', () => {
    const indicators = readText(text)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text, indicator.actual?.text, indicator.score])).toEqual([
      ['建成便民服务站数', '≥8个', '8个', '50'],
      ['办事群众满意度', '≥90%', '94%', '40'],
    ]);
  });

  it('keeps a level the table numbers as the report does (一、产出指标) inside the table', () => {
    const numbered = text.replace('\n产出指标\n数量指标\n', '\n一、产出指标\n（一）数量指标\n');
    const indicators = readText(numbered)?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.name, indicator.level1])).toEqual([
      ['建成便民服务站数', '产出指标'],
      ['办事群众满意度', '满意度指标'],
    ]);
  });

  it('starts the table at a 序号 written before 一级指标, so each row’s number stays its own', () => {
    const lines = ['二、绩效目标完成情况', '序号', '一级指标', '二级指标', '三级指标', '1', '产出指标', '三、存在的问题'];
    const words = { isLevel1Word: (line: string) => matchColumnRole(line.trim()) === 'level1', isHeaderWord: (line: string) => matchColumnRole(line.trim()) !== null };
    expect([...findReportCellLines(lines, words)]).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
