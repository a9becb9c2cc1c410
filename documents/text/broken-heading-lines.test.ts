import { describe, expect, it } from 'vitest';
import { joinBrokenHeadingLines } from './broken-heading-lines.ts';

const joined = (pieces: readonly string[]): string[] => joinBrokenHeadingLines(pieces, 0).filter((line) => line !== '');

describe('joinBrokenHeadingLines', () => {
  it.each([
    [['部门预', '算管理', '80分)'], '部门预算管理(80分)'],
    [['部门绩效', '管理(20', '分)'], '部门绩效管理(20分)'],
    [['综合管', '理(20', '分)'], '综合管理(20分)'],
    [['综合管理(2', '0分)'], '综合管理(20分)'],
    [['履职成效(15分', ')'], '履职成效(15分)'],
    [['部门预', '算管理', '(80分)'], '部门预算管理(80分)'],
    [['部门预算管', '理(80分)'], '部门预算管理(80分)'],
    [['预算编', '制', '(30分)'], '预算编制(30分)'],
    [['基础管理(', '25分)'], '基础管理(25分)'],
    // A level word on one line, its note pushed onto the next.
    [['产出指标', '(30分)'], '产出指标(30分)'],
    [['基础工作', '(20分)'], '基础工作(20分)'],
  ])('joins a heading wrapped around its weight note: %j', (pieces, heading) => {
    expect(joined([...pieces, '目标制定', '10'])).toEqual([heading, '目标制定', '10']);
  });

  it('finds the pieces across the blank lines between cells and keeps the line count', () => {
    const lines = ['9', '', '部门绩效', '', '管理(20', '', '分)', '', '绩效管理(20分)'];
    const result = joinBrokenHeadingLines(lines, 1);
    expect(result).toHaveLength(lines.length);
    expect(result.filter((line) => line !== '')).toEqual(['9', '部门绩效管理(20分)', '绩效管理(20分)']);
  });

  it.each([
    // A 一级 written only as its weight under a single line: no wrap to see.
    [['已完成', '(30分)']],
    // A last line wider than the line above: that line would have broken sooner, so two cells.
    [['部门预算', '管理(80分)']],
    // A sentence or a number above a bare note: the note is a 一级 written only as its weight.
    [['该项工作已全部完成。', '(30分)']],
    [['12.5', '(30分)']],
    // A number above a tail.
    [['12', '5分)']],
    // A note already closed above: the tail is no part of it.
    [['预算编制(30分)', '分)']],
  ])('leaves lines that are no wrapped heading: %j', (pieces) => {
    expect(joined(pieces)).toEqual(pieces);
  });

  it('takes only the lines of the wrap, not the cell above it', () => {
    expect(joined(['评价得分', '无', '部门预', '算管理', '80分)'])).toEqual(['评价得分', '无', '部门预算管理(80分)']);
  });
});
