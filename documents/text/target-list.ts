/**
 * Indicator lists that are not laid out as rows of cells:
 * - published target lists, as government sites print approved targets:
 *   `【产出指标-数量指标】 指标1:雷达购置数量(≥13台) 指标2:…(≥1次/年)`, one or many per line;
 * - tables whose cells come one per line with no tab (一级指标 / 二级指标 / 三级指标 / 指标值 headings,
 *   then one cell per line; merged blank cells are simply absent).
 * Both fill the same indicator tree as the row readers (indicator-tree.ts).
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { compact } from './normalize.ts';
import { isLevelName, matchLevel1Name, isTableHeading, looksLikeValue, matchGoalName, matchLevel2Only } from './indicator-cells.ts';
import { addIndicator, applyLevels, startGoal, type IndicatorTree } from './indicator-tree.ts';

// Bounded repeats: an unclosed 【 repeated along a long line must not make the scan quadratic.
const PUBLISHED_HEADING = /【[^】]{0,40}指标[^】]{0,40}】/;
const LIST_TOKEN = /【([^】]{0,80})】|指标\s{0,5}\d{1,4}\s{0,5}[:：]/g;

/** True when the text carries `【一级-二级】 指标1:名称(值)` lists. */
export function hasPublishedTargetList(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes('【') && PUBLISHED_HEADING.test(line));
}

/** Sets the levels from a `【产出指标-数量指标】` heading (either part may be missing). */
function applyHeading(tree: IndicatorTree, heading: string): void {
  const parts = heading.split(/[-－—–·/、|]/).map((part) => part.trim());
  const level1 = parts.map(matchLevel1Name).find((name) => name !== null) ?? null;
  const level2 = parts.map(matchLevel2Only).find((name) => name !== null) ?? null;
  applyLevels(tree, level1, level2);
}

/** Splits "名称(≥77台)" into name and value: the last bracketed group is the value. */
export function splitListItem(item: string): { name: string; target: string } {
  const text = trimTrailing(item.trim(), '；;，,、。', { isWhitespaceTrimmed: true });
  const closing = text.at(-1);
  if (closing === ')' || closing === '）') {
    let depth = 0;
    for (let index = text.length - 1; index >= 0; index -= 1) {
      const character = text[index];
      if (character === ')' || character === '）') depth += 1;
      if (character === '(' || character === '（') depth -= 1;
      if (depth === 0) return { name: text.slice(0, index).trim(), target: text.slice(index + 1, -1).trim() };
    }
  }
  const spaced = /^(.*\S)\s+(\S+)$/.exec(text);
  if (spaced?.[1] && spaced[2] && looksLikeValue(spaced[2])) return { name: spaced[1], target: spaced[2] };
  return { name: text, target: '' };
}

/** Reads every published list line into the tree; other lines are left to the caller. */
export function readPublishedTargetList(tree: IndicatorTree, lines: readonly string[]): void {
  for (const [index, line] of lines.entries()) {
    const tokens = Array.from(line.matchAll(LIST_TOKEN));
    // A goal heading ("职能1：安保执勤") may stand alone or precede the list on its line.
    const goalName = matchGoalName(line.slice(0, tokens[0]?.index ?? line.length));
    if (goalName) startGoal(tree, goalName);
    for (const [tokenIndex, token] of tokens.entries()) {
      if (token[1] !== undefined) {
        applyHeading(tree, token[1]);
        continue;
      }
      const start = (token.index ?? 0) + token[0].length;
      const end = tokens[tokenIndex + 1]?.index ?? line.length;
      const { name, target } = splitListItem(line.slice(start, end));
      if (name !== '') addIndicator(tree, { name, target, line: index + 1 });
    }
  }
}

/** Index of the "一级指标" heading line of a one-cell-per-line table, or -1. */
export function findOnePerLineHeading(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (line.length > 20 || !line.includes('级') || line.includes('\t') || line.includes('|') || compact(line) !== '一级指标') continue;
    const following = lines.slice(index + 1, index + 6).filter((next) => next.trim() !== '');
    if (following.some((next) => compact(next) === '二级指标')) return index;
  }
  return -1;
}

/**
 * The first character of every closing label below: a cheap anchored test, as readers ask this
 * of every cell of every indicator row.
 */
const CLOSING_START = /^\s*[财主审填联单]/;

/** True when a line ends the indicator part (审核意见, signatures). */
export function isClosingLabel(text: string): boolean {
  if (!CLOSING_START.test(text)) return false;
  return /^(财政部门审核意见|主管部门审核意见|审核意见|填表人|联系电话|单位负责人)/.test(compact(text));
}

/**
 * Reads a one-cell-per-line indicator table from the line after its "一级指标" heading: goals and
 * levels set the place, then each name is followed by its value. A name followed directly by a
 * level, a goal or another name that is followed by a value gets no value (target null).
 */
export function readOnePerLineIndicators(tree: IndicatorTree, lines: readonly string[], from: number): number {
  const tokens: Array<{ text: string; line: number }> = [];
  let end = lines.length;
  for (let index = from; index < lines.length; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text === '') continue;
    if (isClosingLabel(text)) {
      end = index;
      break;
    }
    if (!isTableHeading(text)) tokens.push({ text, line: index + 1 });
  }
  let pending: { text: string; line: number } | null = null;
  const flush = (target: string) => {
    if (pending) addIndicator(tree, { name: pending.text, target, line: pending.line });
    pending = null;
  };
  for (const [index, token] of tokens.entries()) {
    const goalName = matchGoalName(token.text);
    if (goalName || isLevelName(token.text)) {
      flush('');
      if (goalName) startGoal(tree, goalName);
      else applyLevels(tree, matchLevel1Name(token.text), matchLevel2Only(token.text));
      continue;
    }
    if (!pending) {
      pending = token;
      continue;
    }
    const next = tokens[index + 1];
    const isNameOfNextValue = !looksLikeValue(token.text) && next !== undefined && looksLikeValue(next.text) && !isLevelName(next.text);
    if (isNameOfNextValue) {
      flush('');
      pending = token;
    } else flush(token.text);
  }
  flush('');
  return end;
}
