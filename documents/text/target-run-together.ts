/**
 * Target tables whose rows lost their cell separators: each row run together on one line,
 * with spaces or with nothing between the cells ("产出指标 数量指标 巡逻次数 ≥100次",
 * "产出指标数量指标巡逻次数≥100次"). The heading line says so ("一级指标 二级指标 三级指标 指标值").
 * A row is read from both ends: goal and level names from the start, the value from the end
 * (from its operator, or the last space-separated word that reads as a value); the rest is the name.
 */
import { compact } from './normalize.ts';
import { looksLikeValue, matchGoalName } from './indicator-cells.ts';
import { addIndicator, applyLevels, startGoal, type IndicatorTree } from './indicator-tree.ts';
import { isClosingLabel } from './target-list.ts';

const LEVEL1_PREFIX = /^(产出指标|效益指标|满意度指标|成本指标)/;
const LEVEL2_PREFIX =
  /^(数量指标|质量指标|时效指标|(?:经济|社会|生态环境|生态)?成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|(?:社会公众或)?服务对象满意度(?:指标)?)/;
const GOAL_PREFIX = /^(目标[一二三四五六七八九十\d]{1,3}|职能\d{1,3})/;
const VALUE_START = /[≥≤><=]|不少于|不低于|不超过|不高于|大于|小于/;

/** Index of the heading line whose cells run together, or -1. */
export function findRunTogetherHeading(lines: readonly string[]): number {
  return lines.findIndex(
    (line) =>
      line.length < 80 &&
      line.includes('级') &&
      !line.includes('\t') &&
      !line.includes('|') &&
      compact(line).includes('一级指标二级指标三级指标'),
  );
}

/** Splits the value off the end of a row's remaining text; '' when none can be told apart. */
function splitValue(spaced: string): { name: string; target: string } {
  const words = spaced.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length > 1 && (looksLikeValue(last) || VALUE_START.test(last))) {
    return { name: words.slice(0, -1).join(''), target: last };
  }
  const written = compact(spaced);
  const operator = VALUE_START.exec(written);
  if (operator && operator.index > 0) return { name: written.slice(0, operator.index), target: written.slice(operator.index) };
  return { name: written, target: '' };
}

/** Reads the rows after the heading line until a closing label; returns the index it stopped at. */
export function readRunTogetherIndicators(tree: IndicatorTree, lines: readonly string[], from: number): number {
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    if (isClosingLabel(line)) return index;
    // Peel goal and level names off the start, keeping the rest's spaces for the value split.
    let rest = line.trim();
    const peel = (pattern: RegExp): string | null => {
      const match = pattern.exec(compact(rest));
      if (!match?.[1]) return null;
      rest = dropCharacters(rest, match[1].length);
      return match[1];
    };
    const goalWord = peel(GOAL_PREFIX);
    const goal = goalWord ? matchGoalName(goalWord) : null;
    const level1 = peel(LEVEL1_PREFIX);
    const level2 = peel(LEVEL2_PREFIX);
    if (goal) startGoal(tree, goal);
    applyLevels(tree, level1, level2);
    const { name, target } = splitValue(rest);
    if (name !== '') addIndicator(tree, { name, target, line: index + 1 });
  }
  return lines.length;
}

/** Drops the first `count` non-space characters of `text` and the spaces after them. */
function dropCharacters(text: string, count: number): string {
  let seen = 0;
  let index = 0;
  while (index < text.length && seen < count) {
    if (!/\s/.test(text[index] ?? '')) seen += 1;
    index += 1;
  }
  return text.slice(index).trimStart();
}
