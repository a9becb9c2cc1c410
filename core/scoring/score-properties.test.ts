import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directions, operators, type Indicator, type IndicatorValue } from '../model.ts';
import { Dec } from '../decimal.ts';
import { defaultScoringPolicy, executionLinkedTotalCaps, mergePolicy } from './policy.ts';
import { scoreDocument } from './score-document.ts';
import { scoreIndicator } from './score-indicator.ts';
import { buildSelfEvaluation } from './testing.ts';

const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([units, scale]) => new Dec(units).div(new Dec(10).pow(scale)).toFixed());

const valueArbitrary: fc.Arbitrary<IndicatorValue> = fc.record({
  text: fc.constantFrom(
    '≥80%',
    '健全',
    '下降',
    '上升9.11%',
    '是',
    '基本完成',
    '未完成',
    '',
    '无',
    '连续7年保持',
  ),
  operator: fc.constantFrom(null, ...operators),
  value: fc.option(decimalText, { nil: null }),
  unit: fc.constantFrom(null, '%', '分', '个', '天'),
  direction: fc.constantFrom(...directions),
  change: fc.constantFrom(null, 'increase' as const, 'decrease' as const),
  qualitative: fc.option(fc.constantFrom('健全', '保持', '部分达成', '不健全', '是'), { nil: null }),
});

const indicatorArbitrary: fc.Arbitrary<Indicator> = fc.record({
  level1: fc.constantFrom('产出指标', '效益指标', '满意度指标'),
  level2: fc.constant('数量指标'),
  name: fc.string({ maxLength: 6 }),
  target: fc.option(valueArbitrary, { nil: null }),
  actual: fc.option(valueArbitrary, { nil: null }),
  weight: fc.option(fc.integer({ min: 0, max: 20 }).map(String), { nil: null }),
  score: fc.option(decimalText, { nil: null }),
  deviation: fc.constant(null),
});

describe('scoring any indicator', () => {
  it('never throws and suggests either null or a score between 0 and the weight', () => {
    fc.assert(
      fc.property(indicatorArbitrary, (indicator) => {
        const { suggestedScore } = scoreIndicator({ indicator });
        if (suggestedScore === null) return;
        const score = new Dec(suggestedScore);
        expect(score.greaterThanOrEqualTo(0)).toBe(true);
        expect(score.lessThanOrEqualTo(indicator.weight ?? '0')).toBe(true);
        expect(score.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a document total within 0..100 + the execution weight, under every policy setting', () => {
    const policies = [
      defaultScoringPolicy,
      mergePolicy(defaultScoringPolicy, {
        qualitativeClosedEdge: 'upper',
        totalCaps: executionLinkedTotalCaps,
      }),
      mergePolicy(defaultScoringPolicy, {
        deviationDegree: { mode: 'deduct', threshold: '1.3', points: '2' },
      }),
    ];
    fc.assert(
      fc.property(
        fc.array(indicatorArbitrary, { maxLength: 12 }),
        decimalText,
        decimalText,
        fc.constantFrom(...policies),
        (indicators, adjusted, executed, policy) => {
          const document = buildSelfEvaluation({ indicators, budget: { adjusted, executed, weight: '10' } });
          const scored = scoreDocument(document, policy);
          expect(scoreDocument(scored, policy)).toEqual(scored);
          const suggested = scored.totals.suggestedScore;
          if (suggested === null || suggested === undefined) return;
          const total = new Dec(suggested);
          const weights = indicators.reduce((sum, indicator) => sum.plus(indicator.weight ?? 0), new Dec(10));
          const entered = indicators.reduce(
            (sum, indicator) => sum.plus(new Dec(indicator.score ?? 0).toDecimalPlaces(2, Dec.ROUND_HALF_UP)),
            new Dec(0),
          );
          expect(total.greaterThanOrEqualTo(0)).toBe(true);
          expect(total.lessThanOrEqualTo(weights.plus(entered))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
