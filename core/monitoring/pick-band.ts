/** The light of a progress ratio under ordered bands, compared exactly. */
import { toScaled, type Scaled } from '../scoring/scaled.ts';
import type { LightBand } from './light-policy.ts';
import { compareProducts, whole } from './ratio.ts';
import type { Light } from './schema.ts';

const HUNDRED = whole(100);
const edgeCache = new Map<string, Scaled>();
const POWERS_OF_TEN: number[] = Array.from({ length: 23 }, (_, index) => 10 ** index);

function toEdge(text: string): Scaled {
  let edge = edgeCache.get(text);
  if (!edge) {
    edge = toScaled(text) ?? whole(0);
    edgeCache.set(text, edge);
  }
  return edge;
}

/**
 * −1, 0 or 1 comparing leftUnits·10^−leftScale with rightUnits·edge; null when a product is not a
 * safe integer (the caller then compares with decimal.js). No allocation: this runs per indicator.
 */
function compareWithEdge(
  leftUnits: number,
  leftScale: number,
  rightUnits: number,
  rightScale: number,
  edge: Scaled,
): number | null {
  const boundUnits = rightUnits * edge.units;
  const boundScale = rightScale + edge.scale;
  const scale = Math.max(leftScale, boundScale);
  const left = leftUnits * (POWERS_OF_TEN[scale - leftScale] ?? Number.POSITIVE_INFINITY);
  const right = boundUnits * (POWERS_OF_TEN[scale - boundScale] ?? Number.POSITIVE_INFINITY);
  if (!Number.isSafeInteger(boundUnits) || !Number.isSafeInteger(left) || !Number.isSafeInteger(right))
    return null;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The light for v = (a·b) / (c·d) (as a percent after ×100): the band with the highest lower
 * edge that v reaches (edges closed below: exactly 60% is in the 60–80 band). c·d must be
 * positive; null when no band starts low enough. Bands are in ascending order.
 */
export function pickBand(input: {
  bands: readonly LightBand[];
  numerator: readonly [Scaled, Scaled];
  denominator: readonly [Scaled, Scaled];
}): Light | null {
  const { bands, numerator, denominator } = input;
  const [a, b] = numerator;
  const [c, d] = denominator;
  const leftUnits = a.units * b.units * 100;
  const leftScale = a.scale + b.scale;
  const rightUnits = c.units * d.units;
  const rightScale = c.scale + d.scale;
  const isSafe = Number.isSafeInteger(leftUnits) && Number.isSafeInteger(rightUnits);
  for (let index = bands.length - 1; index >= 0; index--) {
    const band = bands[index];
    if (!band) continue;
    const edge = toEdge(band.from);
    // Products past the safe-integer range are compared with decimal.js (ratio.ts).
    const order =
      (isSafe ? compareWithEdge(leftUnits, leftScale, rightUnits, rightScale, edge) : null) ??
      compareProducts([a, b, HUNDRED], [c, d, edge]);
    if (order >= 0) return band.light;
  }
  return null;
}
