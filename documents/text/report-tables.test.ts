import { describe, expect, it } from 'vitest';
import { readText } from './read-text.ts';

/** A report whose score sheet is a fixed-width table (a PDF's text in layout mode whose cells all fit: no row wrapped). */
const report = (rows: readonly string[]): string =>
  [
    '财政支出项目绩效评价报告',
    '项目名称：乡村学校营养午餐补助',
    '项目单位：青岚县教育局',
    '一、项目基本情况',
    '本项目为全县乡村学校学生提供营养午餐补助。',
    '二、绩效评价指标评分',
    '一级指标  分值  二级指标  分值  三级指标          分值  得分',
    ...rows,
    '三、评价结论',
    '经评价，该项目绩效评价得分46分，评价等级为“良”。',
  ].join('\n');

const indicatorsOf = (text: string): string[][] =>
  (readText(text)?.goals ?? []).flatMap((goal) =>
    goal.indicators.map((indicator) => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name, String(indicator.weight ?? ''), String(indicator.score ?? '')]),
  );

// (The 一级 产出 is read as the model's 产出指标.)
const expected = [
  ['投入', '项目立项', '立项依据充分性', '6', '6'],
  ['投入', '项目立项', '绩效目标合理性', '4', '3'],
  ['过程', '资金管理', '资金到位率', '10', '9'],
  ['产出指标', '项目产出', '受助学生人数', '30', '28'],
];

describe('a report’s score sheet as a fixed-width table (2026-12-06, readers-36)', () => {
  it('reads its indicators when each level is written once, over its first row', () => {
    const text = report([
      '投入      10    项目立项  10    立项依据充分性    6     6',
      '                                绩效目标合理性    4     3',
      '过程      10    资金管理  10    资金到位率        10    9',
      '产出      30    项目产出  30    受助学生人数      30    28',
      '总分      50              50                      50    46',
    ]);
    expect(indicatorsOf(text)).toEqual(expected);
  });

  it('reads the 总分 row’s last figure as the score (its empty cells dropped, the 分值 of each level before it)', () => {
    const text = report([
      '投入      10    项目立项  10    立项依据充分性    6     6',
      '过程      10    资金管理  10    资金到位率        10    9',
      '总分      50              50                      50    46',
    ]);
    expect(readText(text)?.totals).toMatchObject({ weight: '50', score: '46' });
  });

  it('reads them when every row writes its levels again', () => {
    const text = report([
      '投入      10    项目立项  10    立项依据充分性    6     6',
      '投入      10    项目立项  10    绩效目标合理性    4     3',
      '过程      10    资金管理  10    资金到位率        10    9',
      '产出      30    项目产出  30    受助学生人数      30    28',
      '总分      50              50                      50    46',
    ]);
    expect(indicatorsOf(text)).toEqual(expected);
  });

  it('takes no paragraph of the report for a table (a line of one cell ends it)', () => {
    const document = readText(report(['投入      10    项目立项  10    立项依据充分性    6     6', '过程      10    资金管理  10    资金到位率        10    9']));
    expect(document?.kind).toBe('evaluation-report');
    expect(indicatorsOf(report(['投入      10    项目立项  10    立项依据充分性    6     6']))).toEqual([]);
  });
});
