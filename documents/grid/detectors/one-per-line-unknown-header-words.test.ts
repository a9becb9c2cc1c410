import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverTextGrid } from '../read-text-indicators.ts';

/** Cells one per line, empty cells leaving no line (pdftotext without -layout). */
function read(lines: readonly string[]) {
  const table = readIndicatorGrid(recoverTextGrid(lines).grid);
  return table.goals.flatMap((goal) => goal.indicators.map((indicator) => [goal.name ?? '', indicator.level1 ?? '', indicator.level2 ?? '', indicator.name, indicator.target?.text ?? ''].join('|')));
}

describe('cells one per line under header words the vocabulary does not know', () => {
  it('passes over a column between two known words (中期指标值 before 年度指标值), its cell in every row', () => {
    const rows = read([
      '一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值',
      '产出指标', '数量指标', '改造供热管网长度', '≥60公里', '≥20公里',
      '质量指标', '管网验收合格率', '=100%', '≥98%',
      '效益指标', '社会效益指标', '供暖投诉下降率', '持续下降', '≥10%',
    ]);
    expect(rows).toEqual([
      '|产出指标|数量指标|改造供热管网长度|≥20公里',
      '|产出指标|质量指标|管网验收合格率|≥98%',
      '|效益指标|社会效益指标|供暖投诉下降率|≥10%',
    ]);
  });

  it('takes up to several unknown words in a row, ended by one it knows', () => {
    const rows = read([
      '一级指标', '二级指标', '三级指标', '上年实际值', '中期指标值', '指标值',
      '产出指标', '数量指标', '巡检泵站数量', '36座', '≥40座', '≥38座',
    ]);
    expect(rows).toEqual(['|产出指标|数量指标|巡检泵站数量|≥38座']);
  });

  it('reads a band word after a goal column (核心职能 / 年度绩效指标 / 一级指标 …) as before: no column of its own', () => {
    const rows = read([
      '核心职能', '年度绩效指标',
      '一级指标', '二级指标', '三级指标', '指标值',
      '职能1：河道管护', '产出指标', '数量指标', '河道保洁长度', '≥45公里',
    ]);
    expect(rows).toEqual(['职能1：河道管护|产出指标|数量指标|河道保洁长度|≥45公里']);
  });

  it('ends the header at a short word no known word follows (the first row’s name)', () => {
    const rows = read([
      '三级指标', '指标值', '分值',
      '清运量', '≥500吨', '20',
      '清运及时率', '≥95%', '10',
    ]);
    expect(rows).toEqual(['|||清运量|≥500吨', '|||清运及时率|≥95%']);
  });
});

describe('cells one per line under a header a page broke and a goal block above it', () => {
  const header = ['一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分'];
  const wholeHeader = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  const body = ['产出指标', '数量指标', '维修校舍面积', '1200', '1260', '20', '20'];

  it.each([
    ['a column word broken over two lines (年度 / 指标值, 实际 / 完成值)', [...header, ...body]],
    ['the goal block’s headings and texts right above (预期目标 / 实际完成情况 / <goal> / <result>)', ['年度总体目标', '预期目标', '实际完成情况', '完成校舍维修', '校舍维修已完工', ...wholeHeader, ...body]],
  ])('reads %s', (_case, lines) => {
    const table = readIndicatorGrid(recoverTextGrid(lines).grid);
    expect(table.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.weight, indicator.score]))).toEqual([
      ['数量指标', '维修校舍面积', '1200', '1260', '20', '20'],
    ]);
  });

  it('keeps a short word before a column word apart when together they name no column (管网 / 指标值)', () => {
    expect(read(['一级指标', '二级指标', '三级指标', '管网', '指标值', '产出指标', '数量指标', '改造长度', '管网', '≥20公里'])).toEqual(['|产出指标|数量指标|改造长度|≥20公里']);
  });
});
