/**
 * Exact decimal arithmetic on scaled integers (value = units / 10^scale) for the scoring hot
 * path. Plain numbers are exact while every intermediate stays a safe integer; past that the
 * primitives switch to BigInt, so results are always exact, never floats. Scoring a million
 * indicators with decimal.js objects would allocate several million objects; this does not.
 */

/** A decimal as integer units and a number of decimal places: 19.5 = { units: 195, scale: 1 }. */
export interface Scaled {
  units: number;
  scale: number;
}

const MAX_DIGITS = 15;
const POWERS_OF_TEN: number[] = Array.from({ length: 23 }, (_, index) => 10 ** index);

function powerOfTen(exponent: number): number {
  return POWERS_OF_TEN[exponent] ?? 10 ** exponent;
}

/** toScaled's result before it is copied out; toUnits reads it in place (no object per text). */
const parsed: Scaled = { units: 0, scale: 0 };

/** Parses a plain decimal string ("8016.09", "-3"); null for other text or more than 15 digits. */
export function toScaled(text: string | null | undefined): Scaled | null {
  return readScaled(text, parsed) ? { units: parsed.units, scale: parsed.scale } : null;
}

/** Parses as toScaled does into `into`; false, leaving `into` as it was, for text it refuses. */
function readScaled(text: string | null | undefined, into: Scaled): boolean {
  if (text === null || text === undefined) return false;
  const length = text.length;
  let index = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    index = 1;
  }
  let units = 0;
  let scale = 0;
  let digits = 0;
  let seenPoint = false;
  let seenDigit = false;
  let pendingZeros = 0; // trailing zeros after the point, dropped unless a later digit needs them
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46 /* . */) {
      if (seenPoint || !seenDigit) return false;
      seenPoint = true;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return false;
    seenDigit = true;
    if (seenPoint && digit === 0) {
      pendingZeros++;
      continue;
    }
    if (seenPoint) {
      units *= powerOfTen(pendingZeros + 1);
      scale += pendingZeros + 1;
      digits += pendingZeros;
      pendingZeros = 0;
    } else {
      units *= 10;
    }
    units += digit;
    if (units !== 0) digits++;
    if (digits > MAX_DIGITS) return false;
  }
  if (!seenDigit || text.charCodeAt(length - 1) === 46) return false;
  into.units = negative ? -units : units;
  into.scale = scale;
  return true;
}

/** A scaled value from an integer, e.g. 100 → { units: 100, scale: 0 }. */
export function integerScaled(units: number): Scaled {
  return { units, scale: 0 };
}

function isSafeProduct(a: number, b: number): boolean {
  return a === 0 || Math.abs(b) <= Number.MAX_SAFE_INTEGER / Math.abs(a);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compareScaled(a: Scaled, b: Scaled): number {
  const scale = Math.max(a.scale, b.scale);
  const factorA = powerOfTen(scale - a.scale);
  const factorB = powerOfTen(scale - b.scale);
  if (isSafeProduct(a.units, factorA) && isSafeProduct(b.units, factorB)) {
    const left = a.units * factorA;
    const right = b.units * factorB;
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const left = BigInt(a.units) * 10n ** BigInt(scale - a.scale);
  const right = BigInt(b.units) * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** coefficientA·a + coefficientB·b exactly; null when the result is not a safe integer. */
export function combineScaled(input: {
  a: Scaled;
  coefficientA: number;
  b: Scaled;
  coefficientB: number;
}): Scaled | null {
  const { a, coefficientA, b, coefficientB } = input;
  const scale = Math.max(a.scale, b.scale);
  // Plain numbers while every product stays safe (the usual case: no BigInt allocation).
  const factorA = powerOfTen(scale - a.scale) * coefficientA;
  const factorB = powerOfTen(scale - b.scale) * coefficientB;
  if (
    Number.isSafeInteger(factorA) &&
    Number.isSafeInteger(factorB) &&
    isSafeProduct(a.units, factorA) &&
    isSafeProduct(b.units, factorB)
  ) {
    const sum = a.units * factorA + b.units * factorB;
    if (Number.isSafeInteger(sum)) return { units: sum, scale };
  }
  const left = BigInt(a.units) * BigInt(coefficientA) * 10n ** BigInt(scale - a.scale);
  const right = BigInt(b.units) * BigInt(coefficientB) * 10n ** BigInt(scale - b.scale);
  const units = left + right;
  if (units > BigInt(Number.MAX_SAFE_INTEGER) || units < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return { units: Number(units), scale };
}

/** a × b exactly; null when the result is not a safe integer. */
export function multiplyScaled(a: Scaled, b: Scaled): Scaled | null {
  if (!isSafeProduct(a.units, b.units)) return null;
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

function roundHalfUpQuotient(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * numerator / denominator × factor, rounded half-up to `places`, as integer units of
 * 10^−places (1.92 → 192 at 2 places); null when the denominator is 0 or the result is unsafe.
 */
export function roundRatio(input: {
  numerator: Scaled;
  denominator: Scaled;
  factor: Scaled;
  places: number;
}): number | null {
  const { numerator, denominator, factor, places } = input;
  if (denominator.units === 0) return null;
  const exponent = denominator.scale - numerator.scale - factor.scale + places;
  let top = numerator.units * factor.units;
  let bottom = denominator.units;
  const scaleFactor = powerOfTen(Math.abs(exponent));
  const fast =
    isSafeProduct(numerator.units, factor.units) &&
    top >= 0 &&
    bottom > 0 &&
    (exponent >= 0 ? isSafeProduct(top, scaleFactor) : isSafeProduct(bottom, scaleFactor));
  if (fast) {
    if (exponent >= 0) top *= scaleFactor;
    else bottom *= scaleFactor;
    if (top <= (Number.MAX_SAFE_INTEGER - bottom) / 2) {
      // Half-up for non-negative values: floor((2·top + bottom) / (2·bottom)), corrected for
      // the one-off error that a floating division can make near an integer.
      const twiceTop = 2 * top + bottom;
      const twiceBottom = 2 * bottom;
      let quotient = Math.floor(twiceTop / twiceBottom);
      const remainder = twiceTop - quotient * twiceBottom;
      if (remainder < 0) quotient--;
      else if (remainder >= twiceBottom) quotient++;
      return quotient;
    }
  }
  let bigTop = BigInt(numerator.units) * BigInt(factor.units);
  let bigBottom = BigInt(denominator.units);
  if (exponent >= 0) bigTop *= 10n ** BigInt(exponent);
  else bigBottom *= 10n ** BigInt(-exponent);
  const result = roundHalfUpQuotient(bigTop, bigBottom);
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(result);
}

/**
 * Texts of small non-negative scores at 2 places (0 … 1000.00), made once: a million indicators
 * share a few thousand distinct scores, and a shared string is neither built nor copied by GC.
 */
const FORMATTED_LIMIT = 100_000;
const formattedScores = new Array<string | undefined>(FORMATTED_LIMIT + 1).fill(undefined);

/** Integer units of 10^−places as a plain decimal string without trailing zeros (192 → "1.92", 1000 → "10"). */
export function formatUnits(units: number, places: number): string {
  if (places === 2 && units >= 0 && units <= FORMATTED_LIMIT && Number.isInteger(units)) {
    return (formattedScores[units] ??= buildUnitsText(units, places));
  }
  return buildUnitsText(units, places);
}

function buildUnitsText(units: number, places: number): string {
  if (places === 0) return String(units);
  const negative = units < 0;
  const absolute = negative ? -units : units;
  const divisor = powerOfTen(places);
  const whole = Math.floor(absolute / divisor);
  let fraction = absolute - whole * divisor;
  let text = String(whole);
  if (fraction !== 0) {
    let width = places;
    while (fraction % 10 === 0) {
      fraction /= 10;
      width--;
    }
    text += '.' + String(fraction).padStart(width, '0');
  }
  return negative && absolute !== 0 ? '-' + text : text;
}

/** A decimal string rounded half-up to `places`, as integer units (e.g. "1.925" → 193 at 2). */
export function toUnits(text: string | null | undefined, places: number): number | null {
  // Read in place: toUnits runs several times per indicator, a million indicators per document.
  return readScaled(text, parsed) ? scaledToUnits(parsed, places) : null;
}

const ONE: Scaled = { units: 1, scale: 0 };

/** A scaled value rounded half-up to `places`, as integer units; null when unsafe. */
export function scaledToUnits(value: Scaled, places: number): number | null {
  if (value.scale <= places) {
    const factor = powerOfTen(places - value.scale);
    if (isSafeProduct(value.units, factor)) return value.units * factor;
  }
  return roundRatio({ numerator: value, denominator: ONE, factor: ONE, places });
}
