/**
 * Tables whose rows lost their cell separators: the header on one line with single spaces
 * ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施") or none at all
 * ("一级指标二级指标三级指标指标值"), and the rows after it the same way: one row per line, or the
 * whole table run together on one line. Blank merged cells leave no trace, so a row is read from
 * both ends: goal and level names peeled off its start, values taken from its end (where the table
 * has 分值 and 得分, a row ends at two neighbouring numbers and any words after them are its 偏差原因),
 * the rest is the name. A value broken by spaces ("≥ 1 场") is put back together first.
 */
import { describeColumnRole, isBandWord, matchColumnRole, operatorColumnWords, type ColumnRole } from '../../vocabulary/columns.ts';
import { isDateValue, isQualitativeValue, isTableEnd, isTotalsCell, isUnitWord, looksLikeValue } from '../cell-kinds.ts';
import { matchGoalName } from '../goal-names.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { level1NamesAlsoLevel2 } from '../../vocabulary/levels.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import { isUnlistedLevel2Word } from './unlisted-level2-line.ts';
import { findHeaderInLine, findHeaderInWords, headerLineWords, joinBrokenHeaderWords, readHeaderWords, splitSpacelessLine, withUnwrittenLevel2 } from './run-together-words.ts';
import { isScoredApart, readRowsInHeaderOrder } from './run-together-ordered.ts';
import type { LayoutDetector } from './types.ts';

/** A level's weight as a word of its own: "(10分)", or the template's range of weights, "(40-50)分" (a Chongqing 审批表). */
const LEVEL_NOTE_WORD = /^[（(]\d{1,3}(?:\.\d{1,2})?\s*(?:[-－—–~～至]\s*\d{1,3}\s*)?分?[）)]分?$/;
const OPERATOR_ONLY = /^(≥|≤|>|<|=|>=|<=|不少于|不低于|不超过|不高于|大于|小于|少于|高于|低于|达到|控制在|下降|上升|增长|减少)$/;
const valueRoleOrder: readonly ColumnRole[] = ['priorValue', 'initialTarget', 'target', 'actualToDate', 'actual', 'completionRate', 'forecast'];
const trailingRoles: readonly ColumnRole[] = ['deviation', 'remark', 'likelihood'];


interface Token {
  text: string;
  line: number;
}

const isLevel = (text: string): boolean => matchLevel1(text) !== null || matchLevel2(text) !== null;
const operatorWords: ReadonlySet<string> = new Set(operatorColumnWords.flatMap((entry) => entry.words));
const isOperatorWord = (text: string): boolean => operatorWords.has(text);

/** Puts back together a value that spaces broke into tokens: "≥ 1 场" → "≥1场", "下降 15%" → "下降15%". */
export function mergeValueTokens(tokens: readonly Token[]): Token[] {
  const merged: Token[] = [];
  let joinNext = false;
  for (const token of tokens) {
    const last = merged.at(-1);
    const joinsUnit =
      last !== undefined &&
      /^[\d≥≤<>=.]/.test(last.text) &&
      /[\d%]$/.test(last.text) &&
      isUnitWord(token.text) &&
      !OPERATOR_ONLY.test(token.text) &&
      !isLevel(token.text) &&
      !isTotalsCell(token.text) &&
      !isTableEnd(token.text);
    if (last && (joinNext || joinsUnit)) last.text = `${last.text}${token.text}`;
    else merged.push({ ...token });
    joinNext = OPERATOR_ONLY.test(token.text);
  }
  return merged;
}

interface Layout {
  roles: readonly ColumnRole[];
  /**
   * The table names 二级 of its own: a word after a written 一级 was one. Then a short unknown word
   * opening a row's name words is that row's 二级 (set by `readTable`).
   */
  namesOwnLevel2?: boolean;
  hasPair: boolean;
  /** A 分值 column without 得分. */
  hasLoneWeight: boolean;
  values: readonly ColumnRole[];
  trailing: ColumnRole | undefined;
}

/** 分值 and 得分 are plain numbers ("10", "9.6", "10分"); a value with a unit or % is not one. */
const PLAIN_NUMBER = /^\d{1,4}(\.\d{1,3})?分?$/;
const isPlainNumber = (token: Token | undefined): boolean => token !== undefined && PLAIN_NUMBER.test(token.text);

/**
 * Index of the 得分 that closes the row starting at `from`: the second of two neighbouring plain
 * numbers, moved right while more numbers follow (实际完成值 9580, 分值 2, 得分 1). -1 when none.
 */
function findPair(tokens: readonly Token[], from: number, end: number): number {
  for (let index = from + 2; index <= end; index += 1) {
    if (!isPlainNumber(tokens[index]) || !isPlainNumber(tokens[index - 1])) continue;
    let score = index;
    while (score + 1 <= end && isPlainNumber(tokens[score + 1])) score += 1;
    return score;
  }
  return -1;
}

/**
 * How many rows a line's pairs of neighbouring plain numbers close (each pair's last number not followed by
 * another). A pair with only values between it and the pair before closes no row of its own: a row whose
 * target and actual are bare numbers (their unit in a 度量单位 column, left empty) writes them as a pair
 * before its 完成率 and its 分值 / 得分 ("参加研修教师人次 45 36 80.00% 20.00 16"); the next row would
 * have a name first.
 */
function countPairAnchors(tokens: readonly Token[]): number {
  let anchors = 0;
  let previous = -1;
  tokens.forEach((token, at) => {
    if (at === 0 || !isPlainNumber(token) || !isPlainNumber(tokens[at - 1]) || isPlainNumber(tokens[at + 1])) return;
    const between = tokens.slice(previous + 1, at - 1);
    if (previous < 0 || between.some((word) => !looksLikeValue(word.text))) anchors += 1;
    previous = at;
  });
  return anchors;
}

/**
 * The 得分 closing a line that holds one row: the last pair of neighbouring plain numbers when only words
 * that are no values follow it (its 偏差原因), so a row's bare target and actual before its 完成率 are no
 * 分值 and 得分; else the first pair (findPair).
 */
function findLinePair(tokens: readonly Token[]): number {
  const first = findPair(tokens, 0, tokens.length - 1);
  for (let at = tokens.length - 1; at > first && at >= 1; at -= 1) {
    if (isPlainNumber(tokens[at]) && isPlainNumber(tokens[at - 1])) {
      return tokens.slice(at + 1).every((token) => !looksLikeValue(token.text)) ? at : first;
    }
  }
  return first;
}

/**
 * The 一级 and 二级 names opening a row, taken off `rest`. 成本指标 is both a 一级 (newer templates)
 * and a 二级: after a 一级, or followed by a 三级 rather than a 二级, it is the 二级. A 一级 right after
 * a 一级 is the 二级 as written (满意度指标(10分) 满意度指标); a 二级 with no indicators of its own
 * (经济效益指标 followed by the next 一级) gives way to the names after it.
 */
function peelLevels(rest: Token[], layout: Layout): Map<ColumnRole, string> {
  const cells = new Map<ColumnRole, string>();
  const hasLevel1 = layout.roles.includes('level1');
  const hasLevel2 = layout.roles.includes('level2');
  let level1InRow = false;
  while (rest.length > 0) {
    const text = (rest[0] as Token).text;
    const next = rest[1]?.text ?? '';
    const isLevel1 = hasLevel1 && matchLevel1(text) !== null;
    const isLevel2 = hasLevel2 && matchLevel2(text) !== null;
    // After a 二级 only a 一级 goes on (an empty 二级 group); a 三级 named like a level stays the name.
    if (cells.has('level2') && !isLevel1) break;
    // 成本指标 is a 一级 and a 二级 under 产出 (documents/vocabulary/levels.ts); one with its weight is the 一级.
    const isBoth = isLevel1 && isLevel2 && level1NamesAlsoLevel2.includes(matchLevel1(text)?.name ?? '') && matchLevel1(text)?.weight === null;
    const takesLevel1 = isLevel1 && !(level1InRow && !cells.has('level2')) && !(isBoth && (level1InRow || matchLevel2(next) === null));
    if (takesLevel1) {
      // Its weight written as the next word ("满意度指标 (10分)") belongs to it.
      const hasNote = LEVEL_NOTE_WORD.test(next);
      cells.set('level1', hasNote ? `${text} ${next}` : text);
      if (hasNote) rest.shift();
      cells.delete('level2');
      level1InRow = true;
    } else if (hasLevel2 && !cells.has('level2') && (isBoth || level1InRow ? isLevel2 || isLevel1 : isLevel2 && matchLevel1(text) === null)) {
      cells.set('level2', text);
    }
    else break;
    rest.shift();
  }
  return cells;
}

/**
 * A 指标内容 column after the values of a table that names its indicators in a column of their own
 * ("… 本年度计划水平 指标内容/计算公式"): a text column closing each row, like 偏差原因.
 */
function contentAfterValues(roles: readonly ColumnRole[]): ColumnRole | undefined {
  const lastValue = Math.max(...valueRoleOrder.map((role) => roles.indexOf(role)));
  return roles.includes('name') && lastValue >= 0 && roles.indexOf('content') > lastValue ? 'content' : undefined;
}

/** Whether the header's column after the name is a 指标解释 / 指标内容 (the values after it). */
function hasContentAfterName(roles: readonly ColumnRole[]): boolean {
  const name = roles.indexOf('name');
  return name >= 0 && roles[name + 1] === 'content' && valueRoleOrder.some((role) => roles.indexOf(role) > name + 1);
}

/** A value written as a bound ("≥100人次", "≤1处"): a target, never a completed value. */
const BOUND_VALUE = /^(?:≥|≤|>|<|=|>=|<=|不少于|不低于|不超过|不高于)/;

/**
 * The columns of a row's values: the last columns when the row fills fewer than the header has (an empty
 * 实际完成值 is left out before it), but a lone value written as a bound is the target wherever it stands.
 */
function valueRolesOf(values: readonly Token[], layout: Layout): readonly ColumnRole[] {
  const isLoneBound = values.length === 1 && layout.values.length > 1 && layout.values.includes('target') && BOUND_VALUE.test((values[0] as Token).text);
  if (isLoneBound) return ['target'];
  // A 完成率 is a percentage: a row whose last value is none left its 完成率 empty (the values before it keep their columns).
  const roles = !PERCENTAGE.test(values.at(-1)?.text ?? '') ? layout.values.filter((role) => role !== 'completionRate') : layout.values;
  return roles.slice(Math.max(0, roles.length - values.length));
}

const PERCENTAGE = /^\d{1,4}(?:\.\d{1,4})?[%％]$/;

/** One row's cells from its tokens (levels first, values last, name between). */
function placeRow(tokens: readonly Token[], layout: Layout, rows: GridRow[]): Map<ColumnRole, string> | null {
  const rest = [...tokens];
  if (rest.length === 0) return null;
  const line = (rest[0] as Token).line;
  if (matchGoalName((rest[0] as Token).text)) rows.push(createTextRow([(rest.shift() as Token).text], { line }));
  const cells = peelLevels(rest, layout);
  // A 分值 without 得分 (target tables with weights): the row's last plain number after its value (a figure, a
  // qualitative wording or a 时效 row's deadline: "项目完工时间 2024年11月底前 10").
  if (layout.hasLoneWeight && rest.length > 2 && isPlainNumber(rest.at(-1)) && isRowValue(rest.at(-2)?.text ?? '')) {
    cells.set('weight', (rest.pop() as Token).text);
  }
  let valueCount = Math.min(layout.values.length, Math.max(0, rest.length - 1));
  const last = rest.at(-1)?.text ?? '';
  if (!layout.hasPair && valueCount > 0 && !isRowValue(last) && !isTwinValue(rest, rest.length - 1, layout)) valueCount = 0;
  const values = rest.splice(rest.length - valueCount, valueCount);
  valueRolesOf(values, layout).forEach((role, index) => cells.set(role, values[index]?.text ?? ''));
  // 指标性质 / 指标方向 words just before the value ("正向", "定量"): their own cells, never the name.
  const wordRoles = layout.roles.filter((role) => role === 'operator' || role === 'direction');
  while (wordRoles.length > 0 && rest.length > 1 && isOperatorWord((rest.at(-1) as Token).text)) {
    cells.set(wordRoles.pop() as ColumnRole, (rest.pop() as Token).text);
  }
  if (startsWithUnlistedLevel2(rest, cells, layout)) cells.set('level2', (rest.shift() as Token).text);
  // A 指标解释 column right after the name ("三级指标 指标解释 绩效目标值 …"): the name is the first word, the
  // explanation the words after it (an explanation holds spaces far more often than a name: "合格页数 / 抽检页数").
  if (hasContentAfterName(layout.roles) && rest.length >= 2) cells.set('content', rest.splice(1).map((token) => token.text).join(' '));
  cells.set('name', rest.map((token) => token.text).join(' '));
  rows.push(createTextRow(layout.roles.map((role) => cells.get(role) ?? ''), { line }));
  return cells;
}

/**
 * Whether the words left for the name open with a 二级 the vocabulary does not know ("产出指标 工作质量类
 * 验收合格率 …"): a row that writes its 一级 writes its 二级 too, so a word after a 一级 with no known
 * 二级 is it. Without a 一级 the same words may be a name broken by a space ("培训 覆盖人次"): they open a
 * 二级 only in a table that names 二级 of its own (`namesOwnLevel2`). Glued to the name ("工作质量类验收
 * 合格率") nothing tells where it ends: it stays the name.
 */
function startsWithUnlistedLevel2(rest: readonly Token[], cells: ReadonlyMap<ColumnRole, string>, layout: Layout): boolean {
  const [first, ...name] = rest;
  if (!first || name.length === 0 || cells.has('level2') || !layout.roles.includes('level2') || !isUnlistedLevel2Word(first.text)) return false;
  // A name numbered 1 ("目标完成程度 1.管网清淤长度"): the numbers start again under each 二级, so the word before is its 二级.
  return cells.has('level1') || layout.namesOwnLevel2 === true || (name.length === 1 && FIRST_LISTED_NAME.test((name[0] as Token).text));
}

/** What the placed rows show of the table's 二级: how many unknown words a row that wrote its 一级 took as its 二级. */
interface Level2Evidence {
  unlisted: number;
}

function noteLevel2(evidence: Level2Evidence, cells: ReadonlyMap<ColumnRole, string> | null): void {
  const level2 = cells?.get('level2');
  if (level2 !== undefined && matchLevel2(level2) === null) evidence.unlisted += 1;
}

/**
 * Reads the rows twice when they show the table names 二级 of its own (a row that writes its 一级 writes an
 * unknown word after it): then under a carried 一级 too, an unknown word before a name opens the row
 * ("… 10 10 工作质量类 验收合格率 …"). A table whose 二级 are all of the vocabulary keeps such words in the
 * name ("培训 覆盖人次": a name broken by a space).
 */
function readTable(read: (layout: Layout, rows: GridRow[], evidence: Level2Evidence) => void, layout: Layout, rows: GridRow[]): void {
  const evidence: Level2Evidence = { unlisted: 0 };
  const firstRead: GridRow[] = [];
  read(layout, firstRead, evidence);
  if (evidence.unlisted === 0) {
    rows.push(...firstRead);
    return;
  }
  read({ ...layout, namesOwnLevel2: true }, rows, { unlisted: 0 });
}

/** A row per line: each line is read from both ends on its own. */
function readLines(lines: ReadonlyArray<readonly Token[]>, layout: Layout, rows: GridRow[], evidence: Level2Evidence): void {
  for (const tokens of lines) {
    if (tokens.length === 0) continue;
    if (isTotalsCell((tokens[0] as Token).text) || isTableEnd((tokens[0] as Token).text)) {
      rows.push(createTextRow(tokens.map((token) => token.text), { line: (tokens[0] as Token).line }));
      continue;
    }
    if (!layout.hasPair) {
      noteLevel2(evidence, placeRow(tokens, layout, rows));
      continue;
    }
    const score = findLinePair(tokens);
    if (score < 0) {
      placeRow(tokens, { ...layout, values: [] }, rows);
      continue;
    }
    const row: GridRow[] = [];
    const cells = placeRow(tokens.slice(0, score - 1), layout, row);
    noteLevel2(evidence, cells);
    if (cells) {
      const last = row.at(-1) as GridRow;
      const texts = layout.roles.map((role) => cells.get(role) ?? '');
      texts[layout.roles.indexOf('weight')] = (tokens[score - 1] as Token).text;
      texts[layout.roles.indexOf('score')] = (tokens[score] as Token).text;
      if (layout.trailing) texts[layout.roles.indexOf(layout.trailing)] = tokens.slice(score + 1).map((token) => token.text).join('');
      row[row.length - 1] = createTextRow(texts, last.source);
    }
    rows.push(...row);
  }
}

// A date or deadline is a 时效 row's value ("2024年10月前 2024年9月"); the form's date alone opens no row (isTableEnd first).
const isRowValue = (text: string): boolean => looksLikeValue(text) || isQualitativeValue(text) || isDateValue(text);

/**
 * A text written twice side by side where the header has a target and an actual column: a qualitative row
 * filled with the same words as target and result ("降低农户出行成本 降低农户出行成本", the Chongqing county
 * 专项转移支付绩效目标自评表), whatever its words. A level is never one.
 */
function isTwinValue(tokens: readonly Token[], index: number, layout: Layout): boolean {
  const text = tokens[index]?.text;
  if (text === undefined || layout.values.length < 2 || isLevel(text)) return false;
  return tokens[index + 1]?.text === text || tokens[index - 1]?.text === text;
}

/**
 * The last value of a row whose first value is at `first`, in a table without 分值/得分: a table with
 * several value columns (年度指标值 and 实际完成值) writes them side by side, so the row ends at the
 * last of as many neighbouring values (a level word opens the next row, never a value).
 */
function lastValueOfRow(tokens: readonly Token[], first: number, layout: Layout): number {
  let last = first;
  while (last - first + 1 < layout.values.length && (isRowValue(tokens[last + 1]?.text ?? '') || isTwinValue(tokens, last + 1, layout)) && !isLevel(tokens[last + 1]?.text ?? '')) last += 1;
  return last;
}

/** A name after its list number ("1.管网清淤长度", "（2）巡查次数"): it opens a row. */
const LIST_NUMBERED_NAME = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])[\u4e00-\u9fff]/;

/** A name numbered 1 ("1.管网清淤长度"): a list's numbers start again under each 二级. */
const FIRST_LISTED_NAME = /^(?:1[.、．]|[（(]1[)）])[\u4e00-\u9fff]/;

/**
 * Where the next row starts at or after `from`: at a goal, level, total or table-end word, a name with
 * its list number, an unknown word before a name numbered 1 (the 二级 a new list starts under), or the
 * word right before a value (a name).
 */
function findRowStart(tokens: readonly Token[], from: number, layout: Layout): number {
  for (let index = from; index < tokens.length; index += 1) {
    const text = (tokens[index] as Token).text;
    if (isLevel(text) || matchGoalName(text) || isTotalsCell(text) || isTableEnd(text) || LIST_NUMBERED_NAME.test(text)) return index;
    if (layout.roles.includes('level2') && isUnlistedLevel2Word(text) && FIRST_LISTED_NAME.test(tokens[index + 1]?.text ?? '')) return index;
    if (isRowValue(tokens[index + 1]?.text ?? '')) return index;
  }
  return tokens.length;
}

/** The whole table in one stream: rows end at their 分值/得分 pair (or at a value). */
function readStream(tokens: readonly Token[], layout: Layout, rows: GridRow[], evidence: Level2Evidence): void {
  let start = 0;
  while (start < tokens.length) {
    const first = tokens[start] as Token;
    if (isTotalsCell(first.text) || isTableEnd(first.text)) {
      rows.push(createTextRow(tokens.slice(start).map((token) => token.text), { line: first.line }));
      return;
    }
    let end = -1;
    if (layout.hasPair) end = findPair(tokens, start, tokens.length - 1);
    // Without 分值/得分 a row ends at its value: a number, or a qualitative wording ("达到预期", "健全")
    // right after a name, else the next row's name would run into this one.
    else for (let index = start + 1; index < tokens.length && end < 0; index += 1) if ((isRowValue((tokens[index] as Token).text) || isTwinValue(tokens, index, layout)) && !isLevel((tokens[index - 1] as Token).text)) end = index;
    if (end < 0) {
      placeRow(tokens.slice(start), { ...layout, values: [] }, rows);
      return;
    }
    if (!layout.hasPair) end = lastValueOfRow(tokens, end, layout);
    const body = tokens.slice(start, layout.hasPair ? end - 1 : end + 1);
    const cells = placeRow(body, layout, rows);
    noteLevel2(evidence, cells);
    let next = end + 1;
    if (cells && !layout.hasPair && layout.trailing) {
      // Words after the values and before the next row are this row's 偏差原因 (or other text column).
      const rowStart = findRowStart(tokens, next, layout);
      if (rowStart > next) {
        const texts = layout.roles.map((role) => cells.get(role) ?? '');
        texts[layout.roles.indexOf(layout.trailing)] = tokens.slice(next, rowStart).map((token) => token.text).join('');
        rows[rows.length - 1] = createTextRow(texts, (rows.at(-1) as GridRow).source);
        next = rowStart;
      }
    }
    if (cells && layout.hasPair) {
      const texts = layout.roles.map((role) => cells.get(role) ?? '');
      texts[layout.roles.indexOf('weight')] = (tokens[end - 1] as Token).text;
      texts[layout.roles.indexOf('score')] = (tokens[end] as Token).text;
      // Words after the pair and before the next level name are this row's 偏差原因.
      const after = tokens[next];
      // In a table naming 二级 of its own, an unknown word after a row scored in full (得分 = 分值: no 偏差 to
      // explain) opens the next row as its 二级.
      const isFullScore = (tokens[end - 1] as Token).text === (tokens[end] as Token).text;
      const isNextLevel2 = after !== undefined && layout.namesOwnLevel2 === true && isFullScore && isUnlistedLevel2Word(after.text);
      if (layout.trailing && after && !isNextLevel2 && !isLevel(after.text) && !isTotalsCell(after.text) && !matchGoalName(after.text)) {
        const nextPair = findPair(tokens, next, tokens.length - 1);
        const span = nextPair < 0 ? tokens.length - next : nextPair - 1 - next;
        if (span >= 2 + layout.values.length) {
          texts[layout.roles.indexOf(layout.trailing)] = after.text;
          next += 1;
        }
      }
      rows[rows.length - 1] = createTextRow(texts, (rows.at(-1) as GridRow).source);
    }
    start = next;
  }
}

/** How many lines a header's words may be wrapped over (a page's narrow header cells). */
const MAX_HEADER_LINES = 3;
/** Blank lines that may stand between two lines of one header. */
const MAX_BLANKS_IN_HEADER = 2;

/** A line of header words only: no cell separator, every word a column or band word. */
function isHeaderWordsOnly(line: string): boolean {
  if (line.trim() === '' || line.includes('|') || line.includes('\t')) return false;
  return joinBrokenHeaderWords(line.trim().split(/\s+/)).every((word) => matchColumnRole(word) !== null || isBandWord(word));
}

/**
 * A header whose words a page wrapped over two or three lines ("绩 效 指 标  一级 指标" / "三级指标  年度指标值
 * 全年完成值  未完成原因和" / "改进措施", the Chongqing county 专项转移支付绩效目标自评表): the first line alone is no
 * header, and the lines together are header words only. A word broken at the line's end goes on on the next
 * line (joinBrokenHeaderWords puts "未完成原因和 改进措施" together). The most lines that read whole win.
 */
function readWrappedHeader(lines: readonly string[], index: number): { header: NonNullable<ReturnType<typeof readHeaderWords>>; lineCount: number } | null {
  if (!isHeaderWordsOnly(lines[index] ?? '')) return null;
  // The header's lines, a blank line or two apart where a spreadsheet's text left each broken cell its own lines
  // ("一级" / "指标" joined to 一级指标 by text/broken-word-lines.ts, its second line blanked).
  const pieceLines: number[] = [];
  for (let at = index; at < lines.length && pieceLines.length < MAX_HEADER_LINES && at - (pieceLines.at(-1) ?? at) <= MAX_BLANKS_IN_HEADER + 1; at += 1) {
    if ((lines[at] ?? '').trim() !== '') pieceLines.push(at);
  }
  for (let count = pieceLines.length; count >= 2; count -= 1) {
    const pieces = pieceLines.slice(0, count).map((at) => lines[at] ?? '');
    if (!pieces.every((piece) => !piece.includes('|') && !piece.includes('\t'))) continue;
    const header = readHeaderWords(pieces.map((piece) => piece.trim()).join(' '));
    if (header && header.rest.trim() === '') return { header, lineCount: (pieceLines[count - 1] as number) - index + 1 };
  }
  return null;
}

function readRunTogether(lines: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  let found = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    // The header may keep its tabs while the rows below lost theirs.
    let header = line.includes('|') ? null : readHeaderWords(line);
    const wrapped = header ? null : readWrappedHeader(lines, index);
    if (wrapped) header = wrapped.header;
    const headerEnd = index + (wrapped?.lineCount ?? 1);
    const inLine = header || line.includes('|') || line.includes('\t') ? null : findHeaderInLine(line);
    // A goal's name right before its header ("目标一 一级指标 …") opens the goal's rows.
    let goalName: string | null = null;
    if (inLine) {
      // The words before a header inside the line are text above the table (title, header facts, funds).
      const words = inLine.before.split(' ');
      if (words.length > 1 && matchGoalName(words.at(-1) as string)) goalName = words.pop() as string;
      rows.push(createTextRow([words.join(' ')], { line: index + 1 }));
      header = inLine.header;
    }
    if (!header) {
      if (line.trim() !== '') rows.push(createTextRow([line], { line: index + 1 }));
      continue;
    }
    found = true;
    rows.push(createTextRow(withUnwrittenLevel2(header.roles).map(describeColumnRole), { line: index + 1 }));
    const dataLines: Token[][] = [];
    const toTokens = (text: string, lineNumber: number): Token[] => {
      const words = /\s/.test(text.trim()) ? text.trim().split(/\s+/) : splitSpacelessLine(text.trim());
      return mergeValueTokens(words.filter((word) => word !== '').map((word) => ({ text: word, line: lineNumber })));
    };
    // Each goal of a 部门整体 table repeats the header ("目标二 一级指标 …"); on one line the repeats are
    // inside the rows' words: dropped, the goal name before each stays to open its goal's rows.
    const restWords = headerLineWords(header.rest);
    const restTokens: Token[] = goalName === null ? [] : [{ text: goalName, line: index + 1 }];
    let from = 0;
    for (let again = findHeaderInWords(restWords); again !== null; again = findHeaderInWords(restWords, from)) {
      restTokens.push(...toTokens(restWords.slice(from, again.start).join(' '), index + 1));
      from = again.header.end;
    }
    const rest = restWords.slice(from).join(' ');
    restTokens.push(...(rest.trim() === '' ? [] : toTokens(rest, index + 1)));
    if (restTokens.length > 0) dataLines.push(restTokens);
    let end = headerEnd;
    // The table ends at a line that is (or holds) a header again: each goal of a 部门整体 table repeats it ("目标二 一级指标 …").
    const isHeaderAgain = (text: string): boolean => readHeaderWords(text) !== null || (!text.includes('|') && findHeaderInLine(text) !== null);
    while (end < lines.length && !(lines[end] ?? '').includes('\t') && !isHeaderAgain(lines[end] ?? '')) {
      if ((lines[end] ?? '').trim() !== '') dataLines.push(toTokens(lines[end] ?? '', end + 1));
      end += 1;
    }
    const roles = withUnwrittenLevel2(header.roles);
    const layout: Layout = {
      roles,
      hasPair: roles.includes('weight') && roles.includes('score'),
      hasLoneWeight: roles.includes('weight') && !roles.includes('score'),
      values: valueRoleOrder.filter((role) => roles.includes(role)),
      trailing: trailingRoles.find((role) => roles.includes(role)) ?? contentAfterValues(roles),
    };
    const isOneRowPerLine = dataLines.length > 1 && dataLines.every((tokens) => {
      // A lone 分值 closing the row is no second value.
      const isLoneWeight = (token: Token, at: number): boolean => layout.hasLoneWeight && at === tokens.length - 1 && isPlainNumber(token);
      const anchors = layout.hasPair ? countPairAnchors(tokens) : tokens.filter((token, at) => looksLikeValue(token.text) && !isLoneWeight(token, at)).length;
      return anchors <= 1;
    });
    // 分值 before the values and 得分 after a rule (Beijing 2016): no pair of numbers ends a row; read in the header's order.
    if (isScoredApart(roles)) rows.push(...readRowsInHeaderOrder(dataLines.flat(), roles, (rest) => peelLevels(rest, layout)));
    else if (isOneRowPerLine) readTable((placed, into, evidence) => readLines(dataLines, placed, into, evidence), layout, rows);
    else readTable((placed, into, evidence) => readStream(dataLines.flat(), placed, into, evidence), layout, rows);
    index = end - 1;
  }
  return found ? rows : [];
}

export const runTogetherDetector: LayoutDetector = { name: 'run-together', readRows: readRunTogether };
