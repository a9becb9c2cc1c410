/**
 * A template's numbered places nobody filled ("指标2：" alone in the name cell, or "……") are no indicators on the grid
 * route (a PDF's borders, a workbook's cells), as the text route blanks such a line before reading (stacked-lines.ts);
 * a place with a name after it ("指标1：" then the name's row) is the name's, and findings made while reading still point
 * at the indicators they were made for.
 */
import { describe, expect, it } from 'vitest';
import { gridOf } from './testing.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';

const header = ['一级指标', '二级指标', '三级指标', '分值', '指标值', '实际完成值', '得分'];
const read = (rows: string[][]) => {
  const result = readIndicatorGrid(gridOf([header, ...rows]));
  return { names: result.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name)), result };
};

describe('a template’s unfilled places on the grid route', () => {
  it.each([
    ['指标2：'],
    ['指标2:'],
    ['指标 3：'],
  ])('"%s" alone in the name cell is no indicator', (place) => {
    const { names } = read([
      ['产出指标', '数量指标', '培训人次', '20', '≥300人次', '320人次', '20'],
      ['', '', place, '', '', '', ''],
      ['', '质量指标', '考核合格率', '20', '≥95%', '97%', '20'],
    ]);
    expect(names).toEqual(['培训人次', '考核合格率']);
  });

  it('keeps a place that has a value or a score (a row somebody filled without its name)', () => {
    const { names } = read([
      ['产出指标', '数量指标', '培训人次', '20', '≥300人次', '320人次', '20'],
      ['', '', '指标2：', '10', '≥5场', '6场', '10'],
    ]);
    expect(names).toEqual(['培训人次', '']);
  });

  it('points a finding made while reading rows after an unfilled place at the indicator it was made for', () => {
    const { names, result } = read([
      ['产出指标', '数量指标', '培训人次', '20', '≥300人次', '320人次', '20'],
      ['', '', '指标2：', '', '', '', ''],
      ['', '', '', '10', '', '', '9'],
    ]);
    expect(names).toEqual(['培训人次', '']);
    expect(result.findings.filter((finding) => finding.code === 'shifted-row').map((finding) => finding.path)).toEqual(['goals.0.indicators.1']);
  });

  it('points a finding made after an unfilled place at the indicator it was made for', () => {
    const { result } = read([
      ['产出指标', '数量指标', '培训人次', '20', '≥300人次', '320人次', '20'],
      ['', '', '指标2：', '', '', '', ''],
      ['', '质量指标', '考核合格率', '二十', '≥95%', '97%', '20'],
    ]);
    const shifted = result.findings.filter((finding) => finding.path.startsWith('goals.0.indicators.'));
    expect(shifted.map((finding) => finding.path)).toContain('goals.0.indicators.1.weight');
  });
});
