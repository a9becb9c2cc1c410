/**
 * Words of run-together text: a header line split into its column words (with single spaces, or
 * none at all: "一级指标二级指标三级指标指标值" is cut at the longest vocabulary word each time), and
 * a row line without any space cut into goal, level names, name and value
 * ("产出指标质量指标案件办结率≥95%").
 */
import { bandWords, COLUMN_NOTE, columnWordings, isBandWord, matchColumnRole, matchColumnRoleBetweenColumns, normalizeHeaderText, type ColumnRole } from '../../vocabulary/columns.ts';
import { level1Entries, level2Entries } from '../../vocabulary/levels.ts';
import { flattenHeaderRows } from './one-per-line-header.ts';
import { findWordAt } from '../../vocabulary/word-at.ts';
import { isQualitativeValue } from '../cell-kinds.ts';

const MIN_HEADER_WORDS = 3;
export const headerWords: readonly string[] = [...new Set(columnWordings.flatMap((wording) => wording.exact.map(normalizeHeaderText)))].sort(
  (a, b) => b.length - a.length,
);
export const levelWords: readonly string[] = [
  // A 一级 variant of four characters or more is no word inside a name (项目决策, 项目管理, 产出类指标);
  // the short ones (产出, 效果, 过程) are.
  ...level1Entries.flatMap((entry) => [entry.name, ...entry.variants.filter((variant) => variant.length >= 4)]),
  // 二级 worded as goals (数量目标, Fujian) are words of their own too.
  ...level2Entries.flatMap((entry) => [entry.name, ...entry.variants.filter((variant) => variant.endsWith('指标') || variant.endsWith('满意度') || variant.endsWith('目标'))]),
].sort((a, b) => b.length - a.length);
const bandWordsByLength: readonly string[] = [...bandWords].sort((a, b) => b.length - a.length);
const GOAL_PREFIX = /^(目标[一二三四五六七八九十]{1,3}|职能\d{1,3})/;
const VALUE_START = /[≥≤><=]|不少于|不低于|不超过|不高于|大于|小于|少于|控制在|达到/;

/** The column word at `at` with its note ("实际完成值(B)"), or undefined. */
export function headerWordAt(text: string, at = 0): string | undefined {
  const word = findWordAt(text, at, headerWords) ?? patternWordAt(text, at);
  if (word === undefined) return undefined;
  NOTE_AT.lastIndex = at + word.length;
  return word + (NOTE_AT.exec(text)?.[0] ?? '');
}

/** The longest column word a role's pattern names at `at` ("1-6月实际完成值", "截至9月底完成值"), or undefined. */
const LONGEST_PATTERN_WORD = 12;
const WINDOW_START = /^(?:\d{1,2}[-－—~至到]\d{1,2}月|截至)/;
function patternWordAt(text: string, at: number): string | undefined {
  // Only a window's words open with one ("1-6月…", "1至9月…") or with 截至; the exact list has every other wording.
  const first = text.charCodeAt(at);
  const opensWindow = (first >= 48 && first <= 57) || text.startsWith('截至', at);
  if (!opensWindow || !WINDOW_START.test(text.slice(at, at + 7))) return undefined;
  for (let end = Math.min(text.length, at + LONGEST_PATTERN_WORD); end > at + 3; end -= 1) {
    const candidate = text.slice(at, end);
    if (matchColumnRole(candidate) !== null) return candidate;
  }
  return undefined;
}

/** COLUMN_NOTE matched at a position (sticky) rather than at the start of a copy. */
const NOTE_AT = new RegExp(COLUMN_NOTE.source.replace(/^\^/, ''), 'y');

/** Cuts a header written without spaces at the longest column word each time; null if it does not cut clean. */
function cutHeader(text: string): string[] | null {
  const words: string[] = [];
  let rest = text;
  while (rest !== '') {
    // A band word opens the header before its column words ("绩效指标一级指标二级指标指标内容指标值", a Wuhan district's page).
    const word = (words.length === 0 ? findWordAt(rest, 0, bandWordsByLength) : undefined) ?? headerWordAt(rest);
    if (!word) return null;
    words.push(word);
    rest = rest.slice(word.length);
  }
  return words;
}

/**
 * Header words a page broke at a space ("上年度 实际水平", "本年度 计划水平", "绩效 指标"): a word no role
 * names is joined to the next when together they are a column or band word.
 */
export function joinBrokenHeaderWords(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    const role = matchColumnRole(word);
    const isWordAlone = role === null && !isBandWord(word);
    const next = words[index + 1];
    // A column word's rest broken off at a space ("一级 指标", "未完成原因和 改进措施"): a short word with no column
    // of its own and no level that makes a whole wording of the vocabulary with it (a row's first name after the
    // header's last word is the table's, though "偏差原因…" patterns would take it).
    const isRestOfWord =
      role !== null && next !== undefined && next.length <= MAX_WORD_REST && matchColumnRole(next) === null && !levelWords.includes(next) && headerWords.includes(normalizeHeaderText(word + next));
    const pieces = isWordAlone ? brokenWordPieces(words, index) : isRestOfWord ? 2 : 1;
    joined.push(words.slice(index, index + pieces).join(''));
    index += pieces - 1;
  }
  return joined;
}

/** How long a column word's rest broken off at a space may be ("改进措施"). */
const MAX_WORD_REST = 4;

/** How many characters a spread-out word may have ("绩 效 指 标"). */
const MAX_SPREAD_PIECES = 6;

/**
 * How many words from `index` on make one column or band word: two pieces of a word broken at a space
 * ("上年度 实际水平"), or a word spread out one character at a time ("绩 效 指 标", a PDF's or page's
 * letter-spaced cell); 1 when none.
 */
function brokenWordPieces(words: readonly string[], index: number): number {
  const isWord = (text: string): boolean => matchColumnRole(text) !== null || isBandWord(text);
  const pair = words[index + 1];
  if (pair !== undefined && isWord((words[index] as string) + pair)) return 2;
  let text = words[index] as string;
  let pieces = 1;
  while (text.length === pieces && pieces < MAX_SPREAD_PIECES && (words[index + pieces] ?? '').length === 1) {
    text += words[index + pieces] as string;
    pieces += 1;
    if (pieces > 2 && isWord(text)) return pieces;
  }
  return 1;
}

/** A header read from a line's words: its roles and the position after its last word. */
export interface HeaderAt {
  roles: ColumnRole[];
  end: number;
  isNameFromContent?: boolean;
}

/**
 * The most words a header on one line holds (the widest of the fixtures has 11). A longer run of column
 * words is no header, and the bound keeps a header tried at each word of a line linear.
 */
export const MAX_HEADER_WORDS = 32;

/** The header whose first word is `words[from]` (band words may come first), or null. */
export function readHeaderAt(words: readonly string[], from: number): HeaderAt | null {
  let roles: ColumnRole[] = [];
  let end = from;
  for (; end < words.length; end += 1) {
    const word = words[end] as string;
    const role = matchColumnRole(word) ?? matchColumnRoleBetweenColumns(word, words[end - 1], words[end + 1]);
    if (role !== null) roles.push(role);
    else if (!isBandWord(word) || roles.length > 0) break;
    if (end - from >= MAX_HEADER_WORDS) return null;
  }
  if (roles.length < MIN_HEADER_WORDS) return null;
  // A header of two rows written one after the other: "指标名称 上年度实际水平 本年度计划水平 指标内容 二级指标
  // 三级指标" (指标名称 stands over 二级 and 三级): the lower words take the place of the word they stand under.
  if (roles.filter((role) => role === 'name').length > 1) {
    const roleWords = words.slice(end - roles.length, end).map((text) => ({ text }));
    const ordered = flattenHeaderRows(roleWords);
    const described = ordered === null ? withLaterNamesAsContent(roles) : null;
    if (ordered === null && described === null) return null;
    roles = described ?? (ordered ?? []).map((word) => matchColumnRole(word.text) as ColumnRole);
  }
  // Without a name column, 指标内容 holds the names (Hubei declarations).
  const isNameFromContent = !roles.includes('name') && roles.includes('content');
  if (isNameFromContent) roles[roles.indexOf('content')] = 'name';
  if (!roles.includes('name')) return null;
  return { roles, end, ...(isNameFromContent ? { isNameFromContent } : {}) };
}

/**
 * A header of one row naming the indicator twice, the levels' own 三级指标 after 一级指标 and 二级指标 and a
 * name wording after it ("一级指标 分值 二级指标 分值 三级指标 分值 具体指标 评价标准 自评得分", a 项目支出绩效评价评分表):
 * the 二级 column's name is the indicator's, so a later name wording is the indicator's description (content),
 * never a second name. Null where the first name follows no 二级, or a content column is named already.
 */
export function withLaterNamesAsContent(roles: readonly ColumnRole[]): ColumnRole[] | null {
  const name = roles.indexOf('name');
  const level2 = roles.indexOf('level2');
  if (level2 < 0 || level2 > name || roles.includes('content')) return null;
  const later = roles.slice(name + 1).filter((role) => role === 'name').length;
  if (later !== 1) return null;
  return roles.map((role, index) => (index > name && role === 'name' ? 'content' : role));
}

/** A line's words, a word the page broke at a space joined again (joinBrokenHeaderWords). */
export function headerLineWords(line: string): string[] {
  return joinBrokenHeaderWords(line.trim().split(/\s+/));
}

/** The roles of a run-together header line and the text after the header words, or null. */
export function readHeaderWords(line: string): { roles: ColumnRole[]; rest: string; isNameFromContent?: boolean } | null {
  const trimmed = line.trim();
  // A long line without spaces is the spaceless stream's (spaceless-stream.ts); one with spaces may be a whole table.
  if (trimmed === '' || (trimmed.length > 400 && !/\s/.test(trimmed))) return null;
  const spaced = headerLineWords(trimmed);
  const words = spaced.length === 1 ? (cutHeader(trimmed) ?? spaced) : spaced;
  const header = readHeaderAt(words, 0);
  if (header === null) return null;
  const { end, ...read } = header;
  return { ...read, rest: spaced.length === 1 ? '' : spaced.slice(end).join(' ') };
}

/** A row line without spaces cut into goal, levels, name and value (whatever of them it has). */
export function splitSpacelessLine(text: string): string[] {
  // A line that is one level name ("服务对象满意度指标") is not cut into a shorter one and a rest.
  if (levelWords.includes(text)) return [text];
  const words: string[] = [];
  let rest = text;
  const goal = GOAL_PREFIX.exec(rest)?.[1];
  if (goal) {
    words.push(goal);
    rest = rest.slice(goal.length);
  }
  for (let level = 0; level < 2; level += 1) {
    const word = levelWords.find((candidate) => rest.startsWith(candidate) && rest.length > candidate.length);
    if (!word) break;
    words.push(word);
    rest = rest.slice(word.length);
  }
  const value = VALUE_START.exec(rest);
  const valueAt = value && value.index > 0 ? value.index : trailingValueStart(rest);
  if (valueAt > 0) words.push(rest.slice(0, valueAt), rest.slice(valueAt));
  else if (rest !== '') words.push(rest);
  return words;
}

/** A percentage closing a row after a name's last character ("持证上岗率100%"). */
const TRAILING_PERCENT = /[\u4e00-\u9fff](\d{1,3}(?:\.\d{1,2})?[%％])$/;
/** Qualitative values of a verb with its adverb ("稳步提高", "持续完善", "达到预期") are this long. */
const QUALITATIVE_TAIL = [6, 5, 4];
const MIN_NAME = 2;

/**
 * Where a value written with no operator starts at the end of a row's words (a page's run-together 目标表:
 * "保教人员持证上岗率100%", "普惠性学前教育覆盖率稳步提高"): a percentage after the name, or a qualitative value
 * of four characters or more; -1 when neither closes the words.
 */
function trailingValueStart(rest: string): number {
  const percent = TRAILING_PERCENT.exec(rest);
  if (percent?.[1] !== undefined && rest.length - percent[1].length >= MIN_NAME) return rest.length - percent[1].length;
  const tail = QUALITATIVE_TAIL.find((length) => rest.length - length >= MIN_NAME && isQualitativeValue(rest.slice(-length)));
  return tail === undefined ? -1 : rest.length - tail;
}

/**
 * A header that starts inside a line's words after `from` (a whole document dumped on one line with
 * single spaces: file metadata, title, header facts, funds, then "绩效指标 一级指标 二级指标 …"): where it
 * starts and the header read from there. Null when no header starts after the word at `from`.
 */
export function findHeaderInWords(words: readonly string[], from = 0): { start: number; header: HeaderAt } | null {
  for (let start = from + 1; start < words.length - MIN_HEADER_WORDS; start += 1) {
    const word = words[start] as string;
    const role = matchColumnRole(word);
    if (role !== 'level1' && role !== 'sequence' && !isBandWord(word)) continue;
    const header = readHeaderAt(words, start);
    if (header) return { start, header };
  }
  return null;
}

/** findHeaderInWords over a line: the words before the header and the header with the text after it. */
export function findHeaderInLine(line: string): { before: string; header: { roles: ColumnRole[]; rest: string } } | null {
  const words = headerLineWords(line);
  const found = findHeaderInWords(words);
  if (found === null) return null;
  const { end, ...read } = found.header;
  return { before: words.slice(0, found.start).join(' '), header: { ...read, rest: words.slice(end).join(' ') } };
}

/**
 * A header naming the 一级 right before the name and no 二级 over rows that still write their 二级 after the
 * 一级: the Chongqing county 专项转移支付绩效目标自评表 as a page's text ("绩效指标 一级指标 三级指标 年度指标值 …" over
 * "产出指标 数量指标 新建道路 524m 524m"), Fujian's system-made 自评报告 run together (评价内容 over both levels). The
 * 二级 column is put back after the 一级, empty where a row writes none (run-together.ts, spaceless-stream.ts).
 */
export function withUnwrittenLevel2(roles: readonly ColumnRole[]): ColumnRole[] {
  const level1 = roles.indexOf('level1');
  if (level1 < 0 || roles.includes('level2') || roles[level1 + 1] !== 'name') return [...roles];
  return [...roles.slice(0, level1 + 1), 'level2', ...roles.slice(level1 + 1)];
}
