/**
 * The words and units the indicator-value parser understands. Sources: the four sample
 * documents in ../shared/seeds, DOMAIN.md ("指标值: how targets and actuals are written") and
 * common wording in published 绩效目标表. Kept as data so adding a word is a one-line change.
 */
import type { Change, Operator } from '../model.ts';

export interface OperatorWord {
  word: string;
  operator: Operator;
  /** Characters that, right before the word, mean it is not an operator (下达 is not 达). */
  notAfter?: string;
  /** When set, the word counts only right after one of these characters (办结率为100%). */
  onlyAfter?: string;
}

/** Operators written before the number, symbols included (NFKC has already run). */
const prefixOperatorWords: OperatorWord[] = [
  { word: '≥', operator: '>=' },
  { word: '>', operator: '>' },
  { word: '=', operator: '=' },
  { word: '≤', operator: '<=' },
  { word: '<', operator: '<' },
  { word: '不少于', operator: '>=' },
  { word: '不得少于', operator: '>=' },
  { word: '不低于', operator: '>=' },
  { word: '不得低于', operator: '>=' },
  { word: '不小于', operator: '>=' },
  { word: '大于等于', operator: '>=' },
  { word: '大于或等于', operator: '>=' },
  { word: '高于或等于', operator: '>=' },
  { word: '至少', operator: '>=' },
  { word: '最少', operator: '>=' },
  { word: '达到', operator: '>=' },
  { word: '达', operator: '>=', notAfter: '下传送转表直抵到通' },
  { word: '大于', operator: '>' },
  { word: '超过', operator: '>' },
  { word: '高于', operator: '>' },
  { word: '多于', operator: '>' },
  { word: '不超过', operator: '<=' },
  { word: '不得超过', operator: '<=' },
  { word: '未超过', operator: '<=' },
  { word: '不高于', operator: '<=' },
  { word: '不得高于', operator: '<=' },
  { word: '不大于', operator: '<=' },
  { word: '不多于', operator: '<=' },
  { word: '小于等于', operator: '<=' },
  { word: '小于或等于', operator: '<=' },
  { word: '低于或等于', operator: '<=' },
  { word: '至多', operator: '<=' },
  { word: '最多', operator: '<=' },
  { word: '控制在', operator: '<=' },
  { word: '少于', operator: '<' },
  { word: '低于', operator: '<' },
  { word: '小于', operator: '<' },
  { word: '不足', operator: '<' },
  { word: '未满', operator: '<' },
  { word: '等于', operator: '=' },
  // "为" is "is/equals" only after a measure word (办结率为100%), not in 作为/成为/行为.
  { word: '为', operator: '=', onlyAfter: '率数量值额比度例' },
];

/** Operators written after the number and unit: 55%以上, 48小时内, 20日前. */
const suffixOperatorWords: OperatorWord[] = [
  { word: '及以上', operator: '>=' },
  { word: '或以上', operator: '>=' },
  { word: '以上', operator: '>=' },
  { word: '及以下', operator: '<=' },
  { word: '或以下', operator: '<=' },
  { word: '以下', operator: '<=' },
  { word: '以内', operator: '<=' },
  { word: '之内', operator: '<=' },
  { word: '内', operator: '<=' },
  { word: '之前', operator: '<=' },
  { word: '以前', operator: '<=' },
  { word: '前', operator: '<=' },
];

const byLengthDescending = (a: { word: string }, b: { word: string }) => b.word.length - a.word.length;

/** Grouped by a key character, longest first, so 不超过 wins over 超过 and 达到 over 达. */
function groupWords<Entry extends { word: string }>(entries: readonly Entry[], keyOf: (word: string) => string) {
  const groups = new Map<string, Entry[]>();
  for (const entry of [...entries].sort(byLengthDescending)) {
    const key = keyOf(entry.word);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return groups as ReadonlyMap<string, readonly Entry[]>;
}
const lastCharacter = (word: string) => word[word.length - 1] ?? '';
const firstCharacter = (word: string) => word[0] ?? '';

/** Prefix operators by their last character (the one right before the number). */
export const PREFIX_OPERATORS_BY_LAST_CHARACTER = groupWords(prefixOperatorWords, lastCharacter);
/** Suffix operators by their first character (the one right after the unit). */
export const SUFFIX_OPERATORS_BY_FIRST_CHARACTER = groupWords(suffixOperatorWords, firstCharacter);

/** "前" (before) is an upper bound only after a time unit: 20日前, not 排名前. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  '年', '月', '个月', '日', '天', '小时', '时', '分钟', '秒', '周', '季度', '工作日', '个工作日',
]);

/** Canonical symbol per operator, used by the formatter. */
export const OPERATOR_SYMBOLS: Readonly<Record<Operator, string>> = {
  '>=': '≥',
  '>': '>',
  '=': '=',
  '<=': '≤',
  '<': '<',
};

const changeWords: ReadonlyArray<{ word: string; change: Change }> = [
  { word: '下降', change: 'decrease' },
  { word: '降低', change: 'decrease' },
  { word: '减少', change: 'decrease' },
  { word: '下滑', change: 'decrease' },
  { word: '上升', change: 'increase' },
  { word: '增长', change: 'increase' },
  { word: '增加', change: 'increase' },
  { word: '提高', change: 'increase' },
  { word: '提升', change: 'increase' },
];

export const CHANGE_WORDS = changeWords;
/** Change words by their last character (the one right before the number or operator). */
export const CHANGE_WORDS_BY_LAST_CHARACTER = groupWords(changeWords, lastCharacter);

/** Canonical change word per change, used by the formatter. */
export const CHANGE_LABELS: Readonly<Record<Change, string>> = { decrease: '下降', increase: '上升' };

/** Units seen in 指标值 columns. Longest match wins (万元 over 万, 个月 over 个, 分钟 over 分). */
const units = [
  '%', '‰',
  '元', '万元', '亿元', '千元', '万', '亿',
  '分', '分钟', '秒', '小时', '时', '天', '日', '周', '个月', '月', '年', '季度', '工作日', '个工作日',
  '次', '人次', '万人次', '户次', '车次', '架次', '场次', '批次', '课时', '学时',
  '人', '名', '户', '个', '份', '起', '件', '家', '台', '辆', '套', '项', '场', '篇', '期', '条',
  '张', '所', '块', '批', '类', '种', '处', '座', '间', '册', '本', '部', '只', '头', '株', '棵',
  '盏', '根', '路', '支', '队', '宗', '笔', '例', '枚', '台套', '倍', '村', '点', '位', '层', '栋',
  '平方米', '平方公里', '米', '公里', '千米', '亩', '公顷', '吨', '千克', '公斤', '立方米',
  'm2', 'm', 'km', 'kg', 't', 'h', 'GB', 'TB', 'M',
  // A budget system's unit list names "%" so ("=100百分比", a Gansu 省级部门预算项目支出绩效目标表, twenty-third study).
  '百分比',
];

/** Units written as words for a unit the checks know by its sign: the value's unit is the sign. */
export const UNIT_SIGNS: ReadonlyMap<string, string> = new Map([['百分比', '%']]);

/** Units grouped by first character, longest first, so matching is a short list walk. */
export const UNITS_BY_FIRST_CHARACTER: ReadonlyMap<string, readonly string[]> = groupByFirstCharacter(units);

function groupByFirstCharacter(words: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = word[0] ?? '';
    const group = groups.get(first) ?? [];
    group.push(word);
    groups.set(first, group);
  }
  for (const group of groups.values()) group.sort((a, b) => b.length - a.length);
  return groups;
}

/** Characters allowed after a slash in a compound unit: 次/年, 元/月人, 元/人, 人次/季度. */
export const DENOMINATOR_CHARACTERS: ReadonlySet<string> = new Set(
  [...'年月日天周季度时小人次户个台辆件家所班场项平方米公里亩吨座'],
);

/** Counting units that usually name the scope ("8类场所"), not the measured quantity. */
export const SCOPE_UNITS: ReadonlySet<string> = new Set(['类', '种']);

/**
 * Indicator-name words that make a bare number lower-better (反向, DOMAIN.md). Rate words are
 * checked before the "ends in 率 → higher-better" rule; the others after it, so 专项经费执行率
 * stays higher-better while 专项行动工作经费 is lower-better.
 */
export const LOWER_BETTER_RATE_WORDS: readonly string[] = [
  '发生率', '事故率', '发案率', '案发率', '犯罪率', '复发率', '死亡率', '伤亡率', '差错率', '错误率',
  '失误率', '故障率', '投诉率', '失败率', '空置率', '超标率',
];
export const LOWER_BETTER_NAME_WORDS: readonly string[] = [
  '时间', '时限', '用时', '耗时', '天数', '经费', '成本', '费用', '投诉', '事故数', '事故起数',
];

/** Words that make a target vague when no number comes with them (DOMAIN.md: 提高, 改善, 加强). */
export const VAGUE_WORDS: readonly string[] = [
  '提高', '提升', '改善', '加强', '增强', '进一步', '促进', '优化', '不断', '逐步', '明显', '显著',
  '大幅', '较大', '积极', '努力', '尽量', '尽可能',
];

/** Cell contents that stand for "no value" (DOMAIN.md: 无, 不涉及, /). */
export const PLACEHOLDER_TEXTS: ReadonlySet<string> = new Set([
  '无', '不涉及', '/', '//', '-', '--', '—', '——', '–', '―', '空', '暂无', '无此项', '不适用', 'N/A',
  'n/a', 'NA', '/无', '\\',
]);
