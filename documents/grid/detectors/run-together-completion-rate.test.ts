import { describe, expect, it } from 'vitest';
import { readHeaderWords } from './run-together-words.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';

/** The indicators a text's lines give: level1, level2, name, target, actual, weight, score. */
function readRows(lines: readonly string[]): Array<Array<string | null | undefined>> {
  const read = readIndicatorGrid(recoverGrid(lines).grid);
  return read.goals
    .flatMap((goal) => goal.indicators)
    .map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.target?.text ?? '', indicator.actual?.text ?? '', indicator.weight, indicator.score]);
}

// A system's 项目支出绩效自评表 printed with single spaces (a Hainan school's page): 指标性质 always empty, 度量单位 only
// for a percentage, the target and actual of a count bare numbers, 完成率 before 分值 / 得分, a reason closing a row.
const HEADER = '一级指标 二级指标 三级指标 指标性质 年度指标值 度量单位 实际完成值 完成率 分值 得分 未完成原因分析';
const ROWS = [
  '产出指标 数量指标 维修校舍间数 40 32 80.00% 30.00 24 两间校舍待明年暑期施工。',
  '产出指标 质量指标 维修验收合格率 100 % 100 100.00% 30.00 30  ',
  '满意度指标 服务对象满意度 师生满意度 90 % 95 100.00% 40.00 40  ',
];
const EXPECTED = [
  ['产出指标', '数量指标', '维修校舍间数', '40', '32', '30.00', '24'],
  ['产出指标', '质量指标', '维修验收合格率', '100%', '100', '30.00', '30'],
  ['满意度指标', '满意度指标', '师生满意度', '90%', '95', '40.00', '40'],
];

describe('a run-together table with a 完成率 column and bare targets', () => {
  it.each<[string, string[]]>([
    ['the rows as printed', [HEADER, ...ROWS]],
    ['no reason on any row', [HEADER, ...ROWS.map((row) => row.replace(/ 两间校舍待明年暑期施工。/, ''))]],
    ['a total row after the rows', [HEADER, ...ROWS, '合计 100.00 94.00']],
  ])('%s: every row whole, its 分值 / 得分 after the 完成率', (_case, lines) => {
    const rows = readRows(lines);
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]])).toEqual(EXPECTED.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6]]));
  });

  it('keeps the actual in its column when the 完成率 is left empty', () => {
    const lines = [HEADER, '产出指标 数量指标 维修校舍间数 40 32 30.00 24 两间校舍待明年暑期施工。', ROWS[1] as string];
    expect(readRows(lines).map((row) => row.slice(2))).toEqual([
      ['维修校舍间数', '40', '32', '30.00', '24'],
      ['维修验收合格率', '100%', '100', '30.00', '30'],
    ]);
  });

  it('keeps a row whose 分值 / 得分 are the first pair as before (no 完成率 between)', () => {
    const lines = ['一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因', '产出指标 数量指标 维修校舍间数 ≥40间 32间 30 24 两间待施工', '产出指标 质量指标 维修验收合格率 100% 100% 30 30'];
    expect(readRows(lines).map((row) => row.slice(2))).toEqual([
      ['维修校舍间数', '≥40间', '32间', '30', '24'],
      ['维修验收合格率', '100%', '100%', '30', '30'],
    ]);
  });
});

describe('完成率 in a header line of words', () => {
  it.each<[string, string, string[] | null]>([
    ['between two column words', '三级指标 年度指标值 实际完成值 完成率 分值 得分', ['name', 'target', 'actual', 'completionRate', 'weight', 'score']],
    ['its unit noted', '三级指标 年度指标值 实际完成值 完成率(%) 分值 得分', ['name', 'target', 'actual', 'completionRate', 'weight', 'score']],
  ])('%s is the completion rate', (_case, line, roles) => {
    expect(readHeaderWords(line)?.roles).toEqual(roles);
    expect(readHeaderWords(line)?.rest).toBe('');
  });

  it('ends the header where it closes the line (an indicator named 完成率 after it stays in the rest)', () => {
    const header = readHeaderWords('三级指标 年度指标值 实际完成值 分值 得分 完成率');
    expect(header?.roles).toEqual(['name', 'target', 'actual', 'weight', 'score']);
    expect(header?.rest).toBe('完成率');
  });
});
