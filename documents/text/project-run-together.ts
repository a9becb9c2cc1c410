/**
 * A table row whose cells extraction ran together on one line, separated only by spaces, as
 * project tables are often published: `指标1:名称 ≥1场 1场 12 12 完成`. The columns of the header
 * say what to expect; the row is read from both ends: 分值 and 得分 are the last two numbers (any
 * words after them are the 偏差原因), the values just before them, the name first.
 */
import type { IndicatorColumns } from './column-variants.ts';
import { matchLevel1, matchLevel2 } from './levels.ts';
import { parseNumberCell } from './self-evaluation-text.ts';

const OPERATOR_ONLY =
  /^(≥|≤|>|<|=|>=|<=|不少于|不低于|不超过|不高于|大于|小于|少于|高于|低于|达到|达|控制在|下降|上升|增长|减少)$/;
const ENDS_WITH_DIGIT_OR_PERCENT = /[\d%]$/;
const UNIT_ONLY = /^[^\d\s]{1,4}$/;

/** Puts back together a value that spaces broke into tokens: "≥ 1 场" → "≥1场", "下降 15%" → "下降15%". */
export function mergeValueTokens(tokens: readonly string[]): string[] {
  const groups: string[] = [];
  let joinNext = false;
  for (const token of tokens) {
    const last = groups.at(-1);
    if (joinNext && last !== undefined) {
      groups[groups.length - 1] = `${last}${token}`;
    } else if (
      last !== undefined &&
      ENDS_WITH_DIGIT_OR_PERCENT.test(last) &&
      UNIT_ONLY.test(token) &&
      !OPERATOR_ONLY.test(token) &&
      /^[\d≥≤<>=]/.test(last)
    ) {
      groups[groups.length - 1] = `${last}${token}`;
    } else {
      groups.push(token);
    }
    joinNext = OPERATOR_ONLY.test(token);
  }
  return groups;
}

/**
 * The cells of a run-together row, placed at the columns of `columns`; null when the line does
 * not look like a row (too few parts for the columns the header names).
 */
export function splitRunTogetherRow(text: string, columns: IndicatorColumns): string[] | null {
  if (columns.name === undefined || columns.target === undefined) return null;
  let tokens = text
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '');
  if (tokens.length < 2) return null;
  const cells: string[] = [];
  const place = (index: number | undefined, value: string): void => {
    if (index === undefined) return;
    while (cells.length <= index) cells.push('');
    cells[index] = value;
  };
  if (columns.level1 !== undefined && tokens[0] && matchLevel1(tokens[0])) {
    place(columns.level1, tokens[0]);
    tokens = tokens.slice(1);
  }
  if (columns.level2 !== undefined && tokens[0] && matchLevel2(tokens[0])) {
    place(columns.level2, tokens[0]);
    tokens = tokens.slice(1);
  }
  if (columns.weight !== undefined && columns.score !== undefined) {
    const scoreIndex = findLastNumberPair(tokens);
    if (scoreIndex === null) return null;
    place(columns.weight, tokens[scoreIndex - 1] ?? '');
    place(columns.score, tokens[scoreIndex] ?? '');
    place(columns.deviation, tokens.slice(scoreIndex + 1).join(' '));
    tokens = tokens.slice(0, scoreIndex - 1);
  }
  const groups = mergeValueTokens(tokens);
  const valueCount = columns.actual !== undefined ? 2 : 1;
  if (groups.length < valueCount + 1) return null;
  const values = groups.slice(groups.length - valueCount);
  place(columns.name, groups.slice(0, groups.length - valueCount).join(' '));
  place(columns.target, values[0] ?? '');
  if (columns.actual !== undefined) place(columns.actual, values[1] ?? '');
  return cells;
}

/** Index of the second of the last two neighbouring numbers (the 得分 after the 分值). */
function findLastNumberPair(tokens: readonly string[]): number | null {
  for (let index = tokens.length - 1; index >= 1; index -= 1) {
    if (parseNumberCell(tokens[index]) !== null && parseNumberCell(tokens[index - 1]) !== null) return index;
  }
  return null;
}
