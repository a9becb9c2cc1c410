/**
 * A Wuhan district's 项目支出绩效目标表 as its page gives it, one cell per line with blank lines between (nineteenth
 * study): the label "主管部门" / "及编码" broken over two lines, the funds for the whole period and for the year
 * (资金总额 / 当年资金总额, 其中:财政拨款 / 其中:当年财政拨款), the 中期目标 beside the 年度目标, and the long-term
 * indicator columns (二级指标(长期) | 三级指标(长期) | 指标值(长期)) beside the year's.
 */
import { describe, expect, it } from 'vitest';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { readIndicatorGrid } from '../grid/read-indicator-table.ts';
import { recoverTextGrid } from '../grid/read-text-indicators.ts';
import { readHeaderPairs } from './header-pairs.ts';
import { readOverallBlock } from './self-evaluation-overall.ts';
import { readSelfEvaluationBudget } from './self-evaluation-budget.ts';
import { readTableRows } from './table-rows.ts';
import { splitLines } from './normalize.ts';

/** Cells one per line, a blank line between, an empty cell as a line of a no-break space. */
const cellLines = (cells: readonly string[]): string[] => splitLines(cells.join('\n\n'));

describe('columns of the long term beside the year’s', () => {
  it.each<[string, string | null]>([
    ['二级指标(长期)', 'longTerm'],
    ['三级指标（长期）', 'longTerm'],
    ['指标值(中长期)', 'longTerm'],
    ['指标值(长期)', 'longTerm'],
    ['二级指标(年度)', 'level2'],
    ['指标值(年度)', 'target'],
    ['备注(长期)', 'remark'],
  ])('%s → %s', (text, role) => {
    expect(matchColumnRole(text)).toBe(role);
  });

  it('reads the year’s indicators, the long-term cells (filled or empty) placed and kept nowhere', () => {
    const header = ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'];
    const rows = [
      ['产出指标', '数量指标', '\u00a0', '\u00a0', '数量指标', '改造校舍间数', '12间'],
      ['产出指标', '成本指标', '\u00a0', '\u00a0', '成本指标', '改造成本', '≤300万元'],
      ['效益指标', '社会效益指标', '办学条件持续改善', '持续改善', '社会效益指标', '受益学生人数', '≥900人'],
    ];
    const lines = cellLines(['项目支出绩效目标表', ...header, ...rows.flat(), '\u00a0']);
    const read = readIndicatorGrid(recoverTextGrid(lines).grid);
    const indicators = read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text]);
    expect(indicators).toEqual([
      ['产出指标', '数量指标', '改造校舍间数', '12间'],
      ['产出指标', '成本指标', '改造成本', '≤300万元'],
      ['效益指标', '社会效益指标', '受益学生人数', '≥900人'],
    ]);
  });
});

describe('a label broken over two lines before a joining word', () => {
  it('reads "主管部门" / "及编码" as one label and the line after as its value', () => {
    const lines = cellLines(['项目名称', '校舍维修', '主管部门', '及编码', '[015001]汉岭区教育局', '实施单位', '汉岭区第三中学']);
    const pairs = readHeaderPairs(lines, lines.length);
    expect(pairs.find((pair) => pair.field === 'supervisor')).toMatchObject({ label: '主管部门及编码' });
    expect(pairs.find((pair) => pair.field === 'supervisor')?.value).toContain('汉岭区教育局');
  });

  it('keeps a value opening with a joining word that makes no label', () => {
    const lines = cellLines(['主管部门', '及时完成局', '实施单位', '某中学']);
    expect(readHeaderPairs(lines, lines.length).find((pair) => pair.field === 'supervisor')?.value).toBe('及时完成局');
  });
});

describe('the 中期目标 beside the 年度目标', () => {
  it('reads the year’s text only, up to the 绩效项目指标表 heading', () => {
    const lines = cellLines(['总体目标', '中期目标', '年度目标', '三年内完成全区校舍改造', '\u00a0', '完成第三中学校舍维修', '\u00a0', '绩效项目指标表', '一级指标']);
    const block = readOverallBlock(readTableRows(lines), lines);
    expect(block.overallGoal).toBe('完成第三中学校舍维修');
  });
});

describe('the funds of the whole period and of the year', () => {
  it('takes the year’s part row as the part, not as an addend', () => {
    const lines = cellLines(['项目资金', '资金总额', '300万元', '当年资金总额:', '300万元', '其中:财政拨款', '300万元', '其中:当年财政拨款', '300万元', '其他资金', '\u00a0']);
    expect(readSelfEvaluationBudget(readTableRows(lines)).budget).toMatchObject({ total: '300', bySource: { currentYear: '300' } });
  });
});

describe('the plan period’s funds and goal beside the year’s on one row (an Anhui city’s 申报表, twenty-third study)', () => {
  it.each([
    ['a group label before the pairs', ['项目资金 (万元) | 中期资金总额: | 126.00 | 年度资金总额: | 42.80 |', '其中:财政拨款 | 120.00 | 其中:财政拨款 | 40.00 |', '其他资金 | 6.00 | 其他资金 | 2.80 |'], { total: '42.80', bySource: { currentYear: '40.00', other: '2.80' } }],
    ['the pairs alone', ['中期资金总额 | 300 | 年度资金总额 | 100', '其中：财政拨款 | 300 | 其中：财政拨款 | 100'], { total: '100', bySource: { currentYear: '100' } }],
    ['中长期 with 预算', ['中长期预算资金总额 | 300 | 年度资金总额 | 100', '财政拨款 | 280 | 财政拨款 | 90', '其他资金 | 20 | 其他资金 | 10'], { total: '100', bySource: { currentYear: '90', other: '10' } }],
  ])('reads the year’s amounts of each part row: %s', (_case, rows, expected) => {
    const lines = splitLines(rows.join('\n'));
    expect(readSelfEvaluationBudget(readTableRows(lines)).budget).toMatchObject(expected);
  });

  it('reads a part row written once as before, and a total row with no period’s total does not take a later label', () => {
    const once = splitLines(['中期资金总额 | 300 | 年度资金总额 | 100', '其中：财政拨款 | 100'].join('\n'));
    expect(readSelfEvaluationBudget(readTableRows(once)).budget).toMatchObject({ total: '100', bySource: { currentYear: '100' } });
    // Without the period's total the first label is read (two rows of one slot are no pair of periods).
    const plain = splitLines(['年度资金总额 | 100', '其他资金 | 6 | 其他资金 | 4'].join('\n'));
    expect(readSelfEvaluationBudget(readTableRows(plain)).budget).toMatchObject({ total: '100', bySource: { other: '6' } });
  });

  it.each(['中期目标(2024年—2026年)', '中期目标（2025-2027年）', '中长期目标(三年)'])('reads the year’s text under %s | 年度目标', (heading) => {
    const lines = splitLines(['总 体 目 标 |', `${heading} | 年度目标 |`, '三年内建成储备库。 |', '年内补充防护装备。 |', '绩 效 指 标 |', '一级指标 | 二级指标 | 三级指标 | 指标值'].join('\n'));
    expect(readOverallBlock(readTableRows(lines), lines).overallGoal).toBe('年内补充防护装备。');
  });
});
