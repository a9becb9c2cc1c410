import { describe, expect, it } from 'vitest';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';
import { withoutCode } from '../text/name-code.ts';

const header = ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'];

function namesAndLevels(rows: ReadonlyArray<readonly string[]>): string[][] {
  return readIndicatorGrid(gridOf([header, ...rows]))
    .goals.flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', String(indicator.weight ?? '')]);
}

describe('rows written without the header leading label column', () => {
  it('moves a row that starts at its 一级 under the 一级 column', () => {
    expect(namesAndLevels([['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20']])).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '20'],
    ]);
  });

  it('keeps a row that writes the leading column empty where it is', () => {
    expect(namesAndLevels([['', '效益指标', '社会效益指标', '就业人数', '≥30人', '32人', '30', '30']])).toEqual([
      ['效益指标', '社会效益指标', '就业人数', '≥30人', '30'],
    ]);
  });
});

describe('rows under merged level cells that left no trace', () => {
  const plain = ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'];
  const read = (rows: ReadonlyArray<readonly string[]>): string[][] =>
    readIndicatorGrid(gridOf([plain, ...rows]))
      .goals.flatMap((goal) => goal.indicators)
      .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', String(indicator.score ?? '')]);

  it('moves a row starting at its 二级 or its name under those columns', () => {
    expect(
      read([
        ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20'],
        ['结业人数', '≥450人', '470人', '10', '10'],
        ['质量指标', '结业合格率', '=100%', '98%', '10', '9.8'],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥500人次', '20'],
      ['产出指标', '数量指标', '结业人数', '≥450人', '10'],
      ['产出指标', '质量指标', '结业合格率', '=100%', '9.8'],
    ]);
  });

  it('keeps a totals row and a lone line under the table where they are', () => {
    const grid = gridOf([plain, ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', '20', '20'], ['（盖章）']]);
    expect(readIndicatorGrid(grid).goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.name)).toEqual(['培训人次']);
  });
});

describe('a budget code before a project name', () => {
  it('is removed when the name opens with its year', () => {
    expect(withoutCode('51092324T000010261234-2023年乡镇文化站补助资金')).toBe('2023年乡镇文化站补助资金');
  });

  it('stays when nothing but digits follows', () => {
    expect(withoutCode('2023-12')).toBe('2023-12');
  });
});
