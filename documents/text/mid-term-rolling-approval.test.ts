/**
 * A Guangdong city's 财政项目支出绩效目标批复表 as its page gives it (Dongguan, twenty-fifth study): pipe rows padded with pipes,
 * the label "项目 名称" broken by its cell's wrap, the plan period's funds before the year's on the project's row
 * (中期市财政预算(万元) | … | 本年度申请市财政预算资金(万元) | …), 中期滚动目标(…) beside 年度目标, the indicator header's
 * cells broken over lines with the plan period's columns first (指标值(或计划水平)) and the year's after
 * (计划指标值(或计划水平)), and the levels worded 预期产出指标 / 预算(或投资规模)控制指标. Our own text of that structure.
 */
import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

function table(options: { projectLabel: string; goalHeading: string; yearTargetHeading: string }): string {
  return [
    '示范市财政项目支出绩效目标批复表 | |||||||||',
    '( 2025 年度) | |||||||||',
    '预算单位:示范市文化馆 | |||||||||',
    `${options.projectLabel} |`,
    '非遗展演季 | 中期市财政预算(万元) | 300.00 | 本年度申请市财政预算资金(万元) | 96.50 | ||||',
    `总体目标 | ${options.goalHeading} | 年度目标 | |||||||`,
    '三年举办非遗展演60场。 | 举办非遗展演20场。 | ||||||||',
    '绩效指标 | 一级 指标 |',
    '二级 指标 |',
    '三级 指标 |',
    '指标值(或计划水平) | 二级 指标 |',
    '三级 指标 |',
    `${options.yearTargetHeading} | ||`,
    '预期产出指标 | 数量指标(或建筑规模指标) | 展演场次 | 60场 | 数量指标(或建筑规模指标) | 展演场次 | 20场 | |||',
    '预算(或投资规模)控制指标 | 年度预算执行率 | ≥90% | 预算(或投资规模)控制指标 | 年度预算执行率 | ≥95% | ||||',
    '预期效果指标 | 服务对象满意度指标 | 观众满意度 | ≥85% | 服务对象满意度指标 | 观众满意度 | ≥90% | |||',
  ].join('\n');
}

describe('a 批复表 with the plan period beside the year (中期滚动目标, 计划指标值)', () => {
  it('reads the year\'s project, goal, funds and targets', () => {
    const document = readText(table({ projectLabel: '项目 名称', goalHeading: '中期滚动目标(2025年--2027年)', yearTargetHeading: '计划指标值(或计划水平)' }));
    expect(document?.kind).toBe('approval-table');
    expect(document?.project).toBe('非遗展演季');
    expect(document?.overallGoal).toBe('举办非遗展演20场。');
    expect(document?.budget.total).toBe('96.50');
    const indicators = document?.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text]);
    expect(indicators).toEqual([
      ['产出指标', '数量指标', '展演场次', '20场'],
      ['产出指标', '预算控制指标', '年度预算执行率', '≥95%'],
      ['效益指标', '服务对象满意度指标', '观众满意度', '≥90%'],
    ]);
  });

  it.each([
    ['中期目标(2025年—2027年)', '计划指标值(或计划水平)'],
    ['中期滚动目标', '计划指标值'],
  ])('reads the year\'s goal and targets under other wordings of the headings (%s, %s)', (goalHeading, yearTargetHeading) => {
    const document = readText(table({ projectLabel: '项目名称', goalHeading, yearTargetHeading }));
    expect(document?.overallGoal).toBe('举办非遗展演20场。');
    expect(document?.goals.flatMap((goal) => goal.indicators).map((indicator) => indicator.target?.text)).toEqual(['20场', '≥95%', '≥90%']);
  });
});
