/**
 * The regex probe (issue 9): 80,000-character hostile values through the indicator-value parser
 * and the whole analysis must finish at once. Before the fix, /[。.,、;!?]+$/ took 12 s on one such
 * 指标值. Timing belongs to benchmarks, so this only asserts completion within a generous limit;
 * lint (eslint-plugin-regexp) keeps new super-linear patterns out.
 */
import { describe, expect, it } from 'vitest';
import { makeHostileTexts } from '../test-support/hostile-text.ts';
import { analyseDocument } from './analyse.ts';
import { isBlankDeviation } from './checks/finding.ts';
import { parseIndicatorValue } from './indicator-value/index.ts';
import { createEmptyDocument, type Indicator } from './model.ts';

const hostileLength = 80_000;
/** Longer for the parser alone, so quadratic time (12 s at 80,000 before the fix) cannot pass on a fast machine. */
const longHostileLength = 200_000;
/** Many times what the linear code needs on a slow machine, far below the quadratic time (seconds each). */
const generousLimitMs = 10_000;

function makeIndicator(text: string): Indicator {
  const value = parseIndicatorValue(text);
  return { level1: '产出指标', level2: '数量指标', name: text, target: value, actual: value, weight: '10', score: '5', deviation: text };
}

describe('regex probe', () => {
  it(
    'parses 200,000-character hostile 指标值 texts without super-linear time',
    () => {
      for (const text of makeHostileTexts(longHostileLength)) {
        expect(parseIndicatorValue(text).direction).toBeTypeOf('string');
        expect(isBlankDeviation(text)).toBe(false);
      }
    },
    generousLimitMs,
  );

  it(
    'analyses a self-evaluation whose names, values and deviations are hostile texts',
    () => {
      const document = createEmptyDocument('self-evaluation');
      document.goals = [{ name: '', indicators: makeHostileTexts(hostileLength).map(makeIndicator) }];
      const analysed = analyseDocument(document);
      expect(analysed.goals[0]?.indicators).toHaveLength(document.goals[0]!.indicators.length);
    },
    generousLimitMs,
  );
});
