import { describe, expect, it } from 'vitest';
import { fundTotalLabels } from '../vocabulary/fund-labels.ts';
import { readHeaderPairs } from './header-pairs.ts';

/** Total labels long enough to end a value (shorter ones occur inside names). */
const endingLabels = fundTotalLabels().filter((label) => label.length >= 4);

describe('a header value in a whole table on one line', () => {
  it('has funds total labels to end at', () => {
    expect(endingLabels).toEqual(expect.arrayContaining(['年度资金总额', '批复金额']));
  });

  it.each(endingLabels)('ends where the funds total label %s follows it', (label) => {
    const line = `项目支出绩效自评表 项目名称 河道巡查保洁 主管部门 桐江县水利局 实施单位 桐江县河道管理所 ${label} 120.00 118.50 10 98.75% 9.88 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分`;
    const pairs = readHeaderPairs([line], 1);
    expect(pairs.find((pair) => pair.field === 'implementer')?.value).toBe('桐江县河道管理所');
  });
});

describe('a label left blank in a row of the table (a Hubei city 自评表, twenty-fourth study)', () => {
  const implementer = (lines: string[]) => readHeaderPairs(lines, lines.length).find((pair) => pair.field === 'implementer')?.value;
  it.each([
    ['an empty cell alone after it, cells one per line closed by " |"', ['主管部门 |', '示范县行政审批局 |', '实施单位 |', '|', '项目资金 (万元) |', '|', '年初预算数 |'], null],
    ['a row end of its own after it', ['主管部门 |', '|', '实施单位 |', '||||||||||', '项目资金 (万元) |'], null],
    ['its row\'s last cell written empty (tabs)', ['项目名称\t大厅终端运维', '主管部门\t\t实施单位\t', '项目资金（万元）\t\t年初预算数\t全年预算数'], null],
    ['its row\'s last cell written empty (pipes)', ['主管部门 |  | 实施单位 |  |', '项目资金 (万元) |  | 年初预算数 |'], null],
    // Still read: a lone label's value on the next line, in either dump.
    ['a lone label, its value on the next line (cells one per line)', ['主管部门 |', '示范县行政审批局 |', '实施单位 |', '示范县政务服务中心 |', '项目资金 (万元) |'], '示范县政务服务中心'],
    ['a lone label, its value on the next line (plain lines)', ['实施单位', '示范县政务服务中心', '项目资金（万元）'], '示范县政务服务中心'],
    ['a lone label ending a row with a trailing tab, its value on the next line', ['实施单位\t', '示范县政务服务中心'], '示范县政务服务中心'],
  ])('%s', (_case, lines, value) => {
    expect(implementer(lines)).toBe(value);
  });
});

describe('a label broken where its cell wrapped, the break written as a space (a Guangdong city 批复表, twenty-fifth study)', () => {
  const valueOf = (lines: string[], field: string) => readHeaderPairs(lines, lines.length).find((pair) => pair.field === field)?.value;
  it.each([
    ['its value on the next line', ['项目 名称 |', '城区排水管网清疏工程 | 中期市财政预算(万元) | 1860.00 | ||||'], 'project', '城区排水管网清疏工程'],
    ['its value in the next cell', ['项目 名称 | 城区排水管网清疏工程 | ||||'], 'project', '城区排水管网清疏工程'],
    ['a longer label', ['主管 部门 | 示范市水务局 | 实施 单位 | 示范市排水管理处 | ||'], 'implementer', '示范市排水管理处'],
    // Still as before: a label before its value in one cell, and spaced single letters.
    ['a label and its value in one cell', ['项目名称 城区排水管网清疏工程'], 'project', '城区排水管网清疏工程'],
    ['single letters spaced', ['项 目 名 称 | 城区排水管网清疏工程 |'], 'project', '城区排水管网清疏工程'],
  ])('reads the label: %s', (_case, lines, field, value) => {
    expect(valueOf(lines, field)).toBe(value);
  });

  it('leaves a cell of words that holds a label inside as it is', () => {
    expect(readHeaderPairs(['城区 项目名称 改造 | 示范工程 |'], 1).find((pair) => pair.field === 'project')?.value).not.toBe('示范工程');
  });
});
