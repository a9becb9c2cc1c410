import { describe, expect, it } from 'vitest';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { readIndicatorGrid } from './read-indicator-table.ts';
import { gridOf } from './testing.ts';

/** A 部门整体 考评表 header: 考核项目 / 考核内容 / 考核指标 over the three levels (own words and numbers). */
const header = ['考核项目', '考核内容', '考核指标', '年度工作目标', '权数', '考评得分'];

/** [一级, its weight, 二级, 三级, 目标, 权数, 得分]: 一级 no 一级 names of the vocabulary (二级 words there). */
const table = [
  ['预算编制', '30', '年初安排', '专项资金细化率', '≥85%', '15', '14'],
  ['预算编制', '30', '信息公开', '预决算公开及时率', '=100%', '15', '15'],
  ['预算执行', '30', '支出均衡', '季度支出偏差率', '≤10%', '30', '27'],
  ['履职效果', '40', '重点工作', '年度普查任务完成率', '=100%', '25', '25'],
  ['履职效果', '40', '社会满意度', '数据用户满意度', '≥90%', '15', '13'],
] as const;

type Shape = (rows: typeof table) => string[][];

/** The same table in the shapes published sheets use: weights written or not, 一级 merged down or repeated. */
const shapes: Record<string, Shape> = {
  'weights written, merged down': (rows) => rows.map((row, index) => [index > 0 && rows[index - 1]?.[0] === row[0] ? '' : `${row[0]}(${row[1]}分)`, ...row.slice(2)]),
  'no weights, merged down': (rows) => rows.map((row, index) => [index > 0 && rows[index - 1]?.[0] === row[0] ? '' : row[0], ...row.slice(2)]),
  'no weights, repeated on each row': (rows) => rows.map((row) => [row[0], ...row.slice(2)]),
  'weights written, repeated': (rows) => rows.map((row) => [`${row[0]}（${row[1]}分）`, ...row.slice(2)]),
};

function levelsOf(rows: string[][]) {
  const read = readIndicatorGrid(gridOf([header, ...rows]));
  return { read, levels: read.goals.flatMap((goal) => goal.indicators).map((indicator) => [indicator.level1, indicator.level2, indicator.name, indicator.weight]) };
}

describe('a 一级 the vocabulary does not know, written beside its 二级 in the 一级 column', () => {
  it('uses words the vocabulary does not list as 一级', () => {
    for (const word of ['预算编制', '预算执行', '履职效果']) {
      expect(matchLevel1(word), word).toBeNull();
      expect(matchLevel2(word), word).not.toBeNull();
    }
  });

  it('is read as written, and the 二级 under it stay under it, in every shape', () => {
    const expected = table.map((row) => [row[0], row[2], row[3], row[5]]);
    for (const [name, shape] of Object.entries(shapes)) {
      const { levels, read } = levelsOf(shape(table));
      expect(levels, name).toEqual(expected);
      expect(read.findings.filter((finding) => finding.code !== 'heading-weight-mismatch'), name).toEqual([]);
    }
  });

  it('checks the weight a 一级 states against its rows', () => {
    const rows = shapes['weights written, merged down']!(table).map((row) => [...row]);
    rows[0]![0] = '预算编制(35分)';
    expect(levelsOf(rows).read.findings.map((finding) => finding.code)).toContain('heading-weight-mismatch');
  });

  it('reads a bare unknown word only with its weight stated', () => {
    const row = ['资金统筹', '年初安排', '专项资金细化率', '≥85%', '15', '14'];
    expect(levelsOf([row]).levels.map((level) => level[0])).not.toContain('资金统筹');
    expect(levelsOf([['资金统筹(15分)', ...row.slice(1)]]).levels.map((level) => level[0])).toEqual(['资金统筹']);
  });

  it('still refuses a row whose cells shifted right (a value in the name column)', () => {
    const { levels, read } = levelsOf([['资金统筹(30分)', '专项资金细化率', '≥85%', '15', '14', '']]);
    expect(levels.map((level) => level[0])).not.toContain('资金统筹');
    expect(read.findings.length).toBeGreaterThan(0);
  });
});
