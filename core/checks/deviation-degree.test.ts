import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from '../scoring/index.ts';
import { buildIndicator, buildSelfEvaluation, numericValue } from '../scoring/testing.ts';
import { checkDeviationDegree } from './deviation-degree.ts';

const explain = mergePolicy(defaultScoringPolicy, { deviationDegree: { mode: 'explain', threshold: '1.3' } });
const deduct = mergePolicy(defaultScoringPolicy, {
  deviationDegree: { mode: 'deduct', threshold: '1.3', points: '2' },
});

function document(actual: string, deviation: string | null = '完成绩效目标') {
  return buildSelfEvaluation({
    indicators: [
      buildIndicator({
        name: '巡逻次数',
        target: numericValue('100', { operator: '>=', unit: '次' }),
        actual: numericValue(actual, { unit: '次' }),
        weight: '2',
        deviation,
      }),
    ],
  });
}

describe('deviation-degree', () => {
  it.each([
    ['130', 1],
    ['129.99', 0],
    ['200', 1],
  ])('with explanations required, actual %s of target 100 gives %d finding', (actual, count) => {
    expect(checkDeviationDegree(document(actual), explain)).toHaveLength(count);
  });

  it('accepts a written explanation when the policy only asks for one', () => {
    expect(checkDeviationDegree(document('150', '专项行动增加了巡逻'), explain)).toEqual([]);
  });

  it('says how many points were deducted', () => {
    const [finding] = checkDeviationDegree(document('150', '专项行动增加了巡逻'), deduct);
    expect(finding?.message).toBe(
      '“巡逻次数”实际完成值为指标值的150%（达到130%），指标值可能定得过低；按偏离度规定在总分中扣2分，下一年请按实际水平设定指标值',
    );
  });

  it('is off by default', () => {
    expect(checkDeviationDegree(document('200'), defaultScoringPolicy)).toEqual([]);
  });
});
