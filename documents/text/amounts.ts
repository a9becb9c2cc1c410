/**
 * Money amounts (万元) as they appear in extracted text: "12222.69", "8016.0 9" (a space that
 * extraction put inside a number of a numeric column), "5855.5万元", "1,234.50". Amounts stay exact
 * decimal strings with the digits the document wrote (DOMAIN.md: never floats).
 */
import { compact } from './normalize.ts';

/** Units that mean the amount is already in 万元, the unit of every budget table. */
const TEN_THOUSAND_YUAN = /(万元|万)$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * The amount in a cell as a decimal string, or null when the cell is not just an amount.
 * Accepts spaces inside the number, thousands separators, a leading minus and a trailing 万元/万.
 * "8016.0 9" → "8016.09", "5855.5万元" → "5855.5", "1,234.50" → "1234.50", "" → null.
 */
export function parseAmount(text: string): string | null {
  const written = compact(text);
  // Most amount cells are a plain number already: nothing to strip.
  if (AMOUNT.test(written)) return written;
  let candidate = written.replace(/[,，]/g, '').replace(/[（(]万元[）)]$/, '');
  candidate = candidate.replace(TEN_THOUSAND_YUAN, '');
  if (!AMOUNT.test(candidate)) return null;
  return candidate;
}

/** Builds a pattern that matches `label` even with whitespace between its characters ("预 算 数"). */
function spacedLabelPattern(label: string): string {
  return Array.from(compact(label))
    .map((character) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s{0,5}');
}

/** Patterns by label, compiled once: readers ask for the same few budget labels in every cell. */
const labelledAmountPatterns = new Map<string, RegExp>();
/** Labels come from the readers' own lists; the bound only guards against a caller passing text. */
const MAX_REMEMBERED_LABELS = 256;

function labelledAmountPattern(label: string): RegExp {
  const remembered = labelledAmountPatterns.get(label);
  if (remembered) return remembered;
  if (labelledAmountPatterns.size >= MAX_REMEMBERED_LABELS) labelledAmountPatterns.clear();
  const pattern = new RegExp(`${spacedLabelPattern(label)}[\\s:：]{0,20}(-?\\d[\\d,]*(?:\\.\\d*)?)(\\s\\d+(?![\\d.]))?`);
  labelledAmountPatterns.set(label, pattern);
  return pattern;
}

/**
 * The amount written right after `label` in running text, e.g. `findLabelledAmount("其中：一般公共预算：7897.75",
 * "一般公共预算")` → "7897.75"; null when the label is absent or not followed by an amount.
 * A space inside the decimals is joined only while the decimals stay at most two digits, because
 * money is written with two decimals and a longer run would glue two separate numbers together.
 */
export function findLabelledAmount(text: string, label: string): string | null {
  const match = labelledAmountPattern(label).exec(text);
  if (!match?.[1]) return null;
  let amount = match[1].replace(/,/g, '');
  const continuation = match[2]?.trim();
  if (continuation && amount.includes('.')) {
    const decimals = amount.split('.')[1] ?? '';
    if (decimals.length + continuation.length <= 2) amount += continuation;
  }
  if (amount.endsWith('.')) amount = amount.slice(0, -1);
  return /^-?\d+(\.\d+)?$/.test(amount) ? amount : null;
}
