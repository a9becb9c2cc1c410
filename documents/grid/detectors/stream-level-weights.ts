/**
 * Score sheets with a 分值 after each level ("一级指标分值二级指标分值三级指标分值得分", the 2011/2013
 * frameworks as Hainan's 财政支出项目绩效评价报告 prints them) run together: "投入21项目立项15项目立项规范性55…".
 * The level's weight follows its word, the 三级's 分值 and 得分 are glued ("55"), and the sheet may name
 * 二级 the vocabulary does not know (资金落实, 业务管理): a word right before a weight. Helpers of
 * spaceless-stream.ts's reading.
 */
import type { ColumnRole } from '../../vocabulary/columns.ts';

/** A 二级 read only from its weight costs: a name before a number reads the same way. */
export const UNKNOWN_LEVEL2_POINTS = 3;
const MAX_POINTS = 100;
const LEVEL_WEIGHT = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?分?/;
/** The longest 二级 read from its weight alone (项目立项, 资金落实, 产出数量与质量). */
const MAX_UNKNOWN_LEVEL2 = 8;
const NO_LEVEL2_CHARACTER = /[\d≥≤%％：:，,。；;<>=]/;

/** Whether the header's column at `index` is the weight of the level before it. */
export function isLevelWeight(roles: readonly ColumnRole[], index: number): boolean {
  const before = roles[index - 1];
  return roles[index] === 'weight' && (before === 'level1' || before === 'level2') && index < roles.indexOf('name');
}

/** The columns of the 一级's and the 二级's weights (-1 where the header has none). */
export function findLevelWeightColumns(roles: readonly ColumnRole[]): { level1: number; level2: number } {
  const columnAfter = (level: ColumnRole): number => {
    const index = roles.indexOf(level) + 1;
    return index > 0 && isLevelWeight(roles, index) ? index : -1;
  };
  return { level1: columnAfter('level1'), level2: columnAfter('level2') };
}

/** A header opening with a points word before its levels ("评分一级指标…"): that word ends the heading above. */
export function isPointsBeforeLevels(roles: readonly ColumnRole[]): boolean {
  const [first, second] = roles;
  return (first === 'score' || first === 'weight') && (second === 'level1' || second === 'level2');
}

/** A figure written with 分 after it, outside a bracketed note ("(1分)") and a rule's wording ("扣0.5分", "得10分"). */
const FIGURE_WITH_POINTS_UNIT = /(?<![（(扣得减计加.\d])\d+(?:\.\d{1,2})?分/g;
/** A figure between two letters, written without a unit after it ("目标内容44决策过程"). */
const FIGURE_BETWEEN_LETTERS = /(?<=[\u4e00-\u9fff])\d+(?:\.\d{1,2})?(?=[\u4e00-\u9fff])/g;
const isLetter = (character: string): boolean => /[\u4e00-\u9fff]/.test(character);

/**
 * Whether a run-together sheet writes its points bare: its figures between letters outnumber twice over those
 * written with 分 ("资金分配8分配办法22分配结果65…", every other figure bare). There a 分 after a figure and before
 * a letter is the next name's first character (分配办法, 分配结果), never the figure's unit; a sheet writing
 * "20分项目立项6分…" is none.
 */
export function writesBarePoints(text: string): boolean {
  const withUnit = text.match(FIGURE_WITH_POINTS_UNIT)?.length ?? 0;
  const bare = [...text.matchAll(FIGURE_BETWEEN_LETTERS)].filter((match) => text.charAt(match.index + match[0].length) !== '分').length;
  return bare > 2 * withUnit;
}

/** Whether the 分 at `at`, right after a figure, is that figure's unit: not in a bare sheet before a letter ("8|分配办法"). */
export function isPointsUnitAt(text: string, at: number, isBare: boolean): boolean {
  return text.charAt(at) === '分' && !(isBare && isLetter(text.charAt(at + 1)));
}

/**
 * The weight written at `at` (all its digits, at most 100), put in the row's `column`; returns where the row goes on.
 * In a sheet writing its points bare (`isBare`) a 分 before a letter is left to the name after it.
 */
export function takeLevelWeight(text: string, at: number, row: string[], column: number, isBare = false): number {
  if (column < 0) return at;
  const written = LEVEL_WEIGHT.exec(text.slice(at, at + 8))?.[0];
  const weight = written?.endsWith('分') && !isPointsUnitAt(text, at + written.length - 1, isBare) ? written.slice(0, -1) : written;
  if (weight === undefined || /\d/.test(text.charAt(at + weight.length)) || Number(weight.replace('分', '')) > MAX_POINTS) return at;
  row[column] = weight.replace('分', '');
  return at + weight.length;
}

/** A word of two to eight characters right before a figure at `at` ("资金落实6…"), or undefined. */
export function weightedWordAt(text: string, at: number): { word: string } | undefined {
  for (let end = at + 2; end <= Math.min(text.length - 1, at + MAX_UNKNOWN_LEVEL2); end += 1) {
    if (NO_LEVEL2_CHARACTER.test(text.charAt(end - 1))) return undefined;
    if (/\d/.test(text.charAt(end))) return { word: text.slice(at, end) };
  }
  return undefined;
}

/**
 * The figures after a 总分 in such a sheet ("总分10010010091"): the 得分 last, the weights before it from the
 * name's back to the 一级's, each read whole when at most 100. Returns where the row ends.
 */
export function fillTotalsPoints(text: string, at: number, roles: readonly ColumnRole[], row: string[]): number {
  const figures: string[] = [];
  let next = at;
  for (let count = 0; count < roles.length; count += 1) {
    const digits = /^\d{1,12}(?:\.\d{1,2})?/.exec(text.slice(next, next + 16))?.[0];
    if (digits === undefined) break;
    // All of it when at most 100 ("95.5"), else the longest whole number of at most 100 it opens with.
    let length = Number(digits) <= MAX_POINTS ? digits.length : Math.min(digits.indexOf('.') < 0 ? digits.length : digits.indexOf('.'), 3);
    while (length > 1 && Number(digits.slice(0, length)) > MAX_POINTS) length -= 1;
    figures.push(digits.slice(0, length));
    next += length;
    if (text.charAt(next) === '分') next += 1;
  }
  const columns = roles.flatMap((role, index) => (role === 'weight' || role === 'score' ? [index] : []));
  const score = roles.indexOf('score');
  const placed = score >= 0 && figures.length > 0 ? [...columns.filter((index) => index !== score), score].slice(-figures.length) : columns.slice(0, figures.length);
  placed.forEach((column, index) => (row[column] = figures[index] as string));
  return next;
}
