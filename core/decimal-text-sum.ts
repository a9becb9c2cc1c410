/**
 * The exact sum of many decimal texts (分值, 得分) without a Decimal or a map lookup per text: the
 * sum checks add up a million of them (bench/analyse.bench.ts). Each text is read as an integer
 * number of units at its own number of decimals and added to the running integer sum for that
 * number of decimals, which stays exact while it is a safe integer. A text this cannot take
 * (spaces around it, more than 15 digits or 6 decimals, a sum past 2^53) is counted by text and
 * added as a Decimal at the end, so the total is what summing Decimals gives.
 */
import { Dec, toDecimal } from './decimal.ts';

/** The most decimals a text may have to be summed as integer units. */
const MAX_SCALE = 6;
const MAX_DIGITS = 15;

export class DecimalTextSum {
  /** Σ units per number of decimals (index: the number of decimals). */
  readonly #unitsByScale: number[] = new Array<number>(MAX_SCALE + 1).fill(0);
  /** Texts added as Decimals at the end, with how often each was added. */
  readonly #others = new Map<string, number>();
  #hasValue = false;

  /** Adds a decimal text as toDecimal reads it; false (nothing added) when toDecimal would give null. */
  add(text: string): boolean {
    const length = text.length;
    let index = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
    const negative = index === 1;
    let units = 0;
    let digits = 0;
    let scale = -1;
    for (; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code === 46 /* . */ && scale === -1 && digits > 0) {
        scale = 0;
        continue;
      }
      const digit = code - 48;
      if (digit < 0 || digit > 9) return this.#addOther(text);
      units = units * 10 + digit;
      digits++;
      if (scale !== -1) scale++;
    }
    if (digits === 0 || scale === 0 || digits > MAX_DIGITS || scale > MAX_SCALE) return this.#addOther(text);
    const at = scale === -1 ? 0 : scale;
    const sum = (this.#unitsByScale[at] as number) + (negative ? -units : units);
    if (!Number.isSafeInteger(sum)) return this.#addOther(text);
    this.#unitsByScale[at] = sum;
    this.#hasValue = true;
    return true;
  }

  /** Whether any text was added. */
  get hasValue(): boolean {
    return this.#hasValue;
  }

  /** The exact sum of every text added (0 when none was). */
  total(): Dec {
    let total = new Dec(0);
    for (let scale = 0; scale <= MAX_SCALE; scale++) {
      const units = this.#unitsByScale[scale] as number;
      if (units !== 0) total = total.plus(new Dec(units).dividedBy(10 ** scale));
    }
    for (const [text, count] of this.#others) total = total.plus((toDecimal(text) as Dec).times(count));
    return total;
  }

  #addOther(text: string): boolean {
    const count = this.#others.get(text);
    if (count !== undefined) {
      this.#others.set(text, count + 1);
      return true;
    }
    if (toDecimal(text) === null) return false;
    this.#others.set(text, 1);
    this.#hasValue = true;
    return true;
  }
}
