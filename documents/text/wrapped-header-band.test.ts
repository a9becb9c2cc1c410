import { describe, expect, it } from 'vitest';
import { displayWidth } from '../grid/cell-text.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { readWrappedHeaderBand, type HeaderCell } from './wrapped-header-band.ts';

const namesColumns = (cells: readonly HeaderCell[]): boolean => cells.filter((cell) => matchColumnRole(cell.text) !== null).length >= 4;
const words = (lines: readonly string[], line: number): string[] | undefined =>
  readWrappedHeaderBand(lines, line, namesColumns)?.cells.map((cell) => cell.text);

describe('a fixed-width header whose words wrapped in their columns', () => {
  it('joins the words of a header centred over its lines, a word over three lines included', () => {
    const place = (...cells: Array<[number, string]>): string =>
      cells.reduce((line, [column, text]) => `${line}${' '.repeat(column - displayWidth(line))}${text}`, '');
    const lines = [
      place([74, '偏差原']),
      place([50, '1-8月完'], [62, '完成目标']),
      place([0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [36, '年度指标值'], [74, '因及纠']),
      place([50, '成值'], [62, '可能性']),
      place([74, '偏措施']),
      place([12, '数量指标'], [24, '完成征兵'], [36, '≥120人'], [50, '已完成'], [62, '确定能']),
    ];
    const band = readWrappedHeaderBand(lines, 2, namesColumns);
    expect(band).toMatchObject({ first: 0, last: 4 });
    expect(band?.cells.map((cell) => cell.text)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '1-8月完成值', '完成目标可能性', '偏差原因及纠偏措施']);
  });

  it('joins the rest of words at the top of their cells, and stops at the first row', () => {
    const lines = [
      '绩效指    一级指标    二级指标    三级指标    年度指    实际完    分值    得分',
      '标                                            标值      成值',
      '          产出指标    数量指标    新建管网    ≥46公里   47公里    15      15',
    ];
    expect(words(lines, 0)).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']);
    expect(readWrappedHeaderBand(lines, 0, namesColumns)?.last).toBe(1);
  });

  it('takes no line of a row under a header that names its columns on one line', () => {
    const lines = [
      '一级指标    二级指标    三级指标    年度指标值    实际完成值',
      '            数量指标    新建供水    ≥46公里       47公里',
      '                        管网长度',
    ];
    expect(readWrappedHeaderBand(lines, 0, namesColumns)).toBeNull();
  });

  it('joins a word centred off the line of column words, as many lines below it as above, and not the first row’s reason', () => {
    const place = (...cells: Array<[number, string]>): string =>
      cells.reduce((line, [column, text]) => `${line}${' '.repeat(column - displayWidth(line))}${text}`, '');
    const lines = [
      place([60, '偏差原因分析及改进措']),
      place([0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [36, '年度指标值'], [48, '分值'], [54, '得分']),
      place([60, '施']),
      place([60, '部分农户推迟购机，下']),
      place([12, '数量指标'], [24, '补贴机具数量'], [36, '≥300台'], [48, '30'], [54, '26']),
      place([60, '年提前摸底']),
    ];
    const band = readWrappedHeaderBand(lines, 1, () => true);
    expect(band).toMatchObject({ first: 0, last: 2 });
    expect(band?.cells.at(-1)?.text).toBe('偏差原因分析及改进措施');
  });

  it('goes on a line each side at once over a word centred off the line of column words', () => {
    const place = (...cells: Array<[number, string]>): string =>
      cells.reduce((line, [column, text]) => `${line}${' '.repeat(column - displayWidth(line))}${text}`, '');
    const lines = ['偏差', '原因', '分析', '', '及改', '进措', '施'].map((word, index) =>
      index === 3 ? place([0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [36, '年度指标值'], [48, '分值'], [54, '得分']) : place([60, word]),
    );
    lines.push(place([12, '数量指标'], [24, '补贴机具数量'], [36, '≥300台'], [48, '30'], [54, '26']));
    expect(readWrappedHeaderBand(lines, 3, () => true)).toMatchObject({ first: 0, last: 6 });
    expect(words(lines, 3)?.at(-1)).toBe('偏差原因分析及改进措施');
  });
});
