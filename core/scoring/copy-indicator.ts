/**
 * The scored copy of an indicator: `{ ...indicator, suggestedScore }`, built fast. V8 makes a
 * spread followed by a new property slow (≈1.5 µs, a fresh hidden class each time; 1.6 s per
 * million indicators), while an object literal costs ≈0.1 µs. So the usual shapes — as the
 * readers and the editor produce them — are copied with a literal after checking that the
 * indicator has exactly those keys in that order (the copy keeps JSON key order); any other
 * shape takes the spread.
 */
import type { Goal, Indicator } from '../model.ts';
import { defineLazyProperty } from '../lazy-property.ts';

/** A self-evaluation row (and the benchmark's), with or without its source line. */
const SELF_EVALUATION_KEYS = [
  'level1',
  'level2',
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'deviation',
  'line',
];
/** A target-table row as the text readers give it. */
const TARGET_KEYS = ['level1', 'level2', 'name', 'target', 'line'];

/** How many of `keys` the indicator's own keys match, in order; −1 when a key differs or is extra. */
function countKeysInOrder(indicator: Indicator, keys: readonly string[]): number {
  let count = 0;
  for (const key in indicator) {
    if (key !== keys[count]) return -1;
    count++;
  }
  return count;
}

/**
 * The indicator with `suggestedScore` set, same keys in the same order as the spread would give.
 * An indicator that already has this suggested score is returned itself: the spread would equal it
 * key for key (indicators are plain data). A save rescores a document whose rows were scored by
 * the previous save, so all but the edited row come back as the stored objects, and the audit
 * diff (core/audit/diff-documents.ts) passes over them by identity (issue 14 item 3). Results are
 * therefore shared with the input: no reader may change them.
 */
export function copyWithSuggestedScore(indicator: Indicator, suggestedScore: string | null): Indicator {
  if (indicator.suggestedScore === suggestedScore && Object.prototype.hasOwnProperty.call(indicator, 'suggestedScore')) return indicator;
  const selfEvaluationKeys = countKeysInOrder(indicator, SELF_EVALUATION_KEYS);
  if (selfEvaluationKeys === SELF_EVALUATION_KEYS.length) {
    return {
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target,
      actual: indicator.actual,
      weight: indicator.weight,
      score: indicator.score,
      deviation: indicator.deviation,
      line: indicator.line,
      suggestedScore,
    };
  }
  if (selfEvaluationKeys === SELF_EVALUATION_KEYS.length - 1) {
    return {
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target,
      actual: indicator.actual,
      weight: indicator.weight,
      score: indicator.score,
      deviation: indicator.deviation,
      suggestedScore,
    };
  }
  if (countKeysInOrder(indicator, TARGET_KEYS) === TARGET_KEYS.length) {
    return {
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target,
      line: indicator.line,
      suggestedScore,
    };
  }
  return { ...indicator, suggestedScore };
}

/**
 * The goal with its indicators scored: each indicator's copy with its suggested score (in
 * `suggestedScores`, by row), made when the goal's indicators are first read.
 */
export function withScoredIndicators(goal: Goal, suggestedScores: ReadonlyArray<string | null>): Goal {
  const scored = { ...goal };
  const source = goal.indicators;
  defineLazyProperty(scored, 'indicators', () => {
    const indicators = new Array<Indicator>(source.length);
    for (let index = 0; index < source.length; index++) {
      indicators[index] = copyWithSuggestedScore(source[index] as Indicator, suggestedScores[index] ?? null);
    }
    return indicators;
  });
  return scored;
}
