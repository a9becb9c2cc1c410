/**
 * Indicators a project report lists in one sentence instead of a table (docs/layouts.md "Indicators in a sentence"):
 * - counted: "绩效指标设置5个，分别为：申报人数25人，办结率大于等于90%，…，群众满意度≧90%。" (Yunnan's 项目支出绩效
 *   自评报告): the sentence says how many; when it lists exactly that many items, each item is an indicator, a value
 *   after its name with or without a sign ("25人"), or none (a qualitative item is its name only);
 * - labelled: "绩效目标：道路硬化≥0.5km；验收合格率≥100%；受益人口≥23人改善村容村貌。" (a Jiangxi township's 绩效
 *   评价报告): a 绩效目标 whose every item is a name, a comparison (a sign or a word: 不少于, 大于等于 …) and a figure;
 *   the last item's words after its value are the goal's prose, not the indicator's.
 * - levelled: "1.数量指标：硬化道路1.24公里；路面宽度不低于4米。2.质量指标：…" (the 转移支付 outline's 绩效目标设定情况, an
 *   Anhui township's 衔接资金 report): each item under the level that labels it, which gives its 二级 and 一级;
 *   also under level headings alone on their lines ("一、产出指标" / "（一）数量指标" / "培训人数≧240人；": a target notice
 *   in prose, text/target-notice.ts, which reads its indicators here too), with a template's marks and hints taken off.
 * Anything else (an item without a figure in a labelled goal, a count the items do not match) reads as prose: no
 * indicator is made of a sentence that does not clearly list them. Levels are given only where a level labels the list.
 * Linear: each paragraph is scanned once, each item once.
 */
import type { Indicator } from '../../core/model.ts';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import {
  PREFIX_OPERATORS_BY_LAST_CHARACTER,
  SUFFIX_OPERATORS_BY_FIRST_CHARACTER,
  UNITS_BY_FIRST_CHARACTER,
} from '../../core/indicator-value/vocabulary.ts';
import {
  reportCoreIndicatorMarks,
  reportGoalListHeading,
  reportGoalListLabel,
  reportIndicatorCountClause,
  reportIndicatorListOpener,
  reportLevelHeading,
  reportLevelListLabel,
  reportListResultWords,
  reportListValueAfterComma,
  reportValuePlaceholder,
} from '../vocabulary/report-words.ts';
import { level1KeyOf, mayStandUnder } from '../../core/levels/index.ts';
import { level1NameOf, matchLevel1, matchLevel2 } from '../grid/levels.ts';
import { readCount } from './chinese-numerals.ts';
import { compact } from './normalize.ts';

/** How far before a list opener its count clause may start ("…5个方面设置指标5个。" fits). */
const COUNT_WINDOW = 24;
/** The fewest items of a labelled goal that make a list of indicators. */
const FEWEST_LABELLED_ITEMS = 2;
/** A name longer than this is a clause of prose, not an indicator's name. */
const LONGEST_NAME = 40;
const SHORTEST_NAME = 2;
/** An unknown unit written after a figure ("≥3艘次") is at most this long; longer is prose. */
const LONGEST_UNKNOWN_UNIT = 3;
/** The longest list of indicators read from one sentence, in characters (some 40 indicators). */
const LONGEST_LIST = 1600;

/** A list number before an item ("1.", "（2）", "③"); "1.2公里" is a figure, no number. */
const ITEM_NUMBER = /^(?:\d{1,2}[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）]|[①-⑳])/;
const CJK = /[\u4e00-\u9fff]/;

interface ListedItem {
  /** The levels a level-labelled list gives its items ("数量指标：…" → 产出指标 / 数量指标); empty otherwise. */
  level1?: string;
  level2?: string;
  name: string;
  /** The value as written ("大于等于90%", "25人"); null for a qualitative item. */
  target: string | null;
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

/** Signs written for ≥ and ≤ (">=17600株", "≧300人", "≦1000元/人": a notice's sentences), read as they are. */
const SIGN_VARIANTS = ['>=', '<=', '≧', '≦', '⩾', '⩽'];

/** The length of the prefix operator ending right before `at` (a digit), 0 when none. */
function operatorLengthBefore(text: string, at: number): number {
  const variant = SIGN_VARIANTS.find((sign) => text.slice(at - sign.length, at) === sign);
  if (variant !== undefined) return variant.length;
  const words = PREFIX_OPERATORS_BY_LAST_CHARACTER.get(text.charAt(at - 1)) ?? [];
  for (const { word, notAfter, onlyAfter } of words) {
    const start = at - word.length;
    if (start < 0 || text.slice(start, at) !== word) continue;
    const before = text.charAt(start - 1);
    if (notAfter !== undefined && before !== '' && notAfter.includes(before)) continue;
    if (onlyAfter !== undefined && (before === '' || !onlyAfter.includes(before))) continue;
    return word.length;
  }
  return 0;
}

/** Where the figure starting at `at` ends: its digits, a known unit (with a per-unit), a suffix operator. */
function valueEnd(text: string, at: number): { end: number; hasUnit: boolean } {
  let end = at;
  while (isDigit(text[end]) || ((text[end] === '.' || text[end] === ',') && isDigit(text[end + 1]))) end += 1;
  const unit = UNITS_BY_FIRST_CHARACTER.get(text.charAt(end))?.find((candidate) => text.startsWith(candidate, end));
  if (unit !== undefined) {
    end += unit.length;
    const per = text[end] === '/' ? UNITS_BY_FIRST_CHARACTER.get(text.charAt(end + 1))?.find((candidate) => text.startsWith(candidate, end + 1)) : undefined;
    if (per !== undefined) end += 1 + per.length;
  }
  const suffix = SUFFIX_OPERATORS_BY_FIRST_CHARACTER.get(text.charAt(end))?.find(({ word }) => text.startsWith(word, end));
  if (suffix !== undefined) end += suffix.word.length;
  return { end, hasUnit: unit !== undefined || suffix !== undefined };
}

/** The start of a date the figure at `at` ends ("11月30日前": back over "11月"), else `at`. */
function dateStart(text: string, at: number): number {
  let start = at;
  while ((text[start - 1] === '月' || text[start - 1] === '年') && isDigit(text[start - 2])) {
    start -= 1;
    while (isDigit(text[start - 1])) start -= 1;
  }
  return start;
}

function isName(name: string): boolean {
  return name.length >= SHORTEST_NAME && name.length <= LONGEST_NAME && CJK.test(name);
}

/**
 * One item as a name and its value. With a comparison (sign or word) before a figure the value opens there; `isBare`
 * also takes a figure ending the item ("申报人数25人") or no figure at all (a qualitative item, its name only).
 * `hasTail`: words after the value are prose to drop (a labelled goal's last item). Null when the item is no indicator.
 */
function splitItem(item: string, { isBare, hasTail }: { isBare: boolean; hasTail: boolean }): ListedItem | null {
  for (let at = 1; at < item.length; at += 1) {
    if (!isDigit(item[at]) || isDigit(item[at - 1]) || item[at - 1] === '.') continue;
    const operator = operatorLengthBefore(item, at);
    if (operator === 0) continue;
    const name = item.slice(0, at - operator);
    if (!isName(name)) return null;
    const { end, hasUnit } = valueEnd(item, at);
    const rest = item.slice(end);
    if (rest === '' || (hasTail && hasUnit)) return { name, target: item.slice(at - operator, end) };
    // An unknown unit ("≥3艘"), short and without figures or punctuation; longer words after the value are prose.
    if (rest.length <= LONGEST_UNKNOWN_UNIT && CJK.test(rest) && !/[\d，。；、：,.;:]/.test(rest)) return { name, target: item.slice(at - operator) };
    return null;
  }
  if (!isBare) return null;
  // A figure ending the item (its date parts included), else the item is its name.
  let at = item.length;
  while (at > 0 && !isDigit(item[at - 1])) at -= 1;
  while (isDigit(item[at - 1]) || ((item[at - 1] === '.' || item[at - 1] === ',') && isDigit(item[at - 2]))) at -= 1;
  if (at < item.length && isDigit(item[at]) && valueEnd(item, at).end === item.length) {
    const start = dateStart(item, at);
    const name = item.slice(0, start);
    if (isName(name)) return { name, target: item.slice(start) };
  }
  return isName(item) ? { name: item, target: null } : null;
}

/** An item without the marks closing a list ("…满意度≥90%等", a full stop). */
function withoutClosingMarks(item: string): string {
  let end = item.length;
  while (end > 0 && '等。.'.includes(item.charAt(end - 1))) end -= 1;
  return item.slice(0, end);
}

/** A piece holding a template's placeholder hint ("种植数量（≥**株）>=17600株"). */
const HAS_PLACEHOLDER = new RegExp(reportValuePlaceholder.source);

/** The items of a list (its separator: ；when it holds one, else ，), numbers, core marks (★) and closing marks taken off. */
function splitList(text: string, separators = /[；;]/.test(text) ? '；;' : '，,'): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let at = 0; at <= text.length; at += 1) {
    const character = text.charAt(at);
    if (character === '（' || character === '(') depth += 1;
    else if ((character === '）' || character === ')') && depth > 0) depth -= 1;
    else if (at === text.length || (depth === 0 && separators.includes(character))) {
      items.push(withoutClosingMarks(text.slice(start, at).replace(reportCoreIndicatorMarks, '').replace(ITEM_NUMBER, '')));
      start = at + 1;
    }
  }
  return items.filter((item) => item !== '');
}

/**
 * The text from `at` to the sentence's end (。) or the paragraph's; null past LONGEST_LIST characters (no list runs so
 * long, and a bounded look keeps a paragraph of many labels linear).
 */
function sentenceFrom(paragraph: string, at: number): string | null {
  const window = paragraph.slice(at, at + LONGEST_LIST + 1);
  const end = window.indexOf('。');
  if (end >= 0) return window.slice(0, end);
  return window.length <= LONGEST_LIST ? window : null;
}

/** A counted list: as many items as the count says, each an indicator. */
function readCountedList(paragraph: string): ListedItem[] | null {
  for (const opener of paragraph.matchAll(reportIndicatorListOpener)) {
    const counted = reportIndicatorCountClause.exec(paragraph.slice(Math.max(0, opener.index - COUNT_WINDOW), opener.index));
    const written = counted?.[1] ?? counted?.[2];
    if (written === undefined) continue;
    const sentence = sentenceFrom(paragraph, opener.index + opener[0].length);
    const items = sentence === null ? [] : splitList(sentence);
    if (items.length === 0 || items.length !== readCount(written)) continue;
    const listed = items.map((item) => splitItem(item, { isBare: true, hasTail: false }));
    if (listed.every((entry) => entry !== null)) return listed as ListedItem[];
  }
  return null;
}

/** A labelled goal's list: every item a name with a comparison and a figure. */
function readGoalList(text: string): ListedItem[] | null {
  const sentence = sentenceFrom(text, 0);
  const items = sentence === null ? [] : splitList(sentence);
  if (items.length < FEWEST_LABELLED_ITEMS) return null;
  const listed = items.map((item, index) => splitItem(item, { isBare: false, hasTail: index === items.length - 1 }));
  return listed.every((entry) => entry !== null) ? (listed as ListedItem[]) : null;
}

/** The lists of a paragraph labelled 绩效目标 (the list after the label, or the next paragraph after a heading). */
function readLabelledLists(paragraph: string, next: string | undefined): ListedItem[] | null {
  if (reportGoalListHeading.test(paragraph)) return next === undefined ? null : readGoalList(next);
  for (const label of paragraph.matchAll(reportGoalListLabel)) {
    const listed = readGoalList(paragraph.slice(label.index + label[0].length));
    if (listed) return listed;
  }
  return null;
}

/** The levels a list label names: a 二级 with the 一级 it implies, or a 一级 alone; null for any other words. */
function levelsOfLabel(words: string): { level1: string; level2: string } | null {
  const level2 = matchLevel2(words);
  if (level2) return { level1: level1NameOf(level2.parent), level2: level2.name };
  const level1 = matchLevel1(words);
  return level1 ? { level1: level1.name, level2: '' } : null;
}

/** The level labels of a paragraph, in order: where each starts, where its list starts, the levels it names. */
function findLevelLabels(paragraph: string): Array<{ start: number; end: number; level1: string; level2: string }> {
  const labels: Array<{ start: number; end: number; level1: string; level2: string }> = [];
  for (const match of paragraph.matchAll(reportLevelListLabel)) {
    // A label opens the paragraph, follows a list's end (。；) or the label before it ("效益指标：经济效益指标：…": a 一级
    // and its 二级), so a level word inside prose is none.
    const before = paragraph.charAt(match.index - 1);
    if (match.index > 0 && !'。；;'.includes(before) && labels.at(-1)?.end !== match.index) continue;
    // After a comma only a level's full name ("可持续影响指标，持续发展"): "数量，…" is prose.
    const words = match[1] ?? '';
    if ((match[2] === ',' || match[2] === '，') && !words.endsWith('指标')) continue;
    const levels = levelsOfLabel(words);
    if (levels) labels.push({ start: match.index, end: match.index + match[0].length, ...levels });
  }
  return labels;
}

/**
 * A label's levels under the heading above it: a 二级 the heading's 一级 may hold (成本指标 under 产出指标, as older
 * templates place it: core/levels mayStandUnder) keeps that 一级; otherwise the label's own.
 */
function underHeading(levels: { level1: string; level2: string }, heading: { level1: string; level2: string } | null): { level1: string; level2: string } {
  if (heading === null || levels.level2 === '' || heading.level1 === levels.level1) return levels;
  const own = level1KeyOf(levels.level1);
  const group = level1KeyOf(heading.level1);
  return own !== null && group !== null && mayStandUnder({ own, group, isGroupWritten: true, level2Name: levels.level2 })
    ? { level1: heading.level1, level2: levels.level2 }
    : levels;
}

/**
 * The levels a heading alone on its line names under the heading before it ("一、产出指标", "（一）数量指标"), else null.
 * A heading of the first rank ("三、满意度指标": a numeral and 、) naming a 一级 opens that 一级, whatever 二级 its words
 * also name.
 */
function levelsOfHeading(paragraph: string, before: { level1: string; level2: string } | null): { level1: string; level2: string } | null {
  const heading = reportLevelHeading.exec(paragraph);
  const words = heading?.[1];
  if (heading === null || words === undefined) return null;
  const level1 = /^[一二三四五六七八九十]/.test(heading[0]) ? matchLevel1(words) : null;
  if (level1) return { level1: level1.name, level2: '' };
  const levels = levelsOfLabel(words);
  return levels === null ? null : underHeading(levels, before);
}

/**
 * The items of one level's list. A comma inside an item of a ；list parts two indicators ("…产值≥96万元，…增加收入≥42万元");
 * words right before a piece holding a template's placeholder hint are the template's category, no indicator ("补助各类蔬菜
 * 种植数量，草莓种植数量（≥**株）>=26400株"); a name and the value after its comma ("完成时限，2025年9月底前", "…意识，提高":
 * reportListValueAfterComma) are one item. Placeholder hints are taken off. Null when a piece is no item.
 */
function readListItems(list: string): ListedItem[] | null {
  if (list.length > LONGEST_LIST) return null;
  const groups = /[；;]/.test(list) ? splitList(list).map((item) => splitList(item, '，,')) : [splitList(list)];
  const read: ListedItem[] = [];
  for (const written of groups) {
    const isHinted = written.map((piece) => HAS_PLACEHOLDER.test(piece));
    const pieces = written.map((piece, index) => (isHinted[index] ? piece.replace(reportValuePlaceholder, '') : piece));
    for (let at = 0; at < pieces.length; at += 1) {
      const piece = pieces[at] ?? '';
      const next = pieces[at + 1];
      const isWords = !/\d/.test(piece);
      if (next !== undefined && isWords && isName(piece) && reportListValueAfterComma.test(next)) {
        read.push({ name: piece, target: next });
        at += 1;
        continue;
      }
      if (isWords && isHinted[at + 1] === true) continue;
      const listed = splitItem(piece, { isBare: true, hasTail: false });
      if (listed === null) return null;
      read.push(listed);
    }
  }
  return read;
}

/**
 * A list whose items stand under the level that labels them: "1.数量指标：硬化道路1.24公里；路面宽度不低于4米。2.质量指标：
 * 工程验收合格率100%。…" on one paragraph or one label per paragraph (consecutive paragraphs opening with a label),
 * or under a level heading alone on its line ("一、产出指标" / "（一）数量指标" / "参训人数≧240人；": a target notice in
 * prose), whose paragraphs are its lists while each of their items has a value.
 * The first run of two labels or more whose every item is a name with or without its figure; a run reporting results
 * (已完成, 未达到) sets no indicators and is none.
 */
function readLevelledList(paragraphs: ReadonlyArray<{ paragraph: string; line: number }>): Array<ListedItem & { line: number }> | null {
  let run: Array<ListedItem & { line: number }> = [];
  let labelsInRun = 0;
  let isRunSound = true;
  let heading: { level1: string; level2: string } | null = null;
  const finishRun = (): Array<ListedItem & { line: number }> | null => {
    const found = labelsInRun >= FEWEST_LABELLED_ITEMS && isRunSound && run.length > 0 && run.some((item) => item.target !== null) ? run : null;
    run = [];
    labelsInRun = 0;
    isRunSound = true;
    heading = null;
    return found;
  };
  const addList = (list: string, levels: { level1: string; level2: string }, line: number): void => {
    if (reportListResultWords.some((word) => list.includes(word))) isRunSound = false;
    const items = readListItems(list);
    if (items === null || items.length === 0) isRunSound = false;
    for (const item of items ?? []) run.push({ ...item, ...levels, line });
  };
  for (const { paragraph, line } of paragraphs) {
    const headed = levelsOfHeading(paragraph, heading);
    if (headed) {
      labelsInRun += 1;
      heading = headed;
      continue;
    }
    const labels = findLevelLabels(paragraph);
    if (labels[0]?.start !== 0) {
      // A paragraph under a heading is its list when every item has its value.
      const items = heading === null || reportListResultWords.some((word) => paragraph.includes(word)) ? null : readListItems(paragraph);
      if (heading !== null && items !== null && items.length > 0 && items.every((item) => item.target !== null)) {
        for (const item of items) run.push({ ...item, ...heading, line });
        continue;
      }
      const found = finishRun();
      if (found) return found;
      continue;
    }
    for (const [index, label] of labels.entries()) {
      const list = paragraph.slice(label.end, labels[index + 1]?.start ?? paragraph.length);
      labelsInRun += 1;
      // A 一级 label right before its 二级's ("效益指标：经济效益指标：…") holds no list of its own.
      if (list === '' && labels[index + 1] !== undefined) continue;
      addList(list, underHeading({ level1: label.level1, level2: label.level2 }, heading), line);
    }
  }
  return finishRun();
}

/**
 * The indicators a project report lists in sentences, from its paragraphs (wrapped lines joined, each at its first
 * line's index, continuations empty: unwrapLines): in order, a name listed twice kept once. Empty when none is listed.
 */
export function readListedIndicators(paragraphs: readonly string[]): Indicator[] {
  const indicators: Indicator[] = [];
  const names = new Set<string>();
  const filled = paragraphs.flatMap((text, index) => {
    const paragraph = compact(text);
    return paragraph === '' ? [] : [{ paragraph, line: index + 1 }];
  });
  const add = ({ name, target, level1, level2 }: ListedItem, line: number): void => {
    if (names.has(name)) return;
    names.add(name);
    indicators.push({ level1: level1 ?? '', level2: level2 ?? '', name, target: target === null ? null : parseIndicatorValue(target, { name }), line });
  };
  for (const [place, { paragraph, line }] of filled.entries()) {
    const listed = readCountedList(paragraph) ?? readLabelledLists(paragraph, filled[place + 1]?.paragraph);
    for (const item of listed ?? []) add(item, line);
  }
  if (indicators.length > 0) return indicators;
  for (const item of readLevelledList(filled) ?? []) add(item, item.line);
  return indicators;
}
