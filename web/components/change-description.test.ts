import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { describeChangePath, listVisibleChanges } from './change-description.ts';

const row = (name: string) => ({ level1: '产出指标', level2: '数量指标', name, target: null });
const body = {
  ...createEmptyDocument('target-table'),
  goals: [
    { name: '目标一', indicators: [row('开展治安巡逻'), row('破案数')] },
    { name: '目标二', indicators: [row('培训人次'), row('满意度')] },
  ],
};

describe('describeChangePath', () => {
  it.each([
    ['goals.0.indicators.0.target.text', '目标一 序号1「开展治安巡逻」指标值'],
    ['goals.0.indicators.0.name', '目标一 序号1「开展治安巡逻」三级指标'],
    ['goals.1.indicators.1.weight', '目标二 序号4「满意度」分值'],
    ['goals.1.indicators.0', '目标二 序号3「培训人次」整行'],
    ['goals.1.name', '目标二 名称'],
    ['functions', '部门职能'],
    ['budget.total', '预算：资金总额'],
    ['budget.byNature', '预算：按支出性质分'],
    ['budget.byNature.basic', '预算：按支出性质分 · 基本支出'],
    ['totals.score', '填报总分'],
    ['report.sections.6.text', '评价报告第7部分'],
  ])('%s → %s', (path, words) => {
    expect(describeChangePath(path, body)).toBe(words);
  });

  it('numbers rows as the editor’s 序号, across goals, so reviewers can quote them', () => {
    expect(describeChangePath('goals.1.indicators.1.actual.text', body)).toMatch(/序号4/);
  });

  it('names rows within their goal when the document is not at hand', () => {
    expect(describeChangePath('goals.0.indicators.1.target.text')).toBe('目标一 第2行指标值');
  });

  it('never shows an internal path for the fields a document has', () => {
    for (const path of ['goals.0.indicators.1', 'budget.byNature', 'budget.bySource.generalPublic', 'overallResult', 'totals.grade']) {
      expect(describeChangePath(path, body)).not.toMatch(/[a-zA-Z]/);
    }
  });
});

describe('listVisibleChanges', () => {
  it('shows an edited value once, by its text, not by its parsed parts', () => {
    const changes = ['text', 'value', 'unit', 'operator'].map((part) => ({ path: `goals.0.indicators.0.target.${part}`, before: 'a', after: 'b' }));
    expect(listVisibleChanges(changes).map((change) => change.path)).toEqual(['goals.0.indicators.0.target.text']);
  });
});
