/**
 * Exact comparisons of products of decimals, for lights: "is a·b ≥ c·d?" without dividing, so a
 * band edge (60%, 80%, 120%) is hit exactly. Scaled integers on the fast path (a million
 * indicators stay cheap), decimal.js when a product leaves the safe-integer range.
 */
import { Dec } from '../decimal.ts';
import { compareScaled, multiplyScaled, type Scaled } from '../scoring/scaled.ts';

function multiplyAll(factors: readonly Scaled[]): Scaled | null {
  let product: Scaled = { units: 1, scale: 0 };
  for (const factor of factors) {
    const next = multiplyScaled(product, factor);
    if (next === null) return null;
    product = next;
  }
  return product;
}

function toDec(value: Scaled): Dec {
  return new Dec(value.units).dividedBy(new Dec(10).pow(value.scale));
}

/** −1, 0 or 1 as Π left is below, equal to or above Π right. */
export function compareProducts(left: readonly Scaled[], right: readonly Scaled[]): number {
  const a = multiplyAll(left);
  const b = multiplyAll(right);
  if (a !== null && b !== null) return compareScaled(a, b);
  const exactA = left.reduce((product, factor) => product.times(toDec(factor)), new Dec(1));
  const exactB = right.reduce((product, factor) => product.times(toDec(factor)), new Dec(1));
  return exactA.comparedTo(exactB);
}

/** A scaled integer (for 100, 12, day counts). */
export function whole(units: number): Scaled {
  return { units, scale: 0 };
}
