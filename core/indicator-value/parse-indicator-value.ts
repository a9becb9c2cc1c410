/**
 * Reads a 指标值 or 实际完成值 cell ("≥80%", "少于 7 个工作 日", "下降 15%", "健全",
 * "侦破电信网络诈骗案件大于60起") into an IndicatorValue. See docs/indicator-values.md.
 * A hand-written scanner over the compact text: no regex per number, no backtracking.
 */
import type { Change, IndicatorValue, Operator } from '../model.ts';
import { inferDirection } from './infer-direction.ts';
import { compactValueText } from './normalize-value-text.ts';
import {
  CHANGE_WORDS,
  CHANGE_WORDS_BY_LAST_CHARACTER,
  DENOMINATOR_CHARACTERS,
  PREFIX_OPERATORS_BY_LAST_CHARACTER,
  SCOPE_UNITS,
  SUFFIX_OPERATORS_BY_FIRST_CHARACTER,
  TIME_UNITS,
  UNITS_BY_FIRST_CHARACTER,
  UNIT_SIGNS,
  type OperatorWord,
} from './vocabulary.ts';

export interface ValueContext {
  /** The indicator's 三级指标 name, used for the direction of a bare number. */
  name?: string | null;
}

/** A number found in the text with what surrounds it. */
interface Candidate {
  value: string;
  operator: Operator | null;
  unit: string | null;
  change: Change | null;
  /** Position after the number, unit and any suffix operator. */
  end: number;
  /** Not a measure: a year (2023年年初), a run (连续7年), an ordinal (第1), a date, 7×24. */
  isSkipped: boolean;
  /** A scope count ("8类场所") that a later number may be the real measure for. */
  isScope: boolean;
}

/** A sentence-long cell holds at most a few numbers worth looking at. */
const MAX_CANDIDATES = 16;
const RANGE_SEPARATORS = '-~至—–';
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Parses one 指标值/完成值; never throws (unreadable text comes back qualitative). */
export function parseIndicatorValue(text: string, context?: ValueContext): IndicatorValue {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  try {
    return readIndicatorValue(trimmed, context?.name ?? null);
  } catch {
    return { text: trimmed, operator: null, value: null, unit: null, direction: 'qualitative', change: null, qualitative: trimmed || null };
  }
}

function readIndicatorValue(text: string, name: string | null): IndicatorValue {
  const compact = compactValueText(text);
  const candidate = chooseCandidate(scanCandidates(compact));
  if (!candidate) {
    return {
      text,
      operator: null,
      value: null,
      unit: null,
      direction: 'qualitative',
      change: findWholeChange(compact),
      qualitative: compact === '' ? null : compact,
    };
  }
  const { operator, value, unit, change } = candidate;
  return { text, operator, value, unit, direction: inferDirection({ operator, name, value, change }), change, qualitative: null };
}

/**
 * The first number with a written operator is the target ("重点人员在控率达55%以上…",
 * "暗访或督察5类企业各2家以上"); without operators, the first number that is not a scope count
 * ("每年对8类场所安防进行2次检查" → 2次); else the first number.
 */
function chooseCandidate(candidates: readonly Candidate[]): Candidate | null {
  let firstPlain: Candidate | null = null;
  let firstAny: Candidate | null = null;
  for (const candidate of candidates) {
    if (candidate.isSkipped) continue;
    if (candidate.operator) return candidate;
    firstAny ??= candidate;
    if (!candidate.isScope) firstPlain ??= candidate;
  }
  return firstPlain ?? firstAny;
}

function scanCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let index = 0;
  while (index < text.length && candidates.length < MAX_CANDIDATES) {
    if (!isDigitAt(text, index)) {
      index += 1;
      continue;
    }
    const candidate = readCandidate(text, index);
    candidates.push(candidate);
    index = Math.max(candidate.end, index + 1);
  }
  return candidates;
}

function readCandidate(text: string, numberStart: number): Candidate {
  const numberEnd = findNumberEnd(text, numberStart);
  const isNegative = text[numberStart - 1] === '-' && !isAlphanumericAt(text, numberStart - 2);
  const signStart = isNegative ? numberStart - 1 : numberStart;
  const value = normalizeNumber(text.slice(numberStart, numberEnd), isNegative);

  const prefix = findPrefixOperator(text, signStart);
  const change = findChangeBefore(text, prefix ? prefix.start : signStart);
  const unitStart = findRangeUpperEnd(text, numberEnd);
  const unitEnd = findUnitEnd(text, unitStart);
  const written = unitEnd > unitStart ? text.slice(unitStart, unitEnd) : null;
  const unit = written === null ? null : (UNIT_SIGNS.get(written) ?? written);
  const suffix = findSuffixOperator(text, unitEnd, unit);
  const end = suffix ? unitEnd + suffix.word.length : unitEnd;

  const isYear = !prefix && unit === '年' && isYearNumber(value) && unitEnd < text.length;
  const isRun = !prefix && signStart >= 2 && text.startsWith('连续', signStart - 2);
  const isOrdinal = text[signStart - 1] === '第';
  const isMultiplier = !unit && (text[numberEnd] === '×' || text[numberEnd] === '*');
  const isDate = unit === '月' && isDigitAt(text, unitEnd);
  return {
    value,
    operator: prefix?.operator ?? suffix?.operator ?? null,
    unit,
    change,
    end,
    isSkipped: isYear || isRun || isOrdinal || isMultiplier || isDate,
    isScope: unit !== null && SCOPE_UNITS.has(unit) && end < text.length,
  };
}

/**
 * A range "3-5次", "3至5次" gives its lower bound the unit written after the upper one; the
 * upper bound is skipped (a range cannot be one IndicatorValue; docs/indicator-values.md).
 */
function findRangeUpperEnd(text: string, numberEnd: number): number {
  const separator = text[numberEnd];
  if (separator === undefined || !RANGE_SEPARATORS.includes(separator) || !isDigitAt(text, numberEnd + 1)) return numberEnd;
  return findNumberEnd(text, numberEnd + 1);
}

/** Digits, optional thousands groups ("1,000"), optional fraction. */
function findNumberEnd(text: string, start: number): number {
  let index = start;
  while (isDigitAt(text, index)) index += 1;
  while (
    text[index] === ',' &&
    isDigitAt(text, index + 1) &&
    isDigitAt(text, index + 2) &&
    isDigitAt(text, index + 3) &&
    !isDigitAt(text, index + 4)
  ) {
    index += 4;
  }
  if (text[index] === '.' && isDigitAt(text, index + 1)) {
    index += 1;
    while (isDigitAt(text, index)) index += 1;
  }
  return index;
}

/** Plain decimal string: no grouping, no leading or trailing zeros, no "-0" ("100.00" → "100"). */
function normalizeNumber(written: string, isNegative: boolean): string {
  const digits = written.includes(',') ? written.replaceAll(',', '') : written;
  const point = digits.indexOf('.');
  let integer = point < 0 ? digits : digits.slice(0, point);
  let fraction = point < 0 ? '' : digits.slice(point + 1);
  let first = 0;
  while (first < integer.length - 1 && integer[first] === '0') first += 1;
  integer = integer.slice(first);
  let last = fraction.length;
  while (last > 0 && fraction[last - 1] === '0') last -= 1;
  fraction = fraction.slice(0, last);
  const magnitude = fraction ? `${integer}.${fraction}` : integer;
  return isNegative && magnitude !== '0' ? `-${magnitude}` : magnitude;
}

function findPrefixOperator(text: string, end: number): { operator: Operator; start: number } | null {
  const entries = PREFIX_OPERATORS_BY_LAST_CHARACTER.get(text[end - 1] ?? '');
  if (!entries) return null;
  for (const entry of entries) {
    const start = end - entry.word.length;
    if (start < 0 || !text.startsWith(entry.word, start)) continue;
    if (isAllowedAfter(entry, text[start - 1])) return { operator: entry.operator, start };
  }
  return null;
}

function isAllowedAfter(entry: OperatorWord, previous: string | undefined): boolean {
  if (entry.notAfter && previous !== undefined && entry.notAfter.includes(previous)) return false;
  if (entry.onlyAfter && previous !== undefined && !entry.onlyAfter.includes(previous)) return false;
  return true;
}

/** 下降15%, 同比下降了15%, 下降≥15%. */
function findChangeBefore(text: string, end: number): Change | null {
  const wordEnd = text[end - 1] === '了' ? end - 1 : end;
  const entries = CHANGE_WORDS_BY_LAST_CHARACTER.get(text[wordEnd - 1] ?? '');
  if (!entries) return null;
  for (const entry of entries) {
    if (text.startsWith(entry.word, wordEnd - entry.word.length)) return entry.change;
  }
  return null;
}

/** A qualitative cell that is only a change word ("下降") still says which way. */
function findWholeChange(text: string): Change | null {
  for (const entry of CHANGE_WORDS) if (text === entry.word) return entry.change;
  return null;
}

/** Longest known unit at `start`, with an optional "/denominator" (次/年, 元/月人). */
function findUnitEnd(text: string, start: number): number {
  const first = text[start];
  if (first === undefined) return start;
  const units = UNITS_BY_FIRST_CHARACTER.get(first);
  const unit = units?.find((candidate) => text.startsWith(candidate, start));
  if (!unit) return start;
  const unitEnd = start + unit.length;
  if (text[unitEnd] !== '/') return unitEnd;
  let index = unitEnd + 1;
  while (index < text.length && index - unitEnd <= 4 && DENOMINATOR_CHARACTERS.has(text[index] ?? '')) index += 1;
  return index > unitEnd + 1 ? index : unitEnd;
}

function findSuffixOperator(text: string, start: number, unit: string | null): { operator: Operator; word: string } | null {
  const entries = SUFFIX_OPERATORS_BY_FIRST_CHARACTER.get(text[start] ?? '');
  if (!entries) return null;
  for (const entry of entries) {
    if (!text.startsWith(entry.word, start)) continue;
    // 前 bounds time only (20日前); 排名前三 or 前期 are not operators.
    if (entry.word.endsWith('前') && (unit === null || !TIME_UNITS.has(unit))) continue;
    // 内 as in 48小时内, not 内容/内部.
    if (entry.word === '内' && '容部外涵勤'.includes(text[start + 1] ?? ' ')) continue;
    return { operator: entry.operator, word: entry.word };
  }
  return null;
}

function isYearNumber(value: string): boolean {
  if (value.length !== 4) return false;
  const year = Number(value);
  return year >= 1900 && year <= 2100;
}

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= DIGIT_0 && code <= DIGIT_9;
}

function isAlphanumericAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code >= DIGIT_0 && code <= DIGIT_9) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
