import Decimal from 'decimal.js';

/** Exact decimal arithmetic for money (万元) and scores; never floats. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

/** A decimal written as a plain string: "12222.69", "-3", "0.5". */
export type DecimalString = string;

export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parses a decimal string; null for null/undefined or text that is not a plain decimal. */
export function toDecimal(text: DecimalString | null | undefined): Dec | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (!DECIMAL_PATTERN.test(trimmed)) return null;
  return new Dec(trimmed);
}

/** Writes a decimal as a plain string without exponent or trailing zeros ("8016.09", "10"). */
export function formatDecimal(value: Dec): DecimalString {
  return value.toFixed();
}

/** Rounds half-up to `places` and writes the result as a plain string ("1.92"). */
export function roundDecimal(value: Dec, places = 2): DecimalString {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed();
}

/** Sums decimal strings exactly, ignoring nulls. */
export function sumDecimals(values: ReadonlyArray<DecimalString | null | undefined>): Dec {
  let total = new Dec(0);
  for (const value of values) {
    const parsed = toDecimal(value);
    if (parsed) total = total.plus(parsed);
  }
  return total;
}
