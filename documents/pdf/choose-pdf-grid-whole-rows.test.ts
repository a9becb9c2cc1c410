/**
 * A row one reading cuts in two counts once against a reading that has it whole (choose-pdf-grid.ts
 * countWholeRows): a Word table with its cells centred prints a two-line name and value as lines above and
 * below a one-line cell's, so the positional grid reads the row as two rows that each fit the header, and
 * outnumbered the borders' grid that reads it whole.
 */
import { describe, expect, it } from 'vitest';
import { comparePdfGrids, countWholeRows } from './choose-pdf-grid.ts';
import { borders, item } from './lattice-testing.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';

describe('countWholeRows', () => {
  const rating = (names: string[]) => ({ fittingRows: names.length, confidence: 1, fittingNames: names });

  it('counts a run of rows whose names make one name of the other reading once', () => {
    const whole = rating(['维修校舍面\n积', '工程合格率']);
    expect(countWholeRows(rating(['维修校舍面', '积', '工程合格率']), whole)).toBe(2);
    expect(countWholeRows(whole, rating(['维修校舍面', '积', '工程合格率']))).toBe(2);
  });

  it('counts rows that are names of their own, or make no name together, each', () => {
    expect(countWholeRows(rating(['培训人次', '合格率']), rating(['培训人次合格率']))).toBe(1);
    expect(countWholeRows(rating(['培训人次', '合格率']), rating(['培训人次', '合格率', '培训人次合格率']))).toBe(2);
    expect(countWholeRows(rating(['维修校舍面', '工程合格率']), rating(['维修校舍面积']))).toBe(2);
  });
});

describe('a bordered table whose cells are centred in their rows', () => {
  // 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值: the first row's name and values on two lines, its levels and weight on one, centred.
  const columns = [50, 110, 170, 232, 294, 356, 400];
  const rows = [700, 680, 645, 625];
  const items = [
    ...['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值'].map((text, column) => item(text, columns[column]! + 4, 686)),
    item('产出指标', 54, 659), item('数量指标', 114, 659), item('25', 360, 659),
    item('维修校舍面', 174, 666), item('≥2400平', 236, 666), item('2450平', 298, 666),
    item('积', 174, 652), item('方米', 236, 652), item('方米', 298, 652),
    item('质量指标', 114, 631), item('工程合格率', 174, 631), item('100%', 236, 631), item('100%', 298, 631), item('25', 360, 631),
  ];

  it('is read through its borders, the two-line row whole', () => {
    const choice = comparePdfGrids([{ items, rulings: borders(rows, columns) }]);
    expect(choice.lattice?.fittingRows).toBeLessThan(choice.positional.fittingRows);
    const read = readIndicatorGrid(choice.grid!);
    expect(read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.name, indicator.target?.text])).toEqual([
      ['维修校舍面积', '≥2400平方米'],
      ['工程合格率', '100%'],
    ]);
  });
});
