/** The light of a progress ratio under ordered bands, compared exactly. */
import type { Scaled } from '../scoring/scaled.ts';
import { toScaled } from '../scoring/scaled.ts';
import type { LightBand } from './light-policy.ts';
import { compareProducts, whole } from './ratio.ts';
import type { Light } from './schema.ts';

const HUNDRED = whole(100);
const edgeCache = new Map<string, Scaled>();

function toEdge(text: string): Scaled {
  let edge = edgeCache.get(text);
  if (!edge) {
    edge = toScaled(text) ?? whole(0);
    edgeCache.set(text, edge);
  }
  return edge;
}

/**
 * The light for v = Π numerator / Π denominator (as a percent after ×100): the band with the
 * highest lower edge that v reaches (edges closed below: exactly 60% is in the 60–80 band).
 * Denominators must be positive; null when no band starts low enough.
 */
export function pickBand(input: {
  bands: readonly LightBand[];
  numerator: readonly Scaled[];
  denominator: readonly Scaled[];
}): Light | null {
  const { bands, numerator, denominator } = input;
  const left = [...numerator, HUNDRED];
  for (let index = bands.length - 1; index >= 0; index--) {
    const band = bands[index]!;
    if (compareProducts(left, [...denominator, toEdge(band.from)]) >= 0) return band.light;
  }
  return null;
}
