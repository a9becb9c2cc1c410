/**
 * Amounts of neighbouring cells a dump glued with no separator ("286.4243.44": a funds part row of a
 * document site's text, 年初预算数 and 全年执行数 side by side). Which digits are whose is told only by
 * how the table writes its amounts elsewhere: each amount takes the decimals of its column's other
 * amounts (the total row's), or, where its column shows none, the decimals every other amount of the
 * block shares; a part never exceeds the total in its column. The glue is read only when exactly one
 * cut fits all of that; integers glued ("4848") or a table writing its amounts with varying decimals
 * leave it unread (never a guess).
 */
import type { BudgetColumnRole } from '../vocabulary/labels.ts';

/** What the rest of the funds block says about its amounts. */
export interface GluedAmountEvidence {
  /** Per column the glue's amounts fill, in order: the decimals the column's other amounts are written with (null: none, or they differ). */
  columnDecimals: ReadonlyArray<number | null>;
  /** The decimals all other amounts of the block are written with; null when they differ or there are none. */
  blockDecimals: number | null;
  /** Per column, an amount the glue's may not exceed (the total's, for a part row); null or 0 for none. */
  limits?: ReadonlyArray<string | null>;
}

/** Digits with two or more decimal points and nothing else: amounts glued together. */
const GLUE = /^\d+(?:\.\d+){2,}$/;
/** An amount without a leading zero (0.5 aside), with decimals. */
const AMOUNT = /^(?:0|[1-9]\d*)\.\d+$/;
/** A written amount, with or without decimals. */
const AMOUNT_TEXT = /^\d+(?:\.\d+)?$/;
/** A glue longer than this is no pair of cells (bounds the cuts tried). */
const MAX_GLUE = 40;

/** True when the text is amounts glued with no separator ("286.4243.44"). */
export function isGluedAmounts(text: string): boolean {
  return text.length <= MAX_GLUE && GLUE.test(text);
}

/** How many decimals an amount is written with ("286.40" → 2, "36" → 0). */
export function decimalsOf(amount: string): number {
  return amount.split('.')[1]?.length ?? 0;
}

/** The decimals all the amounts share, or null when they differ or there are none. */
export function sharedDecimals(amounts: readonly string[]): number | null {
  const counts = new Set(amounts.map(decimalsOf));
  return counts.size === 1 ? ([...counts][0] as number) : null;
}

/** Every cut of the glue into one amount per decimal point (each amount keeps its point). */
function cutsOf(glue: string): string[][] {
  const runs = glue.split('.');
  // runs[0] is the first amount's whole part; each later run holds one amount's decimals, then (except the last) the next amount's whole part.
  const results: string[][] = [];
  const walk = (index: number, whole: string, amounts: string[]): void => {
    const run = runs[index] as string;
    if (index === runs.length - 1) {
      results.push([...amounts, `${whole}.${run}`]);
      return;
    }
    for (let end = 1; end < run.length; end++) walk(index + 1, run.slice(end), [...amounts, `${whole}.${run.slice(0, end)}`]);
  };
  walk(1, runs[0] as string, []);
  return results;
}

/**
 * The glue's amounts, in order, when exactly one cut writes each with the decimals its column (else the
 * block) uses and none above its limit; null otherwise, or when some column's decimals are unknown.
 */
export function splitGluedAmounts(glue: string, evidence: GluedAmountEvidence): string[] | null {
  if (!isGluedAmounts(glue)) return null;
  const count = glue.split('.').length - 1;
  if (count > evidence.columnDecimals.length) return null;
  const wanted = evidence.columnDecimals.slice(0, count).map((decimals) => decimals ?? evidence.blockDecimals);
  if (wanted.some((decimals) => decimals === null || decimals === 0)) return null;
  const fitting = cutsOf(glue).filter((amounts) =>
    amounts.every((amount, index) => {
      const limit = evidence.limits?.[index] ?? null;
      return AMOUNT.test(amount) && decimalsOf(amount) === wanted[index] && (limit === null || Number(limit) === 0 || Number(amount) <= Number(limit));
    }),
  );
  return fitting.length === 1 ? (fitting[0] as string[]) : null;
}

/** The money columns of a funds header, whose amounts a part row writes first (its 分值 / 执行率 / 得分 stay empty). */
const MONEY_ROLES: ReadonlySet<BudgetColumnRole> = new Set(['initial', 'adjusted', 'executed']);

/** Digits alone, no point and no leading zero: integers a dump may have glued ("120118"). */
const INTEGER_GLUE = /^[1-9]\d{2,19}$/;
/** An integer amount written without decimals, no leading zero. */
const INTEGER = /^(?:0|[1-9]\d*)$/;
/** At most this many integers are looked for in one glue (the money columns of a funds header). */
const MAX_GLUED_INTEGERS = 4;

/** Every cut of digits into `count` integers, none with a leading zero ("0" itself aside). */
function integerCutsOf(digits: string, count: number): string[][] {
  if (count === 1) return INTEGER.test(digits) ? [[digits]] : [];
  const results: string[][] = [];
  for (let end = 1; end <= digits.length - count + 1; end++) {
    const head = digits.slice(0, end);
    if (!INTEGER.test(head)) break;
    for (const rest of integerCutsOf(digits.slice(end), count - 1)) results.push([head, ...rest]);
  }
  return results;
}

/**
 * Integers glued with no separator ("120118" under totals of 152 and 150), cut where certain: the
 * glue read as one amount exceeds the total of its column, every column it may fill writes its total
 * as an integer, and exactly one cut into two or more integers (at most `limits.length`) keeps each
 * at or under its column's total (120 | 118; 1 | 20118 and 1201 | 18 exceed one). Null otherwise.
 */
export function splitGluedIntegers(glue: string, limits: readonly string[]): string[] | null {
  if (!INTEGER_GLUE.test(glue) || limits.length < 2) return null;
  if (limits.some((limit) => !INTEGER.test(limit) || Number(limit) === 0)) return null;
  if (Number(glue) <= Number(limits[0])) return null;
  const fitting: string[][] = [];
  for (let count = 2; count <= Math.min(limits.length, MAX_GLUED_INTEGERS); count++) {
    for (const amounts of integerCutsOf(glue, count))
      if (amounts.every((amount, index) => Number(amount) <= Number(limits[index]))) fitting.push(amounts);
    if (fitting.length > 1) return null;
  }
  return fitting.length === 1 ? (fitting[0] as string[]) : null;
}

/**
 * A part row's only amount when it is integers glued (splitGluedIntegers) in a money column: the row
 * with the glue cut, the money columns from its place giving the limits (as many as the row's other
 * cells leave room for under the header); null when it is no such glue or the cut is not certain.
 */
function withGluedIntegersSplit(values: readonly string[], total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): string[] | null {
  const amounts = values.flatMap((value, index) => (AMOUNT_TEXT.test(value) ? [index] : []));
  const glued = amounts[0];
  if (amounts.length !== 1 || glued === undefined || !MONEY_ROLES.has(total.roles[glued] as BudgetColumnRole)) return null;
  const room = total.roles.length - values.length + 1;
  const limits: string[] = [];
  for (let index = glued; MONEY_ROLES.has(total.roles[index] as BudgetColumnRole) && limits.length < room; index++)
    limits.push(total.values[index] ?? '');
  const split = splitGluedIntegers(values[glued] as string, limits);
  return split === null ? null : [...values.slice(0, glued), ...split, ...values.slice(glued + 1)];
}

/**
 * A part row's values under the header's columns when one of them is a glue (see splitGluedAmounts):
 * the glue's amounts fill the money columns from the first value's place on, with the evidence of the
 * total row (`total`: its values under the same `roles`). The values as they are when none is a glue;
 * null when a glue stays unread.
 */
export function withGluedAmountsSplit(values: readonly string[], total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): string[] | null {
  const glued = values.findIndex(isGluedAmounts);
  if (glued < 0) return isWithinTotal(values, total) ? [...values] : withGluedIntegersSplit(values, total);
  const moneyColumns = total.roles.flatMap((role, index) => (MONEY_ROLES.has(role) ? [index] : []));
  // The glue's cells stood side by side: the money columns from its place on, up to the first other column.
  const columns: number[] = [];
  for (let index = glued; MONEY_ROLES.has(total.roles[index] as BudgetColumnRole); index++) columns.push(index);
  const totalAmounts = moneyColumns.map((index) => total.values[index] ?? '').filter((amount) => AMOUNT_TEXT.test(amount));
  const amounts = splitGluedAmounts(values[glued] as string, {
    columnDecimals: columns.map((index) => {
      const amount = total.values[index] ?? '';
      return AMOUNT_TEXT.test(amount) ? decimalsOf(amount) : null;
    }),
    blockDecimals: sharedDecimals(totalAmounts),
    limits: columns.map((index) => total.values[index] ?? null),
  });
  if (amounts === null) return null;
  // Another glue in the same row, or values after the glue that would now stand past the header: left unread.
  const split = [...values.slice(0, glued), ...amounts, ...values.slice(glued + 1)];
  return split.some(isGluedAmounts) || split.length > total.roles.length || !isWithinTotal(split, total) ? null : split;
}

/**
 * Whether no amount of a part row exceeds the total's in its column: "3636" under a total of 36 is two
 * integers glued (36 and 36), not one amount, and which digits are whose is not told.
 */
function isWithinTotal(values: readonly string[], total: { roles: readonly BudgetColumnRole[]; values: readonly string[] }): boolean {
  return values.every((value, index) => {
    const limit = total.values[index] ?? '';
    // A total written as zeros (a template's empty 年度资金总额 above filled parts) bounds nothing.
    if (!MONEY_ROLES.has(total.roles[index] as BudgetColumnRole) || !AMOUNT_TEXT.test(value) || !AMOUNT_TEXT.test(limit) || Number(limit) === 0) return true;
    return Number(value) <= Number(limit);
  });
}
