import { describe, expect, it } from 'vitest';
import { joinPipeClosedCellBreaks } from './pipe-closed-cell-breaks.ts';
import { readText } from './read-text.ts';

/** Twelve cells one per line closed by " |", the page these cases stand in. */
const cells = ['项目名称 |', '定向越野赛 |', '主管部门 |', '云川市体育局 |', '实施单位 |', '云川市体育局 |', '年度资金总额: |', '260.00 |', '其中:财政拨款 |', '260.00 |', '其他资金 |', '0.00 |'];

describe('cells one per line closed by " |" whose own line breaks were kept', () => {
  it.each([
    ['a label in two', ['项目资金', '(万元) |'], '项目资金(万元) |'],
    ['vertical text', ['绩', '效', '指', '标 |'], '绩效指标 |'],
    ['a long name', ['打造定向越野', '品牌赛事 |'], '打造定向越野品牌赛事 |'],
    ['Latin words', ['GPS', 'tracker |'], 'GPS tracker |'],
  ])('joins %s on the first line and blanks the rest', (_case, pieces, joined) => {
    const lines = [...cells, ...pieces, '≥95% |'];
    const result = joinPipeClosedCellBreaks(lines);
    expect(result).toHaveLength(lines.length);
    expect(result[cells.length]).toBe(joined);
    expect(result.slice(cells.length + 1, cells.length + pieces.length)).toEqual(pieces.slice(1).map(() => ''));
  });

  it.each([
    ['an annex heading and a title between tables', ['附件2', '2024年项目支出绩效目标表', '项目名称 |']],
    ['a sentence', ['以上指标请认真核对。', '备注 |']],
    ['a piece after a blank line (the cell ended)', ['', '签字', '日期 |']],
    ['a run of more pieces than a cell breaks into', ['一', '二', '三', '四', '五', '六', '七 |']],
    ['pieces not closed by a cell line', ['甲', '乙']],
  ])('leaves %s', (_case, tail) => {
    const lines = [...cells, ...tail];
    expect(joinPipeClosedCellBreaks(lines)).toEqual(lines);
  });

  it('leaves a text that is no cells one per line', () => {
    const lines = ['项目名称 | 定向越野赛', '项目资金', '(万元) |', '一级指标 | 二级指标'];
    expect(joinPipeClosedCellBreaks(lines)).toEqual(lines);
  });
});

describe('a 目标表 of such cells (an Anhui district page, twenty-third study)', () => {
  const page = (satisfaction: string[]) =>
    [
      '项目支出绩效目标表 |', '(2025年度) |', '项目名称 |', '定向越野赛 |', '主管部门及代码 |', '[051]云川市体育局 |', '实施单位 |', '云川市体育局 |',
      '项目资金', '(万元) |', '年度资金总额: |', '260.00 |', '其中:财政拨款 |', '260.00 |', '其他资金 |', '0.00 |',
      '年度', '目标 |', '举办定向越野赛，带动全民健身。 |',
      '绩', '效', '指', '标 |', '一级', '指标 |', '二级指标 |', '三级指标 |', '指标值 |',
      '产出指标 |', '数量指标 |', '举办赛事场次 |', '2场 |', '成本指标 |', '项目总成本 |', '≤260万元 |',
      '效益指标 |', '可持续影响指标 |', '打造定向越野', '品牌赛事 |', '影响可持续 |',
      ...satisfaction,
    ].join('\n');

  it.each([
    ['its 一级 written again as its 二级', ['满意度指标 |', '满意度指标 |', '参赛群众满意度 |', '≥95% |'], '满意度指标'],
    ['a 二级 of its own', ['满意度指标 |', '服务对象满意度指标 |', '参赛群众满意度 |', '≥95% |'], '服务对象满意度指标'],
  ])('reads the goal under its broken label, every row, and the satisfaction row with %s', (_case, satisfaction, level2) => {
    const document = readText(page(satisfaction));
    expect(document?.overallGoal).toBe('举办定向越野赛，带动全民健身。');
    const indicators = document?.goals.flatMap((goal) => goal.indicators) ?? [];
    expect(indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text])).toEqual([
      ['产出指标', '数量指标', '举办赛事场次', '2场'],
      ['产出指标', '成本指标', '项目总成本', '≤260万元'],
      ['效益指标', '可持续影响指标', '打造定向越野品牌赛事', '影响可持续'],
      ['满意度指标', level2, '参赛群众满意度', '≥95%'],
    ]);
  });
});
