/** The year of a 监控表's title, however many blank lines a page puts between its first lines. */
import { describe, expect, it } from 'vitest';
import { findTableTitleYear, findTitleYear } from './read-table.ts';

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

describe('findTableTitleYear', () => {
  const page = ['临川市文化馆2023年度部门决算', '第一部分 部门概况', '2023年度收入总计580.20万元。', '十三、预算绩效情况说明'];
  it.each([
    ['in the bracketed line under the title, under a page naming its own year', [...page, '项目支出绩效运行监控表', '（2024年1-6月）', '项目名称 档案数字化'], 2024],
    ['in the title’s own line', [...page, '| 临川市2024年度项目支出绩效监控表 | |', '项目名称 档案数字化'], 2024],
    ['with blank lines between the title and its year', ['项目支出绩效监控表', '', '', '(2023年度)'], 2023],
    ['nowhere near the title', ['项目支出绩效监控表', '项目名称', '档案数字化', '填报日期：2024年7月5日'], null],
    ['with no 监控表 title at all (the page’s year is no table’s)', page, null],
  ])('reads the table’s year %s', (_, lines, expected) => {
    expect(findTableTitleYear(lines)).toBe(expected);
  });
});
