/**
 * Questions the checks ask about parsed values (core/checks: unit-mismatch, vague-target,
 * rate-over-100, placeholder-indicator).
 */
import type { IndicatorValue } from '../model.ts';
import { compactNameText, compactValueText } from './normalize-value-text.ts';
import { PLACEHOLDER_TEXTS, VAGUE_WORDS } from './vocabulary.ts';
import { memoizeByText } from '../memoize-by-text.ts';

/** Spellings of one unit: 个月/月, 个工作日/工作日, 日/天, 时/小时, 万/万元. */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  个月: '月',
  个工作日: '工作日',
  日: '天',
  时: '小时',
  万: '万元',
  h: '小时',
};
const WHITESPACE = /\s+/g;
/** A yearly rate compares with a count for the year: ≥25次/年 vs 27次. */
const PER_YEAR = '/年';

/**
 * Whether a target and an actual measure the same thing: false for ≥95分 vs 99.65%, true for
 * 10000份 vs 9580 (a bare number is read in the other's unit) and for 300万元 vs 311万元.
 * Values without a number have no unit to disagree about, so they are comparable.
 */
export function areUnitsComparable(a: IndicatorValue, b: IndicatorValue): boolean {
  if (a.value === null || b.value === null || a.unit === null || b.unit === null) return true;
  const unitA = canonicalizeUnit(a.unit);
  const unitB = canonicalizeUnit(b.unit);
  return unitA === unitB || unitA === unitB + PER_YEAR || unitB === unitA + PER_YEAR;
}

function canonicalizeUnit(unit: string): string {
  const slash = unit.indexOf('/');
  if (slash < 0) return UNIT_ALIASES[unit] ?? unit;
  const numerator = unit.slice(0, slash);
  return `${UNIT_ALIASES[numerator] ?? numerator}${unit.slice(slash)}`;
}

/**
 * A vague target (DOMAIN.md: 提高, 改善, 加强 without a number): no number, and the wording is a
 * direction word (有效提升, 进一步加强) or merely repeats the indicator name.
 */
export function isVagueValue(value: IndicatorValue, name?: string | null): boolean {
  if (value.value !== null || value.qualitative === null) return false;
  const wording = value.qualitative;
  if (hasVagueWord(wording)) return true;
  return Boolean(name) && compactNameText(name ?? '') === wording;
}

/** Documents repeat a few wordings (健全, 是, 及时) on many rows. */
const hasVagueWord = memoizeByText((wording) => VAGUE_WORDS.some((word) => wording.includes(word)));

/** A rate cannot exceed 100%: the unit is % or the indicator name ends in 率. */
export function isRate(value: IndicatorValue, name?: string | null): boolean {
  if (value.unit === '%') return true;
  return Boolean(name) && compactNameText(name ?? '').endsWith('率');
}

const ASCII_DIGIT = /[0-9]/;
/**
 * No placeholder has a digit, and compacting markup-free text keeps every ASCII digit (NFKC,
 * whitespace, operators, trailing punctuation): a text like ≥95% is answered without compacting
 * it twice (the check runs on every indicator, a million in bench/analyse.bench.ts).
 */
const isDigitNeverPlaceholder = ![...PLACEHOLDER_TEXTS].some((text) => ASCII_DIGIT.test(text.normalize('NFKC')));

/** Whether the text has an ASCII digit and no markup character (<, &, backslash, $), in one scan instead of two regex runs. */
function hasDigitWithoutMarkup(text: string): boolean {
  let hasDigit = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) hasDigit = true;
    else if (code === 60 /* < */ || code === 38 /* & */ || code === 92 /* \ */ || code === 36 /* $ */) return false;
  }
  return hasDigit;
}

/** A cell that stands for "no value" (无, 不涉及, /, -, —, 空); an empty cell is missing, not a placeholder. */
export function isPlaceholderValue(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (isDigitNeverPlaceholder && hasDigitWithoutMarkup(text)) return false;
  return isPlaceholderWording(text);
}

/** The wordings without a digit (健全, 是, 无) repeat across rows: each is normalised once. */
const isPlaceholderWording = memoizeByText((text) => {
  const compact = text.normalize('NFKC').replace(WHITESPACE, '');
  return PLACEHOLDER_TEXTS.has(compact) || PLACEHOLDER_TEXTS.has(compactValueText(text));
});
