import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, executionLinkedTotalCaps, mergePolicy } from './policy.ts';
import { scoreDocument } from './score-document.ts';
import { buildIndicator, buildSample001, buildSelfEvaluation, numericValue } from './testing.ts';
import { createEmptyDocument } from '../model.ts';

function findIndicator(document: ReturnType<typeof buildSample001>, name: string) {
  const indicator = document.goals
    .flatMap((goal) => goal.indicators)
    .find((candidate) => candidate.name === name);
  if (!indicator) throw new Error(`no indicator ${name}`);
  return indicator;
}

describe('scoreDocument on sample 001 (株洲市公安局渌口分局 2022)', () => {
  const scored = scoreDocument(buildSample001());

  it('suggests 1.92 for DNA 采集数 (10000份 → 9580, weight 2) and keeps the entered 1', () => {
    const indicator = findIndicator(scored, '男性家族排查系统建设DNA数据采集数');
    expect(indicator.suggestedScore).toBe('1.92');
    expect(indicator.score).toBe('1');
  });

  it('suggests 1.95 for 培训人次 (1500 → 1466, weight 2)', () => {
    expect(findIndicator(scored, '加强教育培训，民、辅警业务培训人次').suggestedScore).toBe('1.95');
  });

  it('suggests 10 for execution 8016.09 of 8016.09', () => {
    expect(scored.budget.suggestedScore).toBe('10');
  });

  it('leaves the indicator with units that differ unscored, counting its entered score in the total', () => {
    expect(findIndicator(scored, '群众对户籍工作满意度').suggestedScore).toBeNull();
    // 96 entered; +0.92 (DNA) +0.95 (培训) by the rules.
    expect(scored.totals.suggestedScore).toBe('97.87');
  });

  it('grades both the suggested and the entered total 优', () => {
    expect(scored.totals.suggestedGrade).toBe('优');
    expect(scored.totals.enteredGrade).toBe('优');
  });

  it('does not change the document it was given', () => {
    const original = buildSample001();
    const before = JSON.stringify(original);
    scoreDocument(original);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('gives the same result when scoring twice', () => {
    expect(scoreDocument(scored)).toEqual(scored);
  });
});

describe('scoreDocument totals', () => {
  const indicators = [
    buildIndicator({
      name: 'a',
      target: numericValue('100'),
      actual: numericValue('200'),
      weight: '50',
      score: '50',
    }),
    buildIndicator({
      name: 'b',
      target: numericValue('100'),
      actual: numericValue('100'),
      weight: '40',
      score: '30',
    }),
  ];
  const budget = { adjusted: '100', executed: '75', weight: '10', score: '7.5' };

  it('adds the execution score to the indicators', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators, budget }));
    expect(scored.totals.suggestedScore).toBe('97.5');
    expect(scored.totals.enteredGrade).toBe('良'); // 7.5 + 50 + 30 = 87.5 entered, no 总分 stated
  });

  it('gives a document without indicators (a narrative report) its execution score but no total out of 100', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators: [], budget }));
    expect(scored.budget.suggestedScore).toBe('7.5');
    expect({ total: scored.totals.suggestedScore, grade: scored.totals.suggestedGrade }).toEqual({ total: null, grade: null });
  });

  it('grades the stated 总分 when there is one', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators, budget, totals: { score: '91' } }));
    expect(scored.totals.enteredGrade).toBe('优');
  });

  it('deducts the 偏离度 points for every indicator at 130% or more of its target', () => {
    const policy = mergePolicy(defaultScoringPolicy, {
      deviationDegree: { mode: 'deduct', threshold: '1.3', points: '2' },
    });
    expect(scoreDocument(buildSelfEvaluation({ indicators, budget }), policy).totals.suggestedScore).toBe(
      '95.5',
    );
  });

  it('does not deduct for 偏离度 just under the threshold', () => {
    const policy = mergePolicy(defaultScoringPolicy, {
      deviationDegree: { mode: 'deduct', threshold: '2.01', points: '2' },
    });
    expect(scoreDocument(buildSelfEvaluation({ indicators, budget }), policy).totals.suggestedScore).toBe(
      '97.5',
    );
  });

  it('caps the total by the execution rate when the region does (75% → ≤ 89)', () => {
    const policy = mergePolicy(defaultScoringPolicy, { totalCaps: executionLinkedTotalCaps });
    const scored = scoreDocument(buildSelfEvaluation({ indicators, budget }), policy);
    expect(scored.totals.suggestedScore).toBe('89');
    expect(scored.totals.suggestedGrade).toBe('良');
  });

  it('gives no suggested total for a target table without weights', () => {
    const document = {
      ...createEmptyDocument('target-table'),
      goals: [{ name: '目标一', indicators: [buildIndicator({ name: 'x', target: numericValue('1') })] }],
    };
    const scored = scoreDocument(document);
    expect(scored.totals.suggestedScore).toBeNull();
    expect(scored.totals.suggestedGrade).toBeNull();
    expect(scored.goals[0]?.indicators[0]?.suggestedScore).toBeNull();
  });
});

describe('scoreDocument without any score by the rules', () => {
  it('gives no suggested total even when scores were entered', () => {
    const unscorable = buildIndicator({ name: 'x', target: numericValue('10'), weight: '2', score: '2' });
    const scored = scoreDocument(buildSelfEvaluation({ indicators: [unscorable] }));
    expect(scored.totals.suggestedScore).toBeNull();
    expect(scored.totals.enteredGrade).toBe('差');
  });
});

describe('scoreDocument on a scoring framework table (规划/执行/效果, 决策/过程)', () => {
  const rateIndicator = buildIndicator({
    name: '预算执行率',
    level1: '执行',
    level2: '预算执行',
    target: numericValue('95', { operator: '>=', unit: '%' }),
    actual: numericValue('98', { unit: '%' }),
    weight: '10',
  });
  const output = buildIndicator({ name: '抽检批次', level1: '效益指标', level2: '职责履行', target: numericValue('100', { operator: '>=', unit: '批次' }), actual: numericValue('100', { unit: '批次' }), weight: '90' });
  const budget = { adjusted: '100', executed: '98' };

  it('scores 预算执行率 among the indicators only: the budget earns no score of its own', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators: [rateIndicator, output], budget }));
    expect(scored.budget.suggestedScore).toBeNull();
    expect(scored.totals.suggestedScore).toBe('100');
  });

  it('still scores the budget where the table gives it a 分值', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators: [rateIndicator, output], budget: { ...budget, weight: '10' } }));
    expect(scored.budget.suggestedScore).toBe('9.8');
  });

  it('scores the budget of a table without framework levels as before', () => {
    const scored = scoreDocument(buildSelfEvaluation({ indicators: [{ ...output, level1: '产出指标' }], budget }));
    expect(scored.budget.suggestedScore).toBe('9.8');
  });
});
