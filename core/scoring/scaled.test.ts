import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec } from '../decimal.ts';
import { compareScaled, formatUnits, roundRatio, toScaled, toUnits } from './scaled.ts';

describe('toScaled', () => {
  it.each([
    ['8016.09', { units: 801609, scale: 2 }],
    ['10', { units: 10, scale: 0 }],
    ['1.50', { units: 15, scale: 1 }],
    ['0.05', { units: 5, scale: 2 }],
    ['-3.2', { units: -32, scale: 1 }],
    ['100.00', { units: 100, scale: 0 }],
  ])('reads %s exactly', (text, expected) => {
    expect(toScaled(text)).toEqual(expected);
  });

  it.each(['', '.5', '5.', '1.2.3', 'abc', '1e5', '1234567890123456', '-'])('refuses %j', (text) => {
    expect(toScaled(text)).toBeNull();
  });
});

describe('roundRatio', () => {
  it.each([
    // numerator, denominator, factor, expected units at 2 places
    ['9580', '10000', '2', 192],
    ['1466', '1500', '2', 195],
    ['1', '8', '1', 13], // 0.125 rounds half-up to 0.13
    ['1', '3', '1', 33],
    ['2', '3', '1', 67],
    ['8016.09', '8016.09', '100', 10000],
  ])('%s / %s × %s rounds half-up', (numerator, denominator, factor, expected) => {
    const result = roundRatio({
      numerator: toScaled(numerator)!,
      denominator: toScaled(denominator)!,
      factor: toScaled(factor)!,
      places: 2,
    });
    expect(result).toBe(expected);
  });

  it('returns null for a zero denominator', () => {
    expect(
      roundRatio({
        numerator: toScaled('1')!,
        denominator: toScaled('0')!,
        factor: toScaled('1')!,
        places: 2,
      }),
    ).toBeNull();
  });

  it('agrees with decimal.js half-up rounding, on small and on huge inputs', () => {
    const decimalText = fc
      .tuple(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), fc.integer({ min: 0, max: 8 }))
      .map(([units, scale]) => new Dec(units.toString()).div(new Dec(10).pow(scale)).toFixed());
    fc.assert(
      fc.property(decimalText, decimalText, decimalText, (numerator, denominator, factor) => {
        fc.pre(!new Dec(denominator).isZero());
        const expected = new Dec(numerator)
          .div(denominator)
          .times(factor)
          .toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        const result = roundRatio({
          numerator: toScaled(numerator)!,
          denominator: toScaled(denominator)!,
          factor: toScaled(factor)!,
          places: 2,
        });
        if (expected.abs().greaterThan(Number.MAX_SAFE_INTEGER / 100)) expect(result).toBeNull();
        else expect(result).toBe(expected.times(100).toNumber());
      }),
      { numRuns: 500 },
    );
  });
});

describe('compareScaled', () => {
  it.each([
    ['9580', '10000', -1],
    ['10000.00', '10000', 0],
    ['0.9', '0.89', 1],
    ['123456789012345', '0.00000001', 1],
  ])('compares %s with %s', (a, b, expected) => {
    expect(compareScaled(toScaled(a)!, toScaled(b)!)).toBe(expected);
  });
});

describe('formatUnits and toUnits', () => {
  it.each([
    [192, '1.92'],
    [1000, '10'],
    [150, '1.5'],
    [5, '0.05'],
    [0, '0'],
    [-250, '-2.5'],
  ])('writes %d hundredths as %s', (units, text) => {
    expect(formatUnits(units, 2)).toBe(text);
  });

  it('rounds entered text half-up to the places', () => {
    expect(toUnits('1.925', 2)).toBe(193);
    expect(toUnits('1.924', 2)).toBe(192);
    expect(toUnits('x', 2)).toBeNull();
  });
});
