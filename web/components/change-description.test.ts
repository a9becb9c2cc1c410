import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { describeChangePath, listVisibleChanges } from './change-description.ts';

const body = {
  ...createEmptyDocument('target-table'),
  goals: [{ name: '目标一', indicators: [{ level1: '产出指标', level2: '数量指标', name: '开展治安巡逻', target: null }] }],
};

describe('describeChangePath', () => {
  it.each([
    ['goals.0.indicators.0.target.text', '目标一 第1行「开展治安巡逻」指标值'],
    ['goals.0.indicators.0.name', '目标一 第1行「开展治安巡逻」三级指标'],
    ['goals.0.indicators.4', '目标一 第5行整行'],
    ['goals.2.indicators.0.weight', '目标3 第1行分值'],
    ['functions', '部门职能'],
    ['budget.total', '预算：total'],
  ])('%s → %s', (path, words) => {
    expect(describeChangePath(path, body)).toBe(words);
  });

  it('names rows by number when the document is not at hand', () => {
    expect(describeChangePath('goals.0.indicators.1.target.text')).toBe('目标1 第2行指标值');
  });
});

describe('listVisibleChanges', () => {
  it('shows an edited value once, by its text, not by its parsed parts', () => {
    const changes = ['text', 'value', 'unit', 'operator'].map((part) => ({ path: `goals.0.indicators.0.target.${part}`, before: 'a', after: 'b' }));
    expect(listVisibleChanges(changes).map((change) => change.path)).toEqual(['goals.0.indicators.0.target.text']);
  });
});
