import { describe, expect, it } from 'vitest';
import { findHeaderBands, isPlaceHeading } from './header-band.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { targetByPlace } from './read-row.ts';
import { gridOf } from './testing.ts';

describe('a header cell naming a place', () => {
  it.each([
    ['石门镇上坂村', true],
    ['龙岩乡后洋村', true],
    ['笏石街道办', true],
    ['东湖街道', true],
    ['河西社区', true],
    ['青溪县', true],
    ['指标值', false],
    ['指标解释', false],
    ['满意度指标', false],
    ['村', false],
    ['3号村', false],
    ['备注', false],
  ])('%s → %s', (text, expected) => {
    expect(isPlaceHeading(text)).toBe(expected);
  });
});

describe('the target of a row written place by place', () => {
  const places = [
    { column: 4, place: '石门镇上坂村' },
    { column: 5, place: '龙岩乡后洋村' },
    { column: 6, place: '东岭镇溪头村' },
  ];
  const rowOf = (texts: readonly string[]) => (column: number | undefined) => (column === undefined ? '' : (texts[column] ?? ''));

  it.each([
    [['', '', '', '', '1', '1', '1'], '1'],
    [['', '', '', '', '≥90%', '≥90%', '≥90%'], '≥90%'],
    [['', '', '', '', '≥800', '≥500', '≥300'], '石门镇上坂村：≥800；龙岩乡后洋村：≥500；东岭镇溪头村：≥300'],
    [['', '', '', '', '2', '', '2'], '2'],
    [['', '', '', '', '2', '', '3'], '石门镇上坂村：2；东岭镇溪头村：3'],
    [['', '', '', '', '', '', ''], ''],
  ])('%j → %s', (texts, expected) => {
    expect(targetByPlace(places, rowOf(texts))).toBe(expected);
  });
});

describe('a table giving each place its own value column', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标解释', '石门镇上坂村', '龙岩乡后洋村'];

  it('reads the places as the target columns when no 指标值 column is named', () => {
    const [band] = findHeaderBands(gridOf([header]));
    expect(band?.placeValues).toEqual([
      { column: 4, place: '石门镇上坂村' },
      { column: 5, place: '龙岩乡后洋村' },
    ]);
    const indicators = readIndicatorGrid(
      gridOf([header, ['产出指标', '数量指标', '修复渠道长度(米)', '反映修复规模', '≥300', '≥200'], ['满意度指标', '服务对象满意度指标', '群众满意度', '反映群众满意程度', '≥90%', '≥90%']]),
    ).goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.name, indicator.target?.text])).toEqual([
      ['修复渠道长度(米)', '石门镇上坂村：≥300；龙岩乡后洋村：≥200'],
      ['群众满意度', '≥90%'],
    ]);
  });

  it('leaves a table with its own 指标值 column as it was (a place column beside it is ignored)', () => {
    const [band] = findHeaderBands(gridOf([['一级指标', '二级指标', '三级指标', '指标值', '石门镇上坂村', '龙岩乡后洋村']]));
    expect(band?.placeValues).toBeUndefined();
    expect(band?.columns.target).toBe(3);
  });

  it('takes no single place column for a value column (one place is an unknown word)', () => {
    expect(findHeaderBands(gridOf([['一级指标', '二级指标', '三级指标', '指标解释', '石门镇上坂村']]))).toEqual([]);
  });
});
