/**
 * A whole table run together with no separator at all, often inside the one line a web page or PDF
 * gave for the whole document: "…绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)
 * 数量指标安装计量设施10≥180套186套10质量指标…总分100100". The header is found inside the line by the
 * column vocabulary; the stream after it is segmented by the grammar its columns promise: level
 * names (with their "(70分)"), a name, then per column a value of core's value grammar (operator,
 * number, unit), a plain 分值/得分 (at most 100, no leading zero) or an optional text. Every way
 * of cutting the stream is weighed at once (dynamic programming over positions): rows that end
 * where the next row can start, typed values and names without digits at their edges score; a cut
 * that leaves the stream unexplained is no reading at all.
 */
import { UNITS_BY_FIRST_CHARACTER } from '../../../core/indicator-value/vocabulary.ts';
import { likelihoodWordings } from '../../../core/monitoring/vocabulary.ts';
import {
  describeColumnRole,
  explanationOpenings,
  isBandWord,
  matchColumnRole,
  nameAndValueHeadings,
  scoringRuleConsequence,
  scoringRuleEndings,
  scoringRuleOpenings,
  tableEndWords,
  totalsWords,
  type ColumnRole,
} from '../../vocabulary/columns.ts';
import { isQualitativeValue, OPERATOR_START } from '../cell-kinds.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { findGoalLabelAtEnd } from '../goal-names.ts';
import { groupBoundLevel2Entries, level1Entries, level2Entries, level2ShapeKinds, type Level1Key } from '../../vocabulary/levels.ts';
import { mayStandUnder } from '../../../core/levels/index.ts';
import { matchLevel1, matchLevel2, matchLevel2InGroup } from '../levels.ts';
import { headerWordAt, headerWords, levelWords, MAX_HEADER_WORDS, readHeaderAt, readHeaderWords, withUnwrittenLevel2 } from './run-together-words.ts';
import type { LayoutDetector } from './types.ts';
import { joinSpacedColumnNotes, withLostLevel1 } from './header-word-repairs.ts';
import { findWordAt, findWordsAt } from '../../vocabulary/word-at.ts';
import { findGroupLevel2Words, findRowStartLevel2Words, LONGEST_OWN_LEVEL2, type RowStart, type WordJudge } from './stream-level2-words.ts';
import {
  fillTotalsPoints,
  findLevelWeightColumns,
  isLevelWeight,
  isPointsBeforeLevels,
  isPointsUnitAt,
  takeLevelWeight,
  UNKNOWN_LEVEL2_POINTS,
  weightedWordAt,
  writesBarePoints,
} from './stream-level-weights.ts';

/** A stream shorter than this after its header is no run-together table. */
const MIN_STREAM_LENGTH = 20;
/** The shortest row a later goal block may hold: a two-character name and two one-character values. */
const MIN_ROW_LENGTH = 4;
/** Names of 三级 indicators are short phrases. */
const MAX_NAME_LENGTH = 40;
/** A text value (12月底前, 有效提升) is short; a longer run is a missed row boundary. */
const MAX_TEXT_VALUE_LENGTH = 16;
/** 分值 and 得分 of one indicator never pass the table's 100 points. */
const MAX_POINTS = 100;
const LEVEL_NOTE = /^[（(]\d{1,3}(?:\.\d{1,2})?分?[）)]/;
const NUMBER = /^(?:0|[1-9]\d{0,7})(?:\.\d{1,4})?/;
/** Names and values hold no sentence punctuation; prose after the table does. */
const SENTENCE_MARK = /[：:，,。；;]/;
const RATE_SUFFIX = /^(以上|以下|以内|及以上|及以下)/;

/** 二级 names that are levels only inside one 一级's group (项目目标, 绩效目标 under 决策), longest first. */
const groupBoundWords: readonly string[] = groupBoundLevel2Entries.flatMap((entry) => [entry.name, ...entry.variants]).sort((a, b) => b.length - a.length);

type CellGrammar = 'points' | 'value' | 'text' | 'likelihood' | 'explanation' | 'rule';
const grammarOf: Partial<Record<ColumnRole, CellGrammar>> = {
  weight: 'points',
  score: 'points',
  scoreRatio: 'points',
  initialTarget: 'value',
  target: 'value',
  actual: 'value',
  actualToDate: 'value',
  forecast: 'value',
  deviation: 'text',
  remark: 'text',
  likelihood: 'likelihood',
  content: 'explanation',
  scoringRule: 'rule',
  completionRate: 'value',
  reviewScore: 'points',
  dataItem: 'value',
};

/** 完成目标可能性 as monitoring tables write it in a cell, longest first (core/monitoring/vocabulary.ts). */
const LIKELIHOOD_WORDS = likelihoodWordings;

/** The likelihood word at `at`, or an empty cell. */
function likelihoodCuts(text: string, at: number): Cut[] {
  const word = findWordAt(text, at, LIKELIHOOD_WORDS);
  return word === undefined ? [{ end: at, text: '', points: 0 }] : [{ end: at + word.length, text: word, points: TYPED_VALUE_POINTS }];
}

interface Cut {
  end: number;
  text: string;
  points: number;
  /** A value's unit as cut ("个", "%", "" for none); undefined for points and texts. */
  unit?: string;
}

/** What turns a level word into an indicator's name: "预算执行" + 率. */
const MEASURE_SUFFIX = /^[率]$/;

/** The level word at `at` ("产出指标", "社会效益指标"), with its weight note, or undefined. */
function levelAt(text: string, at: number, isLevel1: boolean): string | undefined {
  // A level word that a measure's 率 continues is a name ("预算执行率" under 项目管理), no level.
  const written = findWordsAt(text, at, levelWords).filter((word) => !MEASURE_SUFFIX.test(text.charAt(at + word.length)));
  // A 一级 word opening a longer 二级 is that 二级's first word ("决策过程8" under 项目决策: no 决策 and 过程).
  const longestLevel2 = Math.max(0, ...written.filter((word) => matchLevel1(word) === null && matchLevel2(word) !== null).map((word) => word.length));
  const candidates = written.filter((word) =>
    isLevel1 ? matchLevel1(word) !== null && word.length >= longestLevel2 : matchLevel1(word) === null && matchLevel2(word) !== null,
  );
  const word = candidates[0] ?? (isLevel1 ? shortLevel1At(text, at) : undefined);
  if (word === undefined) return undefined;
  const note = LEVEL_NOTE.exec(text.slice(at + word.length))?.[0] ?? '';
  return word + note;
}

/** 一级 variants too short to be told from a name's first word (产出, 效益, 满意度), longest first. */
const shortLevel1Words: ReadonlyArray<{ word: string; key: Level1Key }> = level1Entries
  .flatMap((entry) => [entry.name, ...entry.variants].filter((word) => !levelWords.includes(word)).map((word) => ({ word, key: entry.key })))
  .sort((a, b) => b.word.length - a.word.length);

/** Every level name and variant as written, for the longer names a bare 一级 word may end (经济效益, 服务对象满意度). */
const allLevelNames: readonly string[] = [...level1Entries, ...level2Entries].flatMap((entry) => [entry.name, ...entry.variants]);

/** True when the bare word at `at` ends a longer level name written right before it ("提升经济|效益|社会效益指标"). */
function endsLongerLevelName(text: string, at: number, word: string): boolean {
  return allLevelNames.some((name) => name.length > word.length && name.endsWith(word) && at >= name.length - word.length && text.startsWith(name, at - (name.length - word.length)));
}

/**
 * A 一级 written bare ("产出", "效益", "满意度", no 指标) at `at`: a level only right before a 二级 of its
 * group ("产出数量指标…" is 产出 | 数量指标, not the framework's 二级 产出数量 and a name "指标…";
 * "效益社会效益指标", "满意度服务对象满意度指标"), with its weight note between when written.
 */
function shortLevel1At(text: string, at: number): string | undefined {
  for (const { word, key } of shortLevel1Words) {
    if (!text.startsWith(word, at) || endsLongerLevelName(text, at, word)) continue;
    const after = at + word.length + (LEVEL_NOTE.exec(text.slice(at + word.length))?.[0].length ?? 0);
    // A 二级 that is a 一级 variant too stands under its group's bare word ("产出项目产出…", "效益项目效益…").
    const level2 = levelAt(text, after, false) ?? levelAt(text, after, true);
    const parent = level2 === undefined ? null : matchLevel2(level2)?.parent;
    if (parent && mayStandUnder({ own: parent, group: key, isGroupWritten: true, level2Name: level2 })) return word;
  }
  return undefined;
}

/**
 * A bare 一级 word written right before its weight in a sheet with a 分值 after each level ("投入21项目立项15…",
 * "过程39业务管理21…"): the weight column says a level stands there, whatever 二级 follows.
 */
function weightedShortLevel1At(text: string, at: number): string | undefined {
  return shortLevel1Words.find(({ word }) => text.startsWith(word, at) && !endsLongerLevelName(text, at, word) && isDigit(text.charAt(at + word.length)))?.word;
}

/** A 二级 that is a level only inside this row's 一级 ("项目目标" under 项目决策), written at `at`, or undefined. */
function groupBoundLevelAt(text: string, at: number, level1: string): string | undefined {
  const word = findWordsAt(text, at, groupBoundWords).find((candidate) => matchLevel2InGroup(candidate, level1) !== null);
  if (word === undefined) return undefined;
  return word + (LEVEL_NOTE.exec(text.slice(at + word.length))?.[0] ?? '');
}

/** A word that is both a 一级 and a 二级 (成本指标) right after a 一级: the 二级 under it ("产出指标成本指标…"). */
function bothLevelsAt(text: string, at: number): string | undefined {
  const word = levelAt(text, at, true);
  if (word === undefined || matchLevel2(word) === null) return undefined;
  // …before a name, or before a 二级 word right before a figure: that word is the name ("项目产出产出数量1010").
  const next = levelAt(text, at + word.length, false);
  return next === undefined || /^\d/.test(text.slice(at + word.length + next.length)) ? word : undefined;
}

/**
 * Where rows may start with a 二级 the vocabulary does not know: right after a written 一级 with no
 * vocabulary 二级 after it, and (in a 监控表) right after a likelihood word that no level follows.
 */
function findRowStarts(text: string, roles: readonly ColumnRole[]): RowStart[] {
  const starts: RowStart[] = [];
  const hasLikelihood = roles.includes('likelihood');
  const length = LONGEST_OWN_LEVEL2 + MAX_NAME_LENGTH;
  // A 一级 word ending a written 二级 (效益指标 in 生态效益指标, 满意度指标 in 服务对象满意度指标) is no written 一级:
  // the names after such 二级 opening with the same word (转运站…, 转运设备…) would make it a 二级 of the table's own.
  const insideLevel = markLevelInteriors(text);
  for (let at = 0; at < text.length; at += 1) {
    const level1 = insideLevel[at] === true ? undefined : levelAt(text, at, true);
    if (level1 !== undefined) {
      const start = at + level1.length;
      at = start - 1;
      if (levelAt(text, start, false) !== undefined || groupBoundLevelAt(text, start, level1) !== undefined || bothLevelsAt(text, start) !== undefined) continue;
      starts.push({ text: text.slice(start, start + length), isAfterLevel1: true });
      continue;
    }
    const likelihood = hasLikelihood ? findWordAt(text, at, LIKELIHOOD_WORDS) : undefined;
    if (likelihood === undefined) continue;
    const start = at + likelihood.length;
    at = start - 1;
    if (findWordAt(text, start, levelWords) === undefined && findWordAt(text, start, totalsWords) === undefined) {
      starts.push({ text: text.slice(start, start + length), isAfterLevel1: false });
      // The next row may start after a reason ("有可能汛期推迟巡护质量问题整改率=100%…"): each place up to
      // the next row's value (its first figure or operator) is a partner for the words other row starts open with.
      const reasonEnd = Math.min(text.length, start + MAX_NAME_LENGTH, start + (VALUE_OPENING.exec(text.slice(start))?.index ?? MAX_NAME_LENGTH));
      for (let inside = start + 1; inside < reasonEnd; inside += 1) {
        starts.push({ text: text.slice(inside, inside + length), isAfterLevel1: false, isInsideReason: true });
      }
    }
  }
  return starts;
}

/** Where a row's value opens after its name: a figure or a comparison sign. */
const VALUE_OPENING = /[\d≥≤=<>]/;

/** The stream's judge of words for the 二级 evidence (stream-level2-words.ts). */
const wordJudge: WordJudge = {
  startsWithLevelWord: (text) => findWordAt(text, 0, levelWords) !== undefined,
  levelWords,
  opensName: (text) => ratedName(text.slice(0, 2)) !== null,
  kindWords: level2ShapeKinds.map(([kind]) => kind),
};

const isTableEndAt = (text: string, at: number): boolean => findWordAt(text, at, tableEndWords) !== undefined;
const isRowBoundary = (text: string, at: number): boolean =>
  at >= text.length || findWordAt(text, at, levelWords) !== undefined || shortLevel1At(text, at) !== undefined || findWordAt(text, at, totalsWords) !== undefined || isTableEndAt(text, at);

/** One to three characters before a figure: too few for a 二级 and a name of two characters each. */
const TOO_SHORT_FOR_LEVEL2_AND_NAME = /^\D{1,3}\d/;

/**
 * Whether the 一级 word `level1` written at `at` opens the row's name instead, in a sheet with a 二级 column and no
 * 分值 after its levels: a row writing its 一级 writes its 二级 (merged cells print on their group's first row) and
 * then a name, so a 一级 word with fewer than four characters before the row's figure is the name's first word
 * ("…33决策程序54…" under 决策过程: no 一级 决策 and a name 程序). A 一级 with its note ("决策(20分)") is a level.
 */
function isLevel1OpeningName(text: string, at: number, level1: string, roles: readonly ColumnRole[], level1WeightColumn: number): boolean {
  if (level1WeightColumn >= 0 || !roles.includes('level2') || /[)）]$/.test(level1)) return false;
  return TOO_SHORT_FOR_LEVEL2_AND_NAME.test(text.slice(at + level1.length, at + level1.length + 4));
}

/**
 * Whether the 二级 word ending at `at` in a sheet with a 分值 after each level (`column` the 二级's weight) would hold
 * no row: its weight is followed by another level word with a weight of its own ("财务管理33组织实施10…",
 * "产出时效66产出成本65效益25…") or by the 总分 row. A 二级
 * before a level word whose figures are no weight ("项目产出30产出数量1010…", 1010 a 分值 and an 得分) is a level.
 */
function isLevel2WithoutRows(text: string, at: number, column: number, isBare: boolean): boolean {
  const afterWeight = takeLevelWeight(text, at, [], column, isBare);
  if (afterWeight === at) return false;
  // Right before the 总分 row it holds none either ("可持续影响88服务对象满意度76总分…").
  if (findWordAt(text, afterWeight, totalsWords) !== undefined) return true;
  const next = levelAt(text, afterWeight, false) ?? levelAt(text, afterWeight, true) ?? weightedShortLevel1At(text, afterWeight);
  if (next === undefined) return false;
  return takeLevelWeight(text, afterWeight + next.length, [], column, isBare) > afterWeight + next.length;
}

/** Every way a 分值/得分 can be read at `at`: "20" of "20100%", never "0100". */
function pointCuts(text: string, at: number, isBare = false): Cut[] {
  const cuts: Cut[] = [];
  const digits = /^\d+(?:\.\d{1,2})?/.exec(text.slice(at))?.[0] ?? '';
  for (let length = 1; length <= digits.length; length += 1) {
    const number = digits.slice(0, length);
    if (number.endsWith('.') || (number.length > 1 && number.startsWith('0') && !number.startsWith('0.'))) continue;
    if (Number(number) > MAX_POINTS) break;
    const end = at + length;
    cuts.push({ end: isPointsUnitAt(text, end, isBare) ? end + 1 : end, text: number, points: Number(number) === 0 ? -1 : 1 });
  }
  return cuts;
}

/** A count's magnitude written before its unit: "120万平方米", "3亿人次". */
const MAGNITUDES: readonly string[] = ['万', '亿'];

/** The longest unit of core's list at `at`, a magnitude with the unit after it as one ("万平方米"). */
function unitAt(text: string, at: number): string | undefined {
  const longest = (from: number): string | undefined => UNITS_BY_FIRST_CHARACTER.get(text.charAt(from))?.find((unit) => text.startsWith(unit, from));
  const unit = longest(at);
  if (unit === undefined || !MAGNITUDES.includes(unit)) return unit;
  const counted = longest(at + unit.length);
  return counted === undefined || MAGNITUDES.includes(counted) ? unit : unit + counted;
}

/** A date written as a value: year, month, day and a closing word ("2022年9月前", "2023年底"). */
const DATE_VALUE = /^(?:19|20)\d{2}年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底前|底|末|前|以前|之前|内)?/;

/** A placeholder written for a value nobody sets ("—" for a 决策 row's 指标值). */
const PLACEHOLDER_VALUE = /^(?:—{1,2}|-|\/|无)/;

/**
 * Every way a 指标值 can be read at `at`: operator, number, unit (core's list), a date, a placeholder, or a
 * short text before a row boundary — or, when the next cell is a 分值/得分 or a value, before a number
 * (`beforeNumber`: "目标明确4", "9月前2022年…") or before more text (`beforeText`: "长期|持续开展").
 */
function valueCuts(text: string, at: number, options: { beforeNumber: boolean; beforeText: boolean; isBoundary: (end: number) => boolean }): Cut[] {
  const { beforeNumber, beforeText, isBoundary } = options;
  const cuts: Cut[] = [];
  const operator = OPERATOR_START.exec(text.slice(at))?.[0] ?? '';
  const numberAt = at + operator.length;
  const number = NUMBER.exec(text.slice(numberAt))?.[0];
  if (number !== undefined) {
    for (let length = 1; length <= number.length; length += 1) {
      const written = number.slice(0, length);
      if (written.endsWith('.') || (written.length > 1 && written.startsWith('0') && !written.startsWith('0.'))) continue;
      const afterNumber = numberAt + length;
      // A unit that follows is the value's: "≤86.5" never leaves "万元" to the next cell.
      const unit = unitAt(text, afterNumber);
      // "2024年11月…" is a date (DATE_VALUE below), never a year and a month in two cells.
      if (unit === '年' && /^\d{1,2}月/.test(text.slice(afterNumber + 1))) continue;
      // A rate unit "万元/个", "元/人·月", "次/年": the unit per another unit is one unit.
      const per = unit !== undefined && /^[/／]/.test(text.charAt(afterNumber + unit.length)) ? unitAt(text, afterNumber + unit.length + 1) : undefined;
      const rated = unit !== undefined && per !== undefined ? `${unit}${text.charAt(afterNumber + unit.length)}${per}` : unit;
      const units = rated !== undefined ? [rated] : [''];
      for (const unit of units) {
        let end = afterNumber + unit.length;
        end += RATE_SUFFIX.exec(text.slice(end))?.[0].length ?? 0;
        const isTyped = operator !== '' || unit !== '';
        cuts.push({ end, text: text.slice(at, end), points: isTyped ? TYPED_VALUE_POINTS : 0, unit });
      }
    }
  }
  // A date is one value ("2022年9月前", "2024年12月底"), never a number and a name's first word.
  const date = DATE_VALUE.exec(text.slice(at))?.[0];
  if (date !== undefined) cuts.push({ end: at + date.length, text: date, points: TYPED_VALUE_POINTS });
  const placeholder = PLACEHOLDER_VALUE.exec(text.slice(at))?.[0];
  if (placeholder !== undefined) cuts.push({ end: at + placeholder.length, text: placeholder, points: 0 });
  // A level name is never a value's first word.
  if (findWordAt(text, at, levelWords) !== undefined) return cuts;
  for (let end = at + 1; end <= Math.min(text.length, at + MAX_TEXT_VALUE_LENGTH); end += 1) {
    const last = text.charAt(end - 1);
    if (/[≥≤><=%％]/.test(last) || (SENTENCE_MARK.test(last) && !(beforeNumber && /[，,]/.test(last)))) break;
    const isBeforeNumber = beforeNumber && /\d/.test(text.charAt(end)) && !/\d/.test(last);
    const isBeforeText = beforeText && end < text.length && !/\d/.test(text.charAt(end)) && !/\d/.test(last);
    // An enumeration comma goes on with the list in the same cell ("5000吨稻谷、500吨成品粮…"): no cell ends with it.
    if (!hasBalancedBrackets(text.slice(at, end)) || last === '、') continue;
    // A qualitative value's common wording ("健全", "达到预期") is as good evidence as a typed value.
    const value = text.slice(at, end);
    if (isBoundary(end) || isBeforeNumber || isBeforeText) cuts.push({ end, text: value, points: isQualitativeValue(value) ? TYPED_VALUE_POINTS : ratedTextValue(value) });
  }
  return cuts;
}

/** What a result writes before the target's words when it was met ("建立" → "已建立"). */
const MET_PREFIXES: readonly string[] = ['', '已', '均已', '已经'];

/**
 * A text target followed by its own words as the result ("建立已建立", "明显改善明显改善"): the cut
 * between them is as good evidence as a typed value (run-together.ts isTwinValue for rows with spaces).
 * A target of one character or a bare number met as written ("高高", "00" of a Hunan county 自评表) is
 * such a pair only where the row ends right after it: a doubled character inside a name is none.
 */
function withTwinEvidence(text: string, cut: Cut, isBoundary: (end: number) => boolean): Cut {
  if (cut.points > 0 || cut.text.length === 0 || findWordAt(cut.text, 0, levelWords) !== undefined) return cut;
  const isTwin = MET_PREFIXES.some(
    (prefix) => text.startsWith(prefix + cut.text, cut.end) && (cut.text.length >= 2 || isBoundary(cut.end + prefix.length + cut.text.length)),
  );
  return isTwin ? { ...cut, points: TYPED_VALUE_POINTS } : cut;
}

/** True when every bracket the text opens it also closes: a cut never falls inside "（25分）". */
function hasBalancedBrackets(text: string): boolean {
  let depth = 0;
  for (const character of text) {
    if (character === '（' || character === '(') depth += 1;
    else if (character === '）' || character === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A text value ("12月底前", "明显改善") is weak evidence, the weaker the longer; one that opens with a number less so. */
function ratedTextValue(value: string): number {
  return TEXT_VALUE_POINTS - Math.ceil(value.length / 4) + (/^\d/.test(value) ? 1 : 0);
}

/**
 * An optional text column (偏差原因, 备注): empty, or text that runs to the next row boundary (`isBoundary`
 * adds the table's own 二级 words to the vocabulary's).
 */
function textCuts(text: string, at: number, isBoundary: (end: number) => boolean): Cut[] {
  const cuts: Cut[] = [{ end: at, text: '', points: 0 }];
  // A row opens where a level or total word stands ("…100%100%|质量指标…"): a reason never does, as no value does.
  if (isBoundary(at)) return cuts;
  // "13个别班级…" is 得分 13 and a reason, not 1 and "3个别班级…".
  const splitsNumber = /\d/.test(text.charAt(at - 1)) && /\d/.test(text.charAt(at)) ? DETACHED_UNIT_POINTS : 0;
  for (let end = at + 1; end <= Math.min(text.length, at + MAX_NAME_LENGTH * 2); end += 1) {
    if (isBoundary(end)) {
      // Figures in a reason are rare; several mean it swallowed rows ("…未结算财务制度有效性7—…7…").
      const figures = (text.slice(at, end).match(/\d+/g) ?? []).length;
      cuts.push({ end, text: text.slice(at, end), points: OPTIONAL_TEXT_POINTS - splitsNumber - FIGURE_IN_TEXT_POINTS * figures });
      break;
    }
  }
  return cuts;
}

/**
 * A 绩效标准 / 指标解释 cell between the name and the value: empty, or a text ending where the value opens.
 * One that opens with an explanation's words ("反映…", "该指标…") is evidence of where the name ends;
 * any other costs as an optional text, so a name never gives up its own words to it for nothing.
 * Before a scoring rule (`beforeRule`: 具体指标 then 评价标准, both sentences) it may also end after a
 * sentence (。；), the rule's words following (isExplanationBeforeRule).
 */
function explanationCuts(text: string, at: number, options: { isBoundary: (end: number) => boolean; beforeRule: boolean }): Cut[] {
  const { isBoundary, beforeRule } = options;
  const cuts: Cut[] = [{ end: at, text: '', points: 0 }];
  const isExplained = findWordAt(text, at, explanationOpenings) !== undefined;
  for (let end = at + 2; end <= Math.min(text.length, at + MAX_NAME_LENGTH * 2); end += 1) {
    // A row ends on its last cell's figure; before a rule and its 得分 a level word after a letter is the
    // description's own ("…相关政策和发展规划；", "资金到位率=…").
    if (isBoundary(end) && (!beforeRule || /\d/.test(text.charAt(end - 1)))) break;
    const explanation = text.slice(at, end);
    const isSentenceBeforeRule = beforeRule && SENTENCE_END.test(explanation);
    if (!isExplained && !isSentenceBeforeRule && !VALUE_OPENING.test(text.charAt(end))) continue;
    if (/\d$/.test(explanation) || !hasBalancedBrackets(explanation)) continue;
    const figures = (explanation.match(/\d+/g) ?? []).length;
    const isEvident = isExplained || (isSentenceBeforeRule && isExplanationBeforeRule(text, explanation, end));
    cuts.push({ end, text: explanation, points: (isEvident ? TYPED_VALUE_POINTS : OPTIONAL_TEXT_POINTS) - FIGURE_IN_TEXT_POINTS * figures });
  }
  return cuts;
}

/** A sentence's end inside a text cell: 。 or ；. */
const SENTENCE_END = /[。；;]$/;
/** A scoring rule's points wording: "(1分)", "得10分", "扣0.5分", "得满分", "不得分", "按比例计分". */
const POINTS_WORDING = /\d(?:\.\d+)?分|满分|不得分|扣分|[计记]分/;

/**
 * Whether a 具体指标 cell ends at `end` before its 评价标准: the description says what is measured and awards
 * nothing, the standard's first sentence awards points ("…是否与部门职责范围相符。|①符合…(1分)；…"). A
 * description of two sentences ("…的比率。资金到位率=(…)*100%。") ends after the second, the first
 * standard sentence with points.
 */
function isExplanationBeforeRule(text: string, explanation: string, end: number): boolean {
  if (!explanation.endsWith('。') || POINTS_WORDING.test(explanation)) return false;
  const next = /^[^。]*。?/.exec(text.slice(end, end + MAX_RULE_LENGTH))?.[0] ?? '';
  return POINTS_WORDING.test(next);
}

/** A 得分计算方法 / 评分标准 cell is a sentence or two ("完成值达到指标值，记满分；未达到指标值，按B/A*该指标分值记分。"). */
const MAX_RULE_LENGTH = 80;

/**
 * A scoring rule cell (得分计算方法, 评分标准) between the values and the 得分: empty, or a text ending where
 * the next number opens (`beforeNumber`) or a row ends. A rule's own ending ("…记分。", "…扣2分") is
 * evidence of its end; any other text costs as an optional text, figures inside it more.
 */
function ruleCuts(text: string, at: number, beforeNumber: boolean): Cut[] {
  const cuts: Cut[] = [{ end: at, text: '', points: 0 }];
  const opening = findWordAt(text, at, scoringRuleOpenings) === undefined ? 0 : RULE_OPENING_POINTS;
  // "达到目标|记满分，…" cuts a rule's first clause after its condition: the value took the condition.
  const firstClause = /^[^，,；;。]*/.exec(text.slice(at, at + MAX_RULE_LENGTH))?.[0] ?? '';
  if (scoringRuleConsequence.test(firstClause)) return cuts;
  for (let end = at + 2; end <= Math.min(text.length, at + MAX_RULE_LENGTH); end += 1) {
    if (isRowBoundary(text, end) && end < text.length && !beforeNumber) {
      cuts.push(ratedRule(text.slice(at, end), end, opening));
      break;
    }
    if (beforeNumber && !/\d/.test(text.charAt(end))) continue;
    const rule = text.slice(at, end);
    if (/\d$/.test(rule) || !hasBalancedBrackets(rule)) continue;
    cuts.push(ratedRule(rule, end, opening));
  }
  return cuts;
}

/** A rule's opening words are weaker evidence than its ending: they may open a text value too. */
const RULE_OPENING_POINTS = 1;

function ratedRule(rule: string, end: number, opening: number): Cut {
  const figures = (rule.match(/\d+/g) ?? []).length;
  return { end, text: rule, points: (scoringRuleEndings.test(rule) ? TYPED_VALUE_POINTS : OPTIONAL_TEXT_POINTS) + opening - FIGURE_IN_TEXT_POINTS * figures };
}

/**
 * How well a cut reads as a 三级 name: not a value, no digit at its edges, no level inside (`levelWordsInside`
 * counts the level and total words that start after its first character and end inside it, when the caller
 * has them at hand).
 */
function ratedName(name: string, levelWordsInside = countLevelWordsInside(name)): number | null {
  return createNameRater(name, 0)(name.length, levelWordsInside);
}

/** A name never holds a value's signs ("0套", "6.5万元", "%" were cut from a number). */
const VALUE_SIGN = /[≥≤%％]/;
/**
 * …except a "%" ending the name right before a value that opens with a comparison sign: the indicator's unit
 * written after its name ("服务对象满意度%=99%", a Gansu 省级部门预算项目支出绩效目标表, twenty-third study).
 */
const NAME_UNIT_MARK = /[%％]/;
const VALUE_SIGN_START = /[=≥≤><]/;
const isDigit = (character: string): boolean => character >= '0' && character <= '9';

/**
 * ratedName of the names opening at `start` as they grow: the reading tries every end of a name, and rating
 * each cut afresh read the whole name again. Call it with ends that only grow.
 */
function createNameRater(text: string, start: number): (end: number, levelWordsInside: number) => number | null {
  let end = start;
  let depth = 0;
  let digitRuns = 0;
  // A name never starts where a number was cut (".5万元"), nor cuts a bracket in two.
  let isRefused = text.charAt(start) === '.';
  let signAt = -1;
  return (to, levelWordsInside) => {
    for (; end < to; end += 1) {
      const character = text.charAt(end);
      if (VALUE_SIGN.test(character) && signAt === -1) signAt = end;
      else if (VALUE_SIGN.test(character)) isRefused = true;
      // A bracketed note may hold a colon ("资金结余率（计算方法为：结余数/预算数）"); the name around it none.
      if (SENTENCE_MARK.test(character) && depth === 0) isRefused = true;
      if (character === '（' || character === '(') depth += 1;
      else if (character === '）' || character === ')') depth -= 1;
      if (depth < 0) isRefused = true;
      if (isDigit(character) && (end === start || !isDigit(text.charAt(end - 1)))) digitRuns += 1;
    }
    const length = to - start;
    if (length < 2 || isRefused || depth !== 0 || text.charAt(to - 1) === '、') return null;
    if (signAt !== -1 && !(signAt === to - 1 && signAt > start && NAME_UNIT_MARK.test(text.charAt(signAt)) && VALUE_SIGN_START.test(text.charAt(to)))) return null;
    let points = length >= 3 ? 1 : 0;
    if (isDigit(text.charAt(to - 1))) points -= 3;
    if (isDigit(text.charAt(start))) points -= 3;
    return points - digitRuns - MISSED_LEVEL_POINTS * levelWordsInside;
  };
}

function countLevelWordsInside(name: string): number {
  let count = 0;
  for (let at = 1; at < name.length; at += 1) {
    if (findWordAt(name, at, levelWords) !== undefined || findWordAt(name, at, totalsWords) !== undefined) count += 1;
  }
  return count;
}

const levelAndTotalsWords: readonly string[] = [...levelWords, ...totalsWords];

/**
 * Where the level and total words written in the stream start, listed by where the shortest of each
 * position ends: a name from `start` to `end` holds the words of the positions after its first character
 * whose shortest word ends by `end`, counted as the name grows rather than looked up in every cut.
 */
function findLevelWordStartsByEnd(text: string): Map<number, number[]> {
  const startsByEnd = new Map<number, number[]>();
  for (let at = 0; at < text.length; at += 1) {
    const words = findWordsAt(text, at, levelAndTotalsWords);
    if (words.length === 0) continue;
    const end = at + Math.min(...words.map((word) => word.length));
    startsByEnd.set(end, [...(startsByEnd.get(end) ?? []), at]);
  }
  return startsByEnd;
}

/** Positions strictly inside a level name written in the stream: no cell ends there ("底前效|益指标"). */
function markLevelInteriors(text: string): boolean[] {
  const inside = Array.from({ length: text.length + 1 }, () => false);
  for (let at = 0; at < text.length; at += 1) {
    const word = findWordAt(text, at, levelWords);
    if (word !== undefined) for (let position = at + 1; position < at + word.length; position += 1) inside[position] = true;
  }
  return inside;
}

/** A name that opens with a unit right after a number ("10|套…") took the number's unit. */
function startsWithDetachedUnit(text: string, at: number): boolean {
  return /\d/.test(text.charAt(at - 1)) && (UNITS_BY_FIRST_CHARACTER.get(text.charAt(at))?.some((unit) => text.startsWith(unit, at)) ?? false);
}

interface Reading {
  points: number;
  rows: string[][];
}

interface CellsReading {
  points: number;
  cells: string[];
  rest: Reading;
  /** Whether a cell of the row was read by its type (a number, a value with operator or unit, a likelihood). */
  isTyped: boolean;
}

/**
 * How much each reading of a cell counts: a value with operator or unit is strong evidence of a
 * right cut, a bare number or a short text weak, an optional text column filled only when nothing
 * else explains the words.
 */
const TYPED_VALUE_POINTS = 2;
const TEXT_VALUE_POINTS = -1;
const OPTIONAL_TEXT_POINTS = -5;
const FIGURE_IN_TEXT_POINTS = 3;
const UNTYPED_ROW_POINTS = 4;
const DETACHED_UNIT_POINTS = 2;
/** Values of one row in different units: a cut between digits more likely than a change of unit. */
const UNIT_MISMATCH_POINTS = 2;
/** A level name inside a name is a row boundary missed. */
const MISSED_LEVEL_POINTS = 6;
/** Text after the last row that no row explains (the page goes on after the table) costs by its length. */
const UNEXPLAINED_CHARACTERS_PER_POINT = 2;

/** The best reading of the stream from `at` on, as rows of cells in `roles` order; null when none explains it. */
function readStream(text: string, roles: readonly ColumnRole[], groupLevel2Words: readonly string[] = [], isScoreUnfilled = false): string[][] | null {
  const nameIndex = roles.indexOf('name');
  const cellRoles = roles.slice(nameIndex + 1);
  const insideLevel = markLevelInteriors(text);
  const ownLevel2Words = roles.includes('level2')
    ? [...new Set([...findRowStartLevel2Words(text, findRowStarts(text, roles), wordJudge), ...groupLevel2Words])].sort((a, b) => b.length - a.length)
    : [];
  // A reason ends where a row opens with the table's own 二级 too ("有可能汛期推迟|巡护质量问题整改率…"), and such a
  // word inside a name is a row start missed, as a vocabulary level is (ratedName).
  const opensOwnWord = ownLevel2Words.length === 0 ? [] : Array.from({ length: text.length }, (_, at) => findWordAt(text, at, ownLevel2Words) !== undefined);
  // Whether a row may start at each position, worked out once: each cell's cuts ask it at every end they try.
  const rowBoundaries: Array<boolean | undefined> = [];
  const isRowBoundaryOfText = (end: number): boolean => (rowBoundaries[end] ??= isRowBoundary(text, end));
  const isRowBoundaryWithOwnWords = (end: number): boolean => isRowBoundaryOfText(end) || opensOwnWord[end] === true;
  const levelWordStartsByEnd = findLevelWordStartsByEnd(text);
  const weightColumns = findLevelWeightColumns(roles);
  const isBare = writesBarePoints(text);
  // A score sheet without a 分值 after its levels: the name's 分值 or 得分 right after it. A word there whose figures
  // end the row (a level, the 总分 after them) is a name with its points; "社会效益指标12345热线投诉下降数30" is none.
  const isPointsAfterName = weightColumns.level2 < 0 && cellRoles[0] !== undefined && grammarOf[cellRoles[0]] === 'points';
  const isNameBeforeFigure = (word: string, at: number): boolean => {
    const figures = isPointsAfterName ? /^\d+(?:\.\d{1,2})?/.exec(text.slice(at + word.length))?.[0] : undefined;
    return figures !== undefined && isRowBoundaryOfText(at + word.length + figures.length);
  };
  const memo = new Map<number, Reading | null>();
  const cellMemo = new Map<string, CellsReading | null>();

  function finish(at: number): Reading | null {
    const totals = findWordAt(text, at, totalsWords);
    if (totals === undefined) return isTableEndAt(text, at) ? { points: 0, rows: [[text.slice(at)]] } : null;
    const row = roles.map(() => '');
    row[0] = totals;
    let next = at + totals.length;
    if (weightColumns.level1 >= 0 || weightColumns.level2 >= 0) {
      next = fillTotalsPoints(text, next, roles, row);
      return { points: 1, rows: next < text.length ? [row, [text.slice(next)]] : [row] };
    }
    for (const role of ['weight', 'score'] as const) {
      const index = roles.indexOf(role);
      if (index < 0) continue;
      const cut = pointCuts(text, next, isBare).filter((candidate) => role === 'score' || pointCuts(text, candidate.end, isBare).length > 0).at(-1);
      if (!cut) break;
      row[index] = cut.text;
      next = cut.end;
    }
    const rows = [row];
    if (next < text.length) rows.push([text.slice(next)]);
    return { points: 1, rows };
  }

  function best(at: number): Reading | null {
    if (at >= text.length) return { points: 0, rows: [] };
    if (memo.has(at)) return memo.get(at) ?? null;
    memo.set(at, null);
    let result = finish(at);
    const row = roles.map(() => '');
    let start = at;
    const writtenLevel1 = levelAt(text, start, true) ?? (weightColumns.level1 >= 0 ? weightedShortLevel1At(text, start) : undefined);
    // In a sheet with a 分值 after each level a written 一级 has its weight too; a 一级 word without one opens a name
    // ("决策程序5…" under 决策过程, as a 二级 word without its weight does below).
    const isUnweighted = writtenLevel1 !== undefined && weightColumns.level1 >= 0 && takeLevelWeight(text, start + writtenLevel1.length, [], weightColumns.level1, isBare) === start + writtenLevel1.length;
    const level1 = isUnweighted || (writtenLevel1 !== undefined && isLevel1OpeningName(text, start, writtenLevel1, roles, weightColumns.level1)) ? undefined : writtenLevel1;
    if (level1 !== undefined && roles.includes('level1')) {
      row[roles.indexOf('level1')] = level1;
      start += level1.length;
      start = takeLevelWeight(text, start, row, weightColumns.level1, isBare);
    }
    const [rowBeforeLevel2, level2Start] = [[...row], start];
    // A table's own 二级 opens a row after its 一级, or alone where the 一级 is carried (after a likelihood word).
    let level2 =
      levelAt(text, start, false) ??
      (level1 === undefined ? undefined : (groupBoundLevelAt(text, start, level1) ?? bothLevelsAt(text, start))) ??
      findWordAt(text, start, ownLevel2Words);
    // In a sheet with a 分值 after each level a written 二级 has its weight; a level word without one opens a name ("目标设定合理性").
    if (level2 !== undefined && weightColumns.level2 >= 0 && takeLevelWeight(text, start + level2.length, [], weightColumns.level2, isBare) === start + level2.length) level2 = undefined;
    // A 二级 holds rows: one whose weight is followed by another 二级 with its weight is a name with its 分值 and 得分
    // (the 2013 framework's 财务管理 under 资金管理, "资金使用76财务管理33组织实施10…"; 产出质量 under 项目产出).
    if (level2 !== undefined && weightColumns.level2 >= 0 && isLevel2WithoutRows(text, start + level2.length, weightColumns.level2, isBare)) level2 = undefined;
    // In a score sheet without a 分值 after its levels a 二级 is followed by a name: a 二级 word right before a figure is
    // the name ("…76财务管理33组织实施…": 财务管理 | 3 | 3, never a 二级 with a name "33组织实施…"). A target table's
    // name may open with a figure ("数量指标30处供水站…").
    if (level2 !== undefined && isNameBeforeFigure(level2, start)) level2 = undefined;
    // A 二级 right before another level holds no row ("经济效益指标" / "社会效益指标…", its 指标1： left empty).
    // A 二级 word right before a figure after it is that 二级's first row, in such a sheet ("项目产出产出数量1010").
    for (
      let after = level2 === undefined ? undefined : levelAt(text, start + level2.length, false);
      after !== undefined && level2 !== undefined && !isNameBeforeFigure(after, start + level2.length);
      after = levelAt(text, start + level2.length, false)
    ) {
      start += level2.length;
      level2 = after;
    }
    if (level2 !== undefined && roles.includes('level2')) {
      row[roles.indexOf('level2')] = level2;
      start += level2.length;
      start = takeLevelWeight(text, start, row, weightColumns.level2, isBare);
    } else if (level1 !== undefined && roles.includes('level1') && roles.includes('level2') && matchLevel2(level1) !== null) {
      // 成本指标 alone is the 二级 under 产出指标 in templates that place it there; the reader decides.
      row[roles.indexOf('level2')] = level1;
      row[roles.indexOf('level1')] = '';
    }
    const readNames = (row: string[], start: number, extraPoints: number): void => {
      let ownWordsInside = opensOwnWord[start + 1] === true ? 1 : 0;
      // Level and total words inside the name so far (after its first character, ending by its end).
      let levelWordsInside = 0;
      const rateName = createNameRater(text, start);
      for (let nameEnd = start + 2; nameEnd <= Math.min(text.length, start + MAX_NAME_LENGTH); nameEnd += 1) {
        if (nameEnd > start + 2 && opensOwnWord[nameEnd - 1] === true) ownWordsInside += 1;
        for (const wordStart of levelWordStartsByEnd.get(nameEnd) ?? []) if (wordStart > start) levelWordsInside += 1;
        const rated = rateName(nameEnd, levelWordsInside);
        if (rated === null || insideLevel[nameEnd]) continue;
        const namePoints = rated - (startsWithDetachedUnit(text, start) ? DETACHED_UNIT_POINTS : 0) - MISSED_LEVEL_POINTS * ownWordsInside;
        const tail = readCells(nameEnd, 0, '', undefined);
        if (!tail) continue;
        // A row of texts only ("雨季施工受 | 限，加快 | 晴天作业") is more likely a reason cut into pieces.
        const points = namePoints + tail.points - (tail.isTyped ? 0 : UNTYPED_ROW_POINTS) + extraPoints;
        if (result === null || points > result.points) {
          const cells = [...row];
          cells[nameIndex] = text.slice(start, nameEnd);
          tail.cells.forEach((cell, index) => (cells[nameIndex + 1 + index] = cell));
          result = { points, rows: [cells, ...tail.rest.rows] };
        }
      }
    };
    if (result === null) {
      // A sheet with a 分值 after its 二级 may name 二级 the vocabulary does not know: a word right before a weight.
      const isLevel2Missing = weightColumns.level2 >= 0 && row[roles.indexOf('level2')] === '';
      const own = isLevel2Missing ? weightedWordAt(text, start) : undefined;
      // Its merged cells print on their group's first row: a row that writes its 一级 writes its 二级 too.
      if (!(isLevel2Missing && level1 !== undefined && own !== undefined)) readNames(row, start, 0);
      if (own) {
        const cells = [...row];
        cells[roles.indexOf('level2')] = own.word;
        // The framework's 二级 bound to its group (绩效目标 under 决策, its 一级 carried from the row above) is the
        // vocabulary's word before its weight: as good evidence as a typed value ("…。3绩效目标10绩效目标合理性10…",
        // never a row 绩效目标 | 1 | 0).
        const extraPoints = groupBoundWords.includes(own.word) ? TYPED_VALUE_POINTS : level1 !== undefined ? 0 : -UNKNOWN_LEVEL2_POINTS;
        readNames(cells, takeLevelWeight(text, start + own.word.length, cells, weightColumns.level2, isBare), extraPoints);
      }
    }
    // A 二级 word under a carried 一级 that opens no row as a 二级 is the row's name: a score sheet's 三级 may be worded
    // as the framework's 二级 ("…。4服务对象满意度10享受补贴的…", 10 its 分值, the text after it no name).
    if (result === null && level1 === undefined && level2 !== undefined) readNames(rowBeforeLevel2, level2Start, 0);
    const restPoints = -Math.ceil((text.length - at) / UNEXPLAINED_CHARACTERS_PER_POINT);
    if (at > 0 && (result === null || result.points < restPoints)) result = { points: restPoints, rows: [[text.slice(at)]] };
    memo.set(at, result);
    return result;
  }

  /**
   * The cells after the name from `at`; `weight` is the row's 分值 so far (an 得分 never passes it),
   * `unit` the unit of its first number value (the row's other values are written in it).
   */
  function readCells(at: number, index: number, weight: string, unit: string | undefined): CellsReading | null {
    if (index === cellRoles.length) {
      const rest = best(at);
      return rest ? { points: rest.points, cells: [], rest, isTyped: false } : null;
    }
    const key = `${at}:${index}:${weight}:${unit ?? '-'}`;
    if (cellMemo.has(key)) return cellMemo.get(key) ?? null;
    const role = cellRoles[index] as ColumnRole;
    const grammar = grammarOf[role];
    const nextRole = cellRoles[index + 1];
    // A text value ends before a number when a 分值/得分 or another value follows ("目标明确4", "9月前2022年9月").
    const isBeforeNumber = nextRole !== undefined && (grammarOf[nextRole] === 'points' || grammarOf[nextRole] === 'value');
    // Two text values side by side ("长期持续开展": 长期 | 持续开展) part anywhere; the costs of texts decide.
    // A scoring rule after a text value is such a neighbour too ("第三名|达到目标记满分…").
    const isBeforeValue = nextRole !== undefined && (grammarOf[nextRole] === 'value' || grammarOf[nextRole] === 'rule');
    let cuts =
      grammar === 'points'
        ? pointCuts(text, at, isBare)
        : grammar === 'value'
          ? valueCuts(text, at, { beforeNumber: isBeforeNumber, beforeText: isBeforeValue, isBoundary: isRowBoundaryOfText })
          : grammar === 'likelihood'
            ? likelihoodCuts(text, at)
            : grammar === 'explanation'
              ? explanationCuts(text, at, { isBoundary: isRowBoundaryOfText, beforeRule: nextRole === 'scoringRule' })
              : grammar === 'rule'
                ? ruleCuts(text, at, isBeforeNumber)
                : textCuts(text, at, isRowBoundaryWithOwnWords);
    if (role === 'score' && weight !== '') cuts = cuts.filter((cut) => Number(cut.text) <= Number(weight));
    // A table whose 得分 column was left unfilled (the unit gave its 分值 only): read with every 得分 empty.
    if (role === 'score' && isScoreUnfilled) cuts = [{ end: at, text: '', points: 0 }];
    if (grammar === 'value' && nextRole !== undefined && grammarOf[nextRole] === 'value') cuts = cuts.map((cut) => withTwinEvidence(text, cut, isRowBoundaryOfText));
    let chosen: CellsReading | null = null;
    for (const cut of cuts) {
      if (insideLevel[cut.end]) continue;
      const rowUnit = unit ?? cut.unit;
      const tail = readCells(cut.end, index + 1, role === 'weight' ? cut.text : weight, rowUnit);
      // "≥10个1个" is 指标值 ≥10个 and 完成值 1个, not ≥1 and 0个: a row's values share their unit.
      const points = cut.points - (unit !== undefined && cut.unit !== undefined && cut.unit !== unit ? UNIT_MISMATCH_POINTS : 0);
      if (tail && (chosen === null || points + tail.points > chosen.points)) {
        chosen = { points: points + tail.points, cells: [cut.text, ...tail.cells], rest: tail.rest, isTyped: cut.points > 0 || tail.isTyped };
      }
    }
    cellMemo.set(key, chosen);
    return chosen;
  }

  const reading = best(0);
  return reading && reading.rows.length > 0 ? reading.rows : null;
}

/**
 * The stream read, and read again when its groups' names show a 二级 written once over merged cells
 * (stream-level2-words.ts findGroupLevel2Words): the first reading left it in its row's name.
 */
function readStreamWithGroups(text: string, roles: readonly ColumnRole[], isScoreUnfilled = false): string[][] | null {
  const read = readStream(text, roles, [], isScoreUnfilled);
  const [level1, level2, name] = [roles.indexOf('level1'), roles.indexOf('level2'), roles.indexOf('name')];
  if (read === null || level1 < 0 || level2 < 0 || name < 0) return read;
  const rows = read.filter((cells) => cells.length === roles.length).map((cells) => ({ level1: cells[level1] ?? '', level2: cells[level2] ?? '', name: cells[name] ?? '' }));
  const words = findGroupLevel2Words(rows, wordJudge);
  return words.length === 0 ? read : (readStream(text, roles, words, isScoreUnfilled) ?? read);
}

/**
 * The characters of a reading no row explains (text left over between or after rows). The text after a total row
 * is the page's going on under the table ("总分100…91.1评价人员：…"), no row's to explain.
 */
function unexplainedLength(rows: readonly string[][] | null, roles: readonly ColumnRole[]): number {
  if (rows === null) return Number.POSITIVE_INFINITY;
  const isTotal = (cells: readonly string[] | undefined): boolean => cells !== undefined && cells.length === roles.length && findWordAt(cells[0] ?? '', 0, totalsWords) !== undefined;
  return rows.reduce((sum, cells, index) => sum + (cells.length === roles.length || (index === rows.length - 1 && isTotal(rows[index - 1])) ? 0 : cells.join('').length), 0);
}

/**
 * Whether every 得分 of a reading is only the second half of the 分值 the unfilled reading reads whole ("30" read
 * as 3 and 0): the same rows, each row's 分值 and 得分 together the other's 分值.
 */
function isScoreCutFromWeight(read: readonly string[][], unfilled: readonly string[][], roles: readonly ColumnRole[]): boolean {
  const [weight, score] = [roles.indexOf('weight'), roles.indexOf('score')];
  const rowsOf = (rows: readonly string[][]) => rows.filter((cells) => cells.length === roles.length && findWordAt(cells[0] ?? '', 0, totalsWords) === undefined);
  const [cut, whole] = [rowsOf(read), rowsOf(unfilled)];
  return cut.length > 0 && cut.length === whole.length && cut.every((cells, index) => `${cells[weight]}${cells[score]}` === whole[index]?.[weight]);
}

/**
 * The stream read as written, or with its 得分 column left unfilled (the unit gave its 分值 only, "缴纳人数=58人22.5…"):
 * the unfilled reading where it explains more of the stream, or as much while the written reading's scores are only
 * its 分值 cut in two (a column is filled or left empty as a whole).
 */
function readStreamOfBlock(text: string, roles: readonly ColumnRole[]): string[][] | null {
  const read = readStreamWithGroups(text, roles);
  if (!roles.includes('score') || !roles.includes('weight') || roles.at(-1) !== 'score') return read;
  const unfilled = readStreamWithGroups(text, roles, true);
  if (unfilled === null) return read;
  const [readLeft, unfilledLeft] = [unexplainedLength(read, roles), unexplainedLength(unfilled, roles)];
  if (unfilledLeft < readLeft) return unfilled;
  return unfilledLeft === readLeft && read !== null && isScoreCutFromWeight(read, unfilled, roles) ? unfilled : read;
}

/** How much of the text after a header shows whether its rows open with a 一级 (withLostLevel1). */
const LOST_LEVEL1_LOOKAHEAD = 24;

/** A run of column words longer than this, without a space, is no header (readHeaderWords leaves it to this reader). */
const MAX_HEADER_RUN_LENGTH = 400;

/**
 * The runs of column words of one line, each position's word worked out once: a header is tried at each
 * position of the line, and a line that is one long run of column words ("得分绩效目标得分…") made reading the
 * run from every position quadratic. One for all the headers of a line (findBlocks), so the search for
 * the next space goes over the line once.
 */
interface HeaderRuns {
  line: string;
  wordAt: (at: number) => string | undefined;
  runEnd: (at: number) => number;
  /** The first whitespace at or after `at` (the line's length when none); ask with `at` that only grow. */
  nextSpace: (at: number) => number;
}

function createHeaderRuns(line: string): HeaderRuns {
  const words = new Map<number, string | undefined>();
  const ends = new Map<number, number>();
  const wordAt = (at: number): string | undefined => {
    if (!words.has(at)) words.set(at, headerWordAt(line, at));
    return words.get(at);
  };
  const runEnd = (at: number): number => {
    const chain: number[] = [];
    let end = at;
    for (let word = wordAt(end); word !== undefined && !ends.has(end); word = wordAt(end)) {
      chain.push(end);
      end += word.length;
    }
    const last = ends.get(end) ?? end;
    for (const position of chain) ends.set(position, last);
    return last;
  };
  const space = /\s/g;
  let next = -1;
  const nextSpace = (at: number): number => {
    if (next < at) {
      space.lastIndex = at;
      next = space.exec(line)?.index ?? line.length;
    }
    return next;
  };
  return { line, wordAt, runEnd, nextSpace };
}

/** The words of the run from `start` to `end`, at most `limit` of them. */
function runWords(runs: HeaderRuns, start: number, end: number, limit: number): string[] {
  const words: string[] = [];
  for (let at = start; at < end && words.length < limit; ) {
    const word = runs.wordAt(at) as string;
    words.push(word);
    at += word.length;
  }
  return words;
}

/**
 * Where a header written without spaces starts inside a longer line (from `from` on, leaving at least
 * `streamLength` characters after it), with its roles and end.
 */
export function findHeaderInLine(line: string, from = 0, streamLength = MIN_STREAM_LENGTH): { start: number; end: number; roles: ColumnRole[] } | null {
  return findHeaderInRuns(createHeaderRuns(line), from, streamLength);
}

function findHeaderInRuns(runs: HeaderRuns, from: number, streamLength: number): { start: number; end: number; roles: ColumnRole[] } | null {
  const { line } = runs;
  for (let start = from; start < line.length - streamLength; start += 1) {
    const end = runs.runEnd(start);
    if (end === start) continue;
    const isSpaceless = runs.nextSpace(start) >= end;
    // readHeaderWords reads no spaceless run this long: skip it without copying it.
    if (isSpaceless && end - start > MAX_HEADER_RUN_LENGTH) continue;
    const opening = line.slice(start, Math.min(end, start + 4));
    if (!(matchColumnRole(opening) !== null || isBandWord(opening) || headerWords.some((word) => word.length <= end - start && line.startsWith(word, start)))) continue;
    // A spaceless run is cut where readHeaderWords would cut it, at each position's longest word; a header
    // holds at most MAX_HEADER_WORDS of them, so the words past those never change what it reads.
    const header = isSpaceless ? readHeaderAt(runWords(runs, start, end, MAX_HEADER_WORDS + 1), 0) : readHeaderWords(line.slice(start, end));
    // A points word right before the level columns ends the heading above the table ("绩效评价指标评分一级指标分值…"): the header starts after it.
    if (header && isPointsBeforeLevels(header.roles)) continue;
    if (header) {
      const roles = withUnwrittenLevel2(header.isNameFromContent === true ? withExplanationColumn(header.roles) : header.roles);
      return { start, end, roles: withLostLevel1(roles, line.slice(end, end + LOST_LEVEL1_LOOKAHEAD)) };
    }
  }
  return null;
}

/**
 * A header naming no name column but an explanation (绩效标准, 指标解释: read as the names by
 * run-together-words.ts) over rows that write name, explanation and value: the names stand in a column
 * the header leaves unnamed or heads with a band word ("绩效指标一级指标二级指标绩效标准当年预期实现值",
 * Hubei), right before the explanation's. The explanation may be empty, so a table whose 指标内容 holds
 * the names reads as before.
 */
function withExplanationColumn(roles: readonly ColumnRole[]): ColumnRole[] {
  const name = roles.indexOf('name');
  return [...roles.slice(0, name + 1), 'content', ...roles.slice(name + 1)];
}

interface Block {
  /** The goal label written right before the header ("年度绩效目标2(40分)"), or null. */
  goal: string | null;
  /** Where the block's words start (its goal label, else its header). */
  start: number;
  header: { start: number; end: number; roles: ColumnRole[] };
}

/**
 * The goal blocks of a line: each goal of a table repeats the header, its goal label before it
 * ("…年度绩效目标1(40分)一级指标二级指标…得分产出指标…20年度绩效目标2(40分)一级指标…"), so a header
 * found again after a block's rows opens the next block, and a goal label that ends right where a
 * header starts is that block's goal.
 */
function findBlocks(line: string): Block[] {
  const blocks: Block[] = [];
  const runs = createHeaderRuns(line);
  // The first header needs a table's worth of stream after it; a later goal may hold one short row.
  for (let header = findHeaderInRuns(runs, 0, MIN_STREAM_LENGTH); header !== null; header = findHeaderInRuns(runs, header.end, MIN_ROW_LENGTH)) {
    const before = line.slice(blocks.at(-1)?.header.end ?? 0, header.start);
    const goal = findGoalLabelAtEnd(before);
    blocks.push({ goal: goal?.goal ?? null, start: header.start - (goal?.length ?? 0), header });
  }
  return blocks;
}

/** A template's numbered place for an indicator ("指标2：", "……"). */
const PLACEHOLDER = /指标\d{1,2}[：:]|…{2}/g;

/**
 * The template's numbering glued before a name with no colon ("数量指标指标1良种推广面积…8指标2高产示范田…", a Ningxia 自评表
 * run together): right after a level word or the row before's last figure it is no part of the name, and goes. (A table's
 * own cell that names an indicator "指标1…" keeps it: only the run-together stream has lost the cell's bounds.)
 */
const GLUED_NUMBERING = /(?<=指标|[\d%])指标\d{1,2}(?=[\u4e00-\u9fff])/g;

export function withoutGluedNumbering(stream: string): string {
  return stream.replace(GLUED_NUMBERING, '');
}

/**
 * The stream without the template's empty places: a "指标2：" or "……" right before a level name, a
 * total, another place or the end names no indicator (stacked-lines.ts blanks them on lines of their own).
 */
function withoutEmptyPlaceholders(stream: string): string {
  let result = stream;
  for (let changed = true; changed; ) {
    changed = false;
    result = result.replace(PLACEHOLDER, (found, offset: number, whole: string) => {
      const end = offset + found.length;
      PLACEHOLDER.lastIndex = 0;
      const isEmpty = end >= whole.length || findWordAt(whole, end, levelWords) !== undefined || findWordAt(whole, end, totalsWords) !== undefined || /^(?:指标\d{1,2}[：:]|…{2})/.test(whole.slice(end));
      if (isEmpty) changed = true;
      return isEmpty ? '' : found;
    });
  }
  return result;
}

/**
 * The roles with a value column after the name where the name heading writes the value too ("三级指标及指标值":
 * "缴纳人数=58人" is a name and its value) and no other column holds the value.
 */
function withNameValueColumn(roles: readonly ColumnRole[], header: string): ColumnRole[] {
  const name = roles.indexOf('name');
  const isNameAndValue = nameAndValueHeadings.some((heading) => header.includes(heading));
  if (name < 0 || !isNameAndValue || roles.includes('target') || roles.includes('initialTarget')) return [...roles];
  return [...roles.slice(0, name + 1), 'target', ...roles.slice(name + 1)];
}

/**
 * The rows with their total's figures as one 分值 where no row wrote a 得分 (the column left unfilled): the total
 * row's digits were cut into a 分值 and a 得分 ("合计100" as 10 and 0), but a table without scores has no score total.
 */
function withUnscoredTotal(rows: string[][], roles: readonly ColumnRole[]): string[][] {
  const [weight, score] = [roles.indexOf('weight'), roles.indexOf('score')];
  if (weight < 0 || score < 0) return rows;
  const isTotal = (cells: readonly string[]): boolean => findWordAt(cells[0] ?? '', 0, totalsWords) !== undefined;
  const indicatorRows = rows.filter((cells) => cells.length === roles.length && !isTotal(cells));
  const isUnscored = indicatorRows.some((cells) => cells[weight] !== '') && indicatorRows.every((cells) => cells[score] === '');
  if (!isUnscored) return rows;
  return rows.map((cells) => {
    if (cells.length !== roles.length || !isTotal(cells) || cells[score] === '') return cells;
    const joined = [...cells];
    joined[weight] = `${cells[weight] ?? ''}${cells[score] ?? ''}`;
    joined[score] = '';
    return joined;
  });
}

/**
 * The rows of one block: its header, then its stream read; null when the stream does not read. A
 * block under the same header as the one before starts with its goal row alone, so the blocks make
 * one table of the line (as a table with a goal column does), not one table per goal on one line.
 */
function readBlock(line: string, blocks: readonly Block[], at: number): string[][] | null {
  const block = blocks[at] as Block;
  const roles = withNameValueColumn(block.header.roles, line.slice(block.header.start, block.header.end));
  const stream = withoutGluedNumbering(withoutEmptyPlaceholders(line.slice(block.header.end, blocks[at + 1]?.start ?? line.length).replace(/\s+/g, '')));
  const cellsFit = roles.every((role, index) => (index <= roles.indexOf('name') ? ['goal', 'level1', 'level2', 'name'].includes(role) || isLevelWeight(roles, index) : grammarOf[role] !== undefined));
  const streamRead = cellsFit && stream.length >= (at === 0 ? MIN_STREAM_LENGTH : MIN_ROW_LENGTH) ? readStreamOfBlock(stream, roles) : null;
  if (!streamRead) return null;
  const read = withUnscoredTotal(streamRead, roles);
  // Blocks with goals keep them in a first column, as a table with its rows on separate lines does.
  if (!blocks.some((other) => other.goal !== null)) return [roles.map(describeColumnRole), ...read];
  const previous = blocks[at - 1];
  const isSameHeader = previous !== undefined && previous.header.roles.join() === roles.join();
  const opening = isSameHeader ? [block.goal ?? ''] : [block.goal ?? '', ...roles.map(describeColumnRole)];
  return [opening, ...read.map((texts) => (texts.length === roles.length ? ['', ...texts] : texts))];
}

function readSpacelessStreams(lines: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  let found = false;
  lines.forEach((line, index) => {
    const source = { line: index + 1 };
    const written = joinSpacedColumnNotes(line.trim());
    const blocks = /[\t|]/.test(written) || written.length < MIN_STREAM_LENGTH * 2 ? [] : findBlocks(written);
    const read = blocks.map((_block, at) => readBlock(written, blocks, at));
    const first = blocks[0];
    if (first === undefined || read.some((block) => block === null)) {
      if (written !== '') rows.push(createTextRow([line], source));
      return;
    }
    found = true;
    if (first.start > 0) rows.push(createTextRow([written.slice(0, first.start)], source));
    for (const block of read) for (const texts of block ?? []) rows.push(createTextRow(texts, source));
  });
  return found ? rows : [];
}

export const spacelessStreamDetector: LayoutDetector = { name: 'spaceless-stream', readRows: readSpacelessStreams };
