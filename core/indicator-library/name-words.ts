/**
 * Words that change how an indicator name is written but not what it measures, as data: who is
 * asked (群众对…, 社会公众…), filler (…工作, …情况), and synonyms that mean the same measure
 * (满意率 = 满意度). Used by normaliseIndicatorName; a new wording is a data edit here.
 */

/** Who is asked, removed with a 对/对于 that follows ("群众对…"); elsewhere 对 is part of a word (对象, 对口). */
export const respondentWords: readonly string[] = [
  '社会公众或服务对象',
  '人民群众',
  '社会公众',
  '服务对象',
  '辖区群众',
  '群众',
  '公众',
  '市民',
  '居民',
];

/** Filler removed wherever it stands. */
export const fillerWords: readonly string[] = ['工作', '情况', '相关', '年度', '全年', '指标'];

/** Single characters removed anywhere: the possessive particle. */
export const fillerCharacters: readonly string[] = ['的'];

/** Written variants of one measure → the wording the key keeps. Longest first. */
export const measureSynonyms: ReadonlyArray<readonly [string, string]> = [
  ['满意程度', '满意度'],
  ['满意率', '满意度'],
  ['完成比率', '完成率'],
  ['完成比例', '完成率'],
  ['知晓度', '知晓率'],
  ['覆盖面', '覆盖率'],
];

/** Two keys at least this similar (Dice coefficient of character bigrams) may be one indicator. */
export const SIMILAR_NAME_THRESHOLD = 0.8;
