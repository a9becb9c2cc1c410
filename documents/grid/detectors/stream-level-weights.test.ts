import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../../vocabulary/columns.ts';
import { readIndicatorGrid } from '../read-indicator-table.ts';
import { recoverGrid } from '../recover-grid.ts';
import { findHeaderInLine } from './spaceless-stream.ts';
import { fillTotalsPoints, findLevelWeightColumns, isPointsBeforeLevels, weightedWordAt } from './stream-level-weights.ts';

const SHEET_ROLES: ColumnRole[] = ['level1', 'weight', 'level2', 'weight', 'name', 'weight', 'score'];

describe('the weight columns of a sheet with a 分值 after each level', () => {
  it.each<[ColumnRole[], { level1: number; level2: number }]>([
    [SHEET_ROLES, { level1: 1, level2: 3 }],
    [['level1', 'weight', 'name', 'weight', 'score'], { level1: 1, level2: -1 }],
    [['level1', 'level2', 'name', 'weight', 'target', 'actual', 'score'], { level1: -1, level2: -1 }],
  ])('%j → %j', (roles, expected) => {
    expect(findLevelWeightColumns(roles)).toEqual(expected);
  });

  it.each<[ColumnRole[], boolean]>([
    [['score', 'level1', 'weight', 'level2'], true],
    [['weight', 'level2', 'name'], true],
    [['level1', 'level2', 'name', 'score'], false],
    [['score', 'name', 'weight'], false],
  ])('a header opening %j has a points word before its levels: %s', (roles, expected) => {
    expect(isPointsBeforeLevels(roles)).toBe(expected);
  });
});

describe('a word right before a weight (a 二级 the vocabulary does not know)', () => {
  it.each([
    ['资金落实6资金到位率66', '资金落实'],
    ['业务管理21管理制度健全性76', '业务管理'],
    ['一二三四五六七八九10', undefined],
    ['满意度≥90%', undefined],
    ['救', undefined],
  ])('%s → %s', (text, word) => {
    expect(weightedWordAt(text, 0)?.word).toBe(word);
  });
});

describe('the figures after a 总分 in such a sheet', () => {
  it.each([
    ['10010010091', ['100', '100', '100', '91']],
    ['10091', ['', '', '100', '91']],
    ['100100', ['', '', '100', '100']],
    ['10095.5', ['', '', '100', '95.5']],
  ])('%s fills the weights from the name back and the 得分 last', (text, [level1, level2, name, score]) => {
    const row = SHEET_ROLES.map(() => '');
    expect(fillTotalsPoints(text, 0, SHEET_ROLES, row)).toBe(text.length);
    expect([row[1], row[3], row[5], row[6]]).toEqual([level1, level2, name, score]);
  });
});

/** A sheet run together (own names and numbers): 一级 and 二级 each followed by its weight, 分值 and 得分 glued. */
const sheet =
  '二、绩效评价指标评分一级指标分值二级指标分值三级指标分值得分' +
  '投入20项目立项14立项依据充分性55目标设定合理性94资金落实6资金到位率66' +
  '过程30业务管理18管理制度健全性98制度执行有效性98财务管理12资金使用合规性1211' +
  '产出30项目产出30培训人次2020培训合格率109' +
  '效果20项目效益20学员满意度2018总分10010010089三、评价结论经评价，该项目得分89分。';

describe('a score sheet with a 分值 after each level, run together', () => {
  it('starts the header at the level columns, not at the heading’s 评分', () => {
    const found = findHeaderInLine(sheet);
    expect(found?.roles).toEqual(SHEET_ROLES);
    expect(sheet.slice(0, found?.start)).toBe('二、绩效评价指标评分');
  });

  it('reads each level’s weight, 二级 the vocabulary does not know, and the glued 分值 and 得分', () => {
    const read = readIndicatorGrid(recoverGrid([sheet]).grid);
    const indicators = read.goals.flatMap((goal) => goal.indicators);
    expect(indicators.map((indicator) => [indicator.level2, indicator.name, indicator.weight, indicator.score])).toEqual([
      ['项目立项', '立项依据充分性', '5', '5'],
      ['项目立项', '目标设定合理性', '9', '4'],
      ['资金落实', '资金到位率', '6', '6'],
      ['业务管理', '管理制度健全性', '9', '8'],
      ['业务管理', '制度执行有效性', '9', '8'],
      ['财务管理', '资金使用合规性', '12', '11'],
      ['项目产出', '培训人次', '20', '20'],
      ['项目产出', '培训合格率', '10', '9'],
      ['项目效益', '学员满意度', '20', '18'],
    ]);
    expect(read.totals).toMatchObject({ score: '89' });
  });
});
