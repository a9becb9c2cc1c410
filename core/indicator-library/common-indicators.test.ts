import { describe, expect, it } from 'vitest';
import { commonIndicators, defaultRequiredCommonIndicators } from './common-indicators.ts';
import { entryInputSchema } from './entry.ts';
import { normaliseIndicatorName } from './normalise-name.ts';

describe('shipped 共性指标', () => {
  it('are valid entries with a formula, a scoring method and a reference value each', () => {
    for (const entry of commonIndicators) {
      expect(entryInputSchema.parse(entry)).toMatchObject({ name: entry.name, kind: 'common' });
      expect(entry.formula).not.toBe('');
      expect(entry.scoringMethod).not.toBe('');
      expect(entry.referenceValues.length).toBeGreaterThan(0);
    }
  });

  it('have distinct name keys, and every required one is shipped', () => {
    const keys = commonIndicators.map((entry) => normaliseIndicatorName(entry.name));
    expect(new Set(keys).size).toBe(keys.length);
    for (const { name } of defaultRequiredCommonIndicators) expect(commonIndicators.some((entry) => entry.name === name)).toBe(true);
  });
});
