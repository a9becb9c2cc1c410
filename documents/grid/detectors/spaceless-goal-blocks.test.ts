import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../../core/model.ts';
import { readText } from '../../text/read-text.ts';
import { findGoalLabelAtEnd } from '../goal-names.ts';

/**
 * A project self-evaluation whose goals each repeat the indicator header with the goal label before
 * it (a Hubei-style 项目绩效自评表; names and numbers made up), written two ways: cells separated by
 * tabs and rows on lines of their own, or the whole document run together on one line without any
 * separator (as a web page's text gives it). Both must read the same.
 */
interface Row {
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  score: string;
}

const HEAD = ['2024年度乡镇垃圾转运项目绩效自评表', '单位名称：柳河县环境卫生所\t填报日期：2025年2月20日', '项目名称\t乡镇垃圾转运\t主管部门\t柳河县住房和城乡建设局\t项目实施单位\t本单位'];
const FUNDS = ['预算执行情况（万元）（20分）\t预算数（A）\t执行数（B）\t执行率（B/A）\t得分（20分*执行率）', '年度财政资金总额\t80.00\t76.00\t95%\t19'];
const HEADER = ['一级指标', '二级指标', '三级指标', '年初目标值（A）', '实际完成值（B）', '得分'];
const TAIL = ['偏差大或目标未完成原因分析\t无', '改进措施及结果应用方案\t优化转运线路。'];

/** Indicator names of my own, none a level word, none starting with a unit. */
const NAMES = ['转运车辆出车趟数', '垃圾日产日清率', '转运站除臭达标率', '沿线群众投诉件数', '乡镇覆盖数量', '转运设备完好率', '环境卫生改善程度', '保洁人员培训人数', '村民满意度', '收运点清洗频次'];
const LEVELS: ReadonlyArray<readonly [string, string]> = [
  ['产出指标', '数量指标'],
  ['产出指标', '质量指标'],
  ['产出指标', '时效指标'],
  ['效益指标', '社会效益指标'],
  ['效益指标', '生态效益指标'],
  ['满意度指标', '服务对象满意度指标'],
];
const UNITS = ['个', '%', '件', '人次', '次', '万吨'];

const row = (name: string) =>
  fc.record({
    levels: fc.constantFrom(...LEVELS),
    operator: fc.constantFrom('≥', '≤', '='),
    target: fc.integer({ min: 1, max: 500 }),
    actual: fc.integer({ min: 1, max: 500 }),
    unit: fc.constantFrom(...UNITS),
    // At most 8 indicators of 10 points and the budget's 20: a 总分 within 100, as every table's is.
    score: fc.integer({ min: 0, max: 10 }),
  }).map(({ levels, operator, target, actual, unit, score }): Row => ({ level1: levels[0], level2: levels[1], name, target: `${operator}${target}${unit}`, actual: `${actual}${unit}`, score: String(score) }));

/** Goals of 1–3 indicators each, 1–3 goals, every indicator named once; rows sorted by their levels. */
const goalsArbitrary = fc
  .shuffledSubarray(NAMES, { minLength: 1, maxLength: 8 })
  .chain((names) => fc.tuple(...names.map(row)))
  .chain((rows) => fc.integer({ min: 1, max: Math.min(3, rows.length) }).map((count) => splitInto(rows, count)));

function splitInto(rows: readonly Row[], count: number): Row[][] {
  const size = Math.ceil(rows.length / count);
  const order = (a: Row, b: Row) => LEVELS.findIndex((levels) => levels[1] === a.level2) - LEVELS.findIndex((levels) => levels[1] === b.level2);
  return Array.from({ length: count }, (_, index) => rows.slice(index * size, (index + 1) * size).sort(order)).filter((goal) => goal.length > 0);
}

/** The rows of a goal as a table writes them: a 一级 or 二级 merged with the row above is left empty. */
function goalLines(goal: readonly Row[], index: number): string[][] {
  const label = `年度绩效目标${index + 1}（${goal.length * 20}分）`;
  return [
    [label, ...HEADER],
    ...goal.map((indicator, at) => {
      const above = goal[at - 1];
      const level1 = above?.level1 === indicator.level1 ? '' : indicator.level1;
      const level2 = level1 === '' && above?.level2 === indicator.level2 ? '' : indicator.level2;
      return ['', level1, level2, indicator.name, indicator.target, indicator.actual, indicator.score];
    }),
  ];
}

function total(goals: readonly Row[][]): string {
  return String(19 + goals.flat().reduce((sum, indicator) => sum + Number(indicator.score), 0));
}

/** Tab cells, one row a line. */
function writeSeparated(goals: readonly Row[][]): string {
  const table = goals.flatMap(goalLines).map((cells) => cells.join('\t'));
  return [...HEAD, ...FUNDS, ...table, `总分\t${total(goals)}`, ...TAIL].join('\n');
}

/** The same document on one line: no tabs, no line breaks, full-width brackets made half-width as pages write them. */
function writeRunTogether(goals: readonly Row[][]): string {
  const table = goals.flatMap(goalLines).map((cells) => cells.join(''));
  return [...HEAD, ...FUNDS, ...table, `总分${total(goals)}`, ...TAIL].join('').replace(/\t/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/** What both must agree on: header facts, budget, totals, goals with their indicators. */
function facts(read: PerformanceDocument | null) {
  return {
    project: read?.project,
    supervisor: read?.supervisor,
    budget: read?.budget,
    score: read?.totals.score,
    goals: read?.goals.map((goal) => ({
      name: goal.name.replace(/（/g, '(').replace(/）/g, ')'),
      indicators: goal.indicators.map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.actual?.text, indicator.score]),
    })),
  };
}

describe('a goal-block self-evaluation run together on one line', () => {
  const goals: Row[][] = [
    [
      { level1: '产出指标', level2: '数量指标', name: '转运车辆出车趟数', target: '≥300次', actual: '312次', score: '20' },
      { level1: '产出指标', level2: '质量指标', name: '垃圾日产日清率', target: '≥98%', actual: '99%', score: '20' },
    ],
    [
      { level1: '效益指标', level2: '生态效益指标', name: '转运站除臭达标率', target: '=100%', actual: '100%', score: '20' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '村民满意度', target: '≥90%', actual: '88%', score: '18' },
    ],
  ];

  it('reads each goal block under its goal, with the funds and the total', () => {
    const read = readText(writeRunTogether(goals));
    expect(read?.goals.map((goal) => [goal.name, goal.indicators.map((indicator) => indicator.name)])).toEqual([
      ['年度绩效目标1(40分)', ['转运车辆出车趟数', '垃圾日产日清率']],
      ['年度绩效目标2(40分)', ['转运站除臭达标率', '村民满意度']],
    ]);
    expect(read?.budget).toMatchObject({ adjusted: '80.00', executed: '76.00', executionRate: '95', score: '19', weight: '20' });
    expect(read?.totals.score).toBe('97');
  });

  it('reads the same as the table with its rows on separate lines', () => {
    fc.assert(
      fc.property(goalsArbitrary, (generated) => {
        expect(facts(readText(writeRunTogether(generated)))).toEqual(facts(readText(writeSeparated(generated))));
      }),
      // The suite's seed (test-support/fast-check-seed.ts): unseeded, 1 run in a few of CI found the case below
      // (dry run of 2026-12-05); FC_SEED=random explores.
      { numRuns: 30 },
    );
    // 30 whole readings take about 4 s alone; on a machine shared with other runs the default 5 s was passed.
  }, 30_000);

  // Found by the property unseeded, shrunk: three names of the table open with the same two characters
  // (转运车辆出车趟数, 转运站除臭达标率, 转运设备完好率), two right after a written 二级 whose end is a 一级 word
  // (生态效益指标, 服务对象满意度指标). That 一级 word was taken for a written 一级, so the two names were row starts
  // after a 一级 and their shared 转运 a 二级 of the table's own (stream-level2-words.ts, repetition).
  it('reads the same when three names share their first two characters', () => {
    const indicator = (level1: string, level2: string, name: string): Row => ({ level1, level2, name, target: '≥1个', actual: '1个', score: '0' });
    const goals = [
      [
        indicator('产出指标', '数量指标', '保洁人员培训人数'),
        indicator('产出指标', '数量指标', '沿线群众投诉件数'),
        indicator('产出指标', '数量指标', '转运车辆出车趟数'),
        indicator('产出指标', '数量指标', '村民满意度'),
        indicator('产出指标', '数量指标', '垃圾日产日清率'),
        indicator('效益指标', '生态效益指标', '转运站除臭达标率'),
        indicator('满意度指标', '服务对象满意度指标', '转运设备完好率'),
      ],
    ];
    expect(facts(readText(writeRunTogether(goals)))).toEqual(facts(readText(writeSeparated(goals))));
  });

  it('takes a goal label only where it ends the text before a header', () => {
    expect(findGoalLabelAtEnd('年度财政资金总额52.0050.7097.5%19.5年度绩效目标1(40分)')).toEqual({ goal: '年度绩效目标1(40分)', length: 12 });
    expect(findGoalLabelAtEnd('…97%20目标二')).toEqual({ goal: '目标二', length: 3 });
    expect(findGoalLabelAtEnd('年度目标完成率≥95%97%20')).toBeNull();
    expect(findGoalLabelAtEnd('年度绩效目标1(40分)产出指标')).toBeNull();
  });
});
