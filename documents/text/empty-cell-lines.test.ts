import { describe, expect, it } from 'vitest';
import { EMPTY_CELL_LINE } from '../grid/stacked-lines.ts';
import { splitLines } from './normalize.ts';

const cells = ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月完成值', '完成目标可能性', '偏差原因', '产出指标', '数量指标', '巡查里程', '≥120公里'];

describe('markEmptyCellLines (through splitLines)', () => {
  it.each([' ', '\u00a0', '\u3000 \u3000', '\t'])('keeps a cell written as spaces (%j) between the empty lines of a cell dump as an empty cell', (space) => {
    const lines = splitLines([...cells, space, '有可能', space].join('\n\n'));
    expect(lines.filter((line) => line !== '')).toEqual([...cells, EMPTY_CELL_LINE, '有可能', EMPTY_CELL_LINE]);
  });

  it('leaves a line of spaces blank where cells are not separated by empty lines', () => {
    expect(splitLines([...cells, ' ', '有可能'].join('\n')).filter((line) => line !== '')).toEqual([...cells, '有可能']);
  });

  it('leaves a line of spaces blank among prose paragraphs', () => {
    const prose = ['一、基本情况', '本单位按计划推进各项工作。', '', ' ', '', '二、存在问题', '部分项目进度偏慢。'];
    expect(splitLines(prose.join('\n')).filter((line) => line !== '')).toEqual(['一、基本情况', '本单位按计划推进各项工作。', '二、存在问题', '部分项目进度偏慢。']);
  });
});
