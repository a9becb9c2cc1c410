import { describe, expect, it } from 'vitest';
import { createEmptyDocument, type Indicator } from '../../core/model.ts';
import { fillIndicatorScoresFromProse } from './report-indicator-scores.ts';

function scoresOf(prose: string[], indicators: Array<Partial<Indicator> & { name: string }>) {
  const document = createEmptyDocument('evaluation-report', 'project');
  document.goals = [{ name: '', indicators: indicators.map((indicator) => ({ level1: '产出指标', level2: '数量指标', ...indicator }) as Indicator) }];
  fillIndicatorScoresFromProse(document, prose);
  return document.goals[0]?.indicators.map((indicator) => [indicator.name, indicator.weight ?? null, indicator.score ?? null]);
}

describe('fillIndicatorScoresFromProse (a report scoring each indicator after its name)', () => {
  it.each([
    ['本项目满分…，得…', '认定驿站数量本项目满分8分，得6分，扣分原因为：未达目标值。', ['认定驿站数量', '8', '6']],
    ['half-width commas, no 本项目', '组织活动次数满分4分,得4分,得分原因为:完成目标值', ['组织活动次数', '4', '4']],
    ['实际得分', '组织活动次数该指标满分10分，实际得分9.5分。', ['组织活动次数', '10', '9.5']],
    ['no score sentence after the name', '组织活动次数完成31次，超过目标。', ['组织活动次数', null, null]],
    ['a score above the weight', '组织活动次数满分4分，得6分。', ['组织活动次数', null, null]],
  ])('%s', (_case, sentence, expected) => {
    expect(scoresOf([sentence], [{ name: expected[0] as string }])).toEqual([expected]);
  });

  it('leaves an indicator scored twice differently alone', () => {
    expect(scoresOf(['认定驿站数量满分8分，得6分。', '认定驿站数量满分8分，得8分。'], [{ name: '认定驿站数量' }])).toEqual([['认定驿站数量', null, null]]);
  });

  it('keeps the weight and score the table gave', () => {
    expect(scoresOf(['认定驿站数量满分8分，得6分。'], [{ name: '认定驿站数量', weight: '10', score: '10' }])).toEqual([['认定驿站数量', '10', '10']]);
  });
});
