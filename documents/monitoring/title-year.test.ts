/** The year of a 监控表's title, however many blank lines a page puts between its first lines. */
import { describe, expect, it } from 'vitest';
import { findTitleYear } from './read-table.ts';

const title = ['首页 > 政务公开 > 预算绩效', '', '临川市项目支出绩效监控表 (档案数字化) |', '||||||', '(2023年度)', '|', '||||||', '项目单位(盖章): 单位:万元 |'];

describe('findTitleYear', () => {
  it.each([
    ['lines next to each other', title],
    ['a blank line between every two lines', title.flatMap((line) => [line, ''])],
    ['two blank lines between every two lines', title.flatMap((line) => [line, '', ''])],
  ])('reads the bracketed year under the title with %s', (_, lines) => {
    expect(findTitleYear(lines)).toBe(2023);
  });

  it('looks no further than the first lines with text', () => {
    const body = ['临川市项目支出绩效监控表', ...Array.from({ length: 8 }, (_, index) => `第${index + 1}行`), '填报日期：2024年7月5日'];
    expect(findTitleYear(body)).toBeNull();
  });
});
