/**
 * One way from any written 一级 (or a 二级 standing in for it) to its stable key, used by the
 * readers (documents/grid/levels.ts), the checks and scoring alike: spaces and a weight note go
 * ("产 出指标（50分）" → 产出指标), then the exact names and variants of core/levels/level-names.ts,
 * then a 二级's parent (经济效益指标 → outcome), then the keyword the name contains (满意 → satisfaction).
 */
import {
  LEVEL_WEIGHT_NOTE,
  LEVEL_WEIGHT_RANGE_NOTE,
  LEVEL_WEIGHT_SUFFIX,
  groupBoundLevel2Entries,
  level1Entries,
  level2AlsoUnder,
  level2Entries,
  level2ShapeKinds,
  MAX_LEVEL2_SHAPE_LENGTH,
  type Level1Entry,
  type Level1Key,
} from './level-names.ts';
import { memoizeByText } from '../memoize-by-text.ts';

const WHITESPACE = /\s+/g;
/**
 * An outline number before a level name, as documents number their levels: "一、产出指标",
 * "（一）数量指标". Only Chinese numerals: "1." / "（1）" / "①" number indicator names (a name
 * "1.公众满意度" is no 二级), and a bare "（一）" stays as written.
 */
const OUTLINE_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])(?=\D)/;

/**
 * A bracketed explanation inside or after a level name, as templates print it ("产出（工作量）指标（数量、
 * 质量、成本方面的指标）", "效益指标（经济效益、社会效益…等方面指标）"): words without a digit, so a weight
 * note ("（50分）") or a code is never taken for one.
 */
const LEVEL_EXPLANATION = /[（(][^（）()\d]{2,40}[）)]/g;

/**
 * 预期 before a 一级, as older templates word the levels of a target ("预期产出指标", "预期效果指标": Guangdong's 批复表,
 * twenty-fifth study): the level itself.
 */
const EXPECTED_PREFIX = '预期';

/** A level cell as the vocabulary compares it: no whitespace, no outline number, no weight note, no bracketed explanation, no 预期 before a 一级. */
export function normalizeLevelText(text: string): string {
  const bare = text.replace(WHITESPACE, '').replace(OUTLINE_NUMBER, '').replace(LEVEL_WEIGHT_NOTE, '').replace(LEVEL_WEIGHT_RANGE_NOTE, '').replace(LEVEL_WEIGHT_SUFFIX, '');
  if (bare.startsWith(EXPECTED_PREFIX) && level1ByWord.has(bare.slice(EXPECTED_PREFIX.length))) return bare.slice(EXPECTED_PREFIX.length);
  if (!/[（(]/.test(bare)) return bare;
  const withoutExplanation = bare.replace(LEVEL_EXPLANATION, '');
  // Only when what remains is a level word: "满意度（服务对象）" → 满意度, a name in brackets stays whole.
  return level1ByWord.has(withoutExplanation) || level2ParentByWord.has(withoutExplanation) ? withoutExplanation : bare;
}

const level1ByWord: ReadonlyMap<string, Level1Entry> = new Map(
  level1Entries.flatMap((entry) => [entry.name, ...entry.variants].map((word) => [word, entry] as const)),
);
const level2ParentByWord: ReadonlyMap<string, Level1Key> = new Map(
  level2Entries.flatMap((entry) => [entry.name, ...entry.variants].map((word) => [word, entry.parent] as const)),
);

/** Keywords tried last, most specific first (满意度 before 效益: "效益满意度" is about satisfaction). */
const LEVEL1_KEYWORDS: ReadonlyArray<readonly [string, Level1Key]> = [
  ['满意', 'satisfaction'],
  ['成本', 'cost'],
  ['效益', 'outcome'],
  ['效果', 'outcome'],
  ['产出', 'output'],
  ['决策', 'decision'],
  ['过程', 'process'],
  ['投入', 'input'],
  ['规划', 'planning'],
];

/** The 一级 entry a cell names exactly (name or variant, after normalising), else null. */
export function findLevel1Entry(text: string): Level1Entry | null {
  return level1ByWord.get(normalizeLevelText(text)) ?? null;
}

/** The parent key of the 二级 a cell names (exactly, else by its shape: level2ShapeKinds), else null. */
export function findLevel2Parent(text: string): Level1Key | null {
  const word = normalizeLevelText(text);
  return level2ParentByWord.get(word) ?? findGoalWordedLevel2Parent(word) ?? findLevel2ParentByShape(word);
}

/**
 * A 二级 written with 目标 for 指标 ("时效目标", "经济效益目标", "满意度目标": a city's 绩效目标评审申报表
 * names its 二级 as goals): the 二级 whose name or variant it is with 指标. Only exact names count, so
 * 绩效目标, 年度目标 or 总体目标 (labels and goal words) stay what they are.
 */
function findGoalWordedLevel2Parent(word: string): Level1Key | null {
  if (!word.endsWith('目标') || word.length < 4) return null;
  return level2ParentByWord.get(`${word.slice(0, -2)}指标`) ?? null;
}

function findLevel2ParentByShape(word: string): Level1Key | null {
  // One 指标, at the end: "产出指标数量指标" is a 一级 and a 二级 run together, not a 二级.
  if (word.indexOf('指标') !== word.length - 2 || word.length > MAX_LEVEL2_SHAPE_LENGTH || word.length < 4 || level1ByWord.has(word) || /[\d%％]/.test(word)) return null;
  return level2ShapeKinds.find(([kind]) => word.includes(kind))?.[1] ?? null;
}

/** The parent key of a 二级 that is a level only inside one 一级's group (绩效目标 under 决策, 满意度 under 效果), when `groupKey` is that group. */
export function findGroupBoundLevel2Parent(text: string, groupKey: Level1Key | null): Level1Key | null {
  const word = normalizeLevelText(text);
  const entry = groupBoundLevel2Entries.find((candidate) => (candidate.group ?? candidate.parent) === groupKey && [candidate.name, ...candidate.variants].includes(word));
  return entry?.parent ?? null;
}

/**
 * True when a 二级 of the `own` 一级 may stand under the `group` 一级 carried from above (成本 under
 * 产出; 满意度 under a 效益 the document wrote, `isGroupWritten`).
 */
export function mayStandUnder(input: { own: Level1Key; group: Level1Key | null; isGroupWritten: boolean; level2Name?: string }): boolean {
  if (input.own === input.group) return true;
  return level2AlsoUnder.some(
    (entry) =>
      entry.level2 === input.own &&
      entry.under === input.group &&
      (input.isGroupWritten || !entry.onlyUnderWrittenLevel1) &&
      (entry.onlyNames === undefined || entry.onlyNames.includes(input.level2Name ?? '')),
  );
}

/** A document repeats its few 一级 headings on every row (a million in bench/analyse.bench.ts). */
const rememberedLevel1Keys = memoizeByText(readLevel1Key);

/** The stable key of a stored or written 一级, or null when it names no known level. */
export function level1KeyOf(level1: string): Level1Key | null {
  return rememberedLevel1Keys(level1);
}

function readLevel1Key(level1: string): Level1Key | null {
  const word = normalizeLevelText(level1);
  const exact = level1ByWord.get(word)?.key ?? level2ParentByWord.get(word);
  if (exact) return exact;
  for (const [keyword, key] of LEVEL1_KEYWORDS) if (word.includes(keyword)) return key;
  return null;
}

const frameworkLevelKeys: ReadonlySet<Level1Key> = new Set(
  level1Entries.filter((entry) => entry.isFrameworkLevel === true).map((entry) => entry.key),
);

/** True when the key is a level of an evaluation scoring framework (决策/过程, 投入, 规划/执行). */
export function isFrameworkLevel(key: Level1Key | null): boolean {
  return key !== null && frameworkLevelKeys.has(key);
}

/** The model's Chinese name of a key (产出指标 …). */
export function level1NameOf(key: Level1Key): string {
  return level1Entries.find((entry) => entry.key === key)?.name ?? '';
}

/** The weight a level heading states ("产出指标（50分）", "效益指标 (30)", "产出指标40分") → "50", else null. */
export function readHeadingWeight(level1: string): string | null {
  const written = level1.replace(WHITESPACE, '');
  return LEVEL_WEIGHT_NOTE.exec(written)?.[1] ?? LEVEL_WEIGHT_SUFFIX.exec(written)?.[1] ?? null;
}
