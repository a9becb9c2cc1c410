import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../../core/model.ts';
import { acceptAllSuggestedScores, acceptSuggestedScore, computeEnteredTotal, countAcceptableScores } from './accept-scores.ts';

function row(name: string, target: string, actual: string | null, weight: string, score: string | null): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    target: parseIndicatorValue(target, { name }),
    actual: actual === null ? null : parseIndicatorValue(actual, { name }),
    weight,
    score,
    deviation: null,
  };
}

function buildDocument(): PerformanceDocument {
  return {
    ...createEmptyDocument('self-evaluation'),
    budget: { total: '100', adjusted: '100', executed: '95', weight: '10', score: null },
    totals: { score: '80', grade: '良' },
    goals: [
      {
        name: '',
        indicators: [
          row('采集数', '10000份', '9580', '2', '1'),
          row('破案数', '≥100件', '120件', '8', '8'),
          row('巡逻数', '≥50次', null, '5', null),
        ],
      },
    ],
  };
}

describe('accepting the suggested scores', () => {
  it('counts rows (and 执行率) whose entered score differs from or lacks the rules’ score', () => {
    // 采集数 1 vs 1.92, 执行率 empty vs 9.5; 破案数 agrees; 巡逻数 has no actual, so no rule score.
    expect(countAcceptableScores(analyseDocument(buildDocument()))).toBe(2);
  });

  it('copies one row’s rule score and leaves the others as entered', () => {
    const accepted = acceptSuggestedScore(buildDocument(), { goalIndex: 0, indicatorIndex: 0 });
    expect(accepted.goals[0]!.indicators.map((indicator) => indicator.score)).toEqual(['1.92', '8', null]);
    expect(accepted.budget.score).toBeNull();
  });

  it('leaves a row the rules cannot score unchanged', () => {
    const document = buildDocument();
    expect(acceptSuggestedScore(document, { goalIndex: 0, indicatorIndex: 2 })).toBe(document);
  });

  it('copies every rule score at once, 执行率 included, and the total then follows the rows', () => {
    const accepted = acceptAllSuggestedScores(buildDocument());
    expect(accepted.goals[0]!.indicators.map((indicator) => indicator.score)).toEqual(['1.92', '8', null]);
    expect(accepted.budget.score).toBe('9.5');
    expect(accepted.totals).toMatchObject({ score: null, grade: null });
    expect(countAcceptableScores(analyseDocument(accepted))).toBe(0);
    expect(computeEnteredTotal(analyseDocument(accepted))).toBe('19.42');
  });
});

describe('computeEnteredTotal', () => {
  it('is the stated total when there is one, else the sum of entered scores, else nothing', () => {
    const document = buildDocument();
    expect(computeEnteredTotal(document)).toBe('80');
    expect(computeEnteredTotal({ ...document, totals: {} })).toBe('9');
    expect(computeEnteredTotal({ ...createEmptyDocument('self-evaluation') })).toBeNull();
  });
});
