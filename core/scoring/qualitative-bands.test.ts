import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy, mergePolicy } from './policy.ts';
import { clampToBand, toQualitativeBand } from './qualitative.ts';
import { isInsideBand, type Attainment } from './outcome.ts';
import { integerScaled, toScaled } from './scaled.ts';

const lowerClosed = defaultScoringPolicy;
const upperClosed = mergePolicy(defaultScoringPolicy, { qualitativeClosedEdge: 'upper' });
const weight = integerScaled(10); // bands in hundredths: 0–600, 600–800, 800–1000

function isInside(policy: typeof lowerClosed, attainment: Attainment, units: number): boolean {
  const band = toQualitativeBand({ attainment, weight, policy });
  if (!band) throw new Error('no band');
  return isInsideBand(units, band);
}

describe('qualitative band edges with the lower edge closed (80% is 达成, 60% is 部分达成)', () => {
  it.each([
    ['met', 1000, true],
    ['met', 800, true],
    ['met', 799, false],
    ['partial', 800, false],
    ['partial', 799, true],
    ['partial', 600, true],
    ['partial', 599, false],
    ['not-met', 600, false],
    ['not-met', 599, true],
    ['not-met', 0, true],
  ] as const)('%s contains %d hundredths: %s', (attainment, units, expected) => {
    expect(isInside(lowerClosed, attainment, units)).toBe(expected);
  });
});

describe('qualitative band edges with the upper edge closed (80% is 部分达成, 60% is 未达成)', () => {
  it.each([
    ['met', 1000, true],
    ['met', 800, false],
    ['met', 801, true],
    ['partial', 800, true],
    ['partial', 600, false],
    ['partial', 601, true],
    ['not-met', 600, true],
    ['not-met', 0, true],
    ['not-met', 601, false],
  ] as const)('%s contains %d hundredths: %s', (attainment, units, expected) => {
    expect(isInside(upperClosed, attainment, units)).toBe(expected);
  });
});

describe('clampToBand', () => {
  const band = { min: 600, max: 800, includesMin: true, includesMax: false };
  it.each([
    [700, 700],
    [900, 799],
    [100, 600],
  ])('moves %d to %d', (units, expected) => {
    expect(clampToBand(units, band)).toBe(expected);
  });

  it('keeps a zero-weight band at 0', () => {
    expect(clampToBand(100, { min: 0, max: 0, includesMin: true, includesMax: false })).toBe(0);
  });

  it('steps inside an open lower edge', () => {
    expect(clampToBand(100, { min: 600, max: 800, includesMin: false, includesMax: true })).toBe(601);
  });
});

describe('toQualitativeBand remembered per policy', () => {
  it('gives the band a fresh policy works out, for every weight and attainment, asked once or again', () => {
    const attainments: Attainment[] = ['met', 'partial', 'not-met'];
    for (const text of ['0', '0.5', '2', '2.5', '10', '12.35', '100', '0.001']) {
      const scaled = toScaled(text) as NonNullable<ReturnType<typeof toScaled>>;
      for (const attainment of attainments) {
        for (const policy of [lowerClosed, upperClosed]) {
          const first = toQualitativeBand({ attainment, weight: scaled, policy });
          const fresh = toQualitativeBand({ attainment, weight: scaled, policy: { ...policy } });
          expect(first).toEqual(fresh);
          expect(toQualitativeBand({ attainment, weight: scaled, policy })).toEqual(first);
        }
      }
    }
  });
});
