import { describe, expect, it } from 'vitest';
import { scoreByCoefficient } from './coefficient.ts';
import { toScaled } from './scaled.ts';
import { formatUnits } from './scaled.ts';

function score(coefficient: string | null, weight = '10'): string | null | undefined {
  const outcome = scoreByCoefficient({ coefficient, weight: toScaled(weight)!, places: 2 });
  if (outcome === null) return undefined;
  return outcome.units === null ? null : formatUnits(outcome.units, 2);
}

describe('scoreByCoefficient (得分系数 × 分值)', () => {
  it.each([
    ['0', '0'],
    ['0.5', '5'],
    ['0.95', '9.5'],
    ['0.999', '9.99'],
    ['1', '10'],
    ['1.00', '10'],
    ['95', '9.5'],
    ['99.95', '10'],
    ['99.94', '9.99'],
    ['100', '10'],
    ['120', '10'],
  ] as const)('coefficient %s on weight 10 scores %s', (coefficient, expected) => {
    expect(score(coefficient)).toBe(expected);
  });

  it('leaves rows without a usable coefficient to the rules', () => {
    expect(score(null)).toBeUndefined();
    expect(score('-0.5')).toBeUndefined();
    expect(score('约九成')).toBeUndefined();
  });

  it('calls a full coefficient met and a zero one not met', () => {
    expect(scoreByCoefficient({ coefficient: '1', weight: toScaled('8')!, places: 2 })?.attainment).toBe('met');
    expect(scoreByCoefficient({ coefficient: '0', weight: toScaled('8')!, places: 2 })?.attainment).toBe('not-met');
    expect(scoreByCoefficient({ coefficient: '0.3', weight: toScaled('8')!, places: 2 })?.attainment).toBe('partial');
  });
});
