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
import { describeColumnRole, isBandWord, matchColumnRole, tableEndWords, totalsWords, type ColumnRole } from '../../vocabulary/columns.ts';
import { OPERATOR_START } from '../cell-kinds.ts';
import { createTextRow, type GridRow } from '../grid.ts';
import { matchLevel1, matchLevel2 } from '../levels.ts';
import { headerWords, levelWords, readHeaderWords } from './run-together-words.ts';
import type { LayoutDetector } from './types.ts';

/** A stream shorter than this after its header is no run-together table. */
const MIN_STREAM_LENGTH = 20;
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

type CellGrammar = 'points' | 'value' | 'text';
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
  likelihood: 'text',
};

interface Cut {
  end: number;
  text: string;
  points: number;
}

const startsWithAny = (text: string, at: number, words: readonly string[]): string | undefined =>
  words.find((word) => text.startsWith(word, at));

/** The level word at `at` ("产出指标", "社会效益指标"), with its weight note, or undefined. */
function levelAt(text: string, at: number, isLevel1: boolean): string | undefined {
  const candidates = levelWords.filter((word) => text.startsWith(word, at) && (isLevel1 ? matchLevel1(word) !== null : matchLevel1(word) === null && matchLevel2(word) !== null));
  const word = candidates[0];
  if (word === undefined) return undefined;
  const note = LEVEL_NOTE.exec(text.slice(at + word.length))?.[0] ?? '';
  return word + note;
}

const isTableEndAt = (text: string, at: number): boolean => startsWithAny(text, at, tableEndWords) !== undefined;
const isRowBoundary = (text: string, at: number): boolean =>
  at >= text.length || startsWithAny(text, at, levelWords) !== undefined || startsWithAny(text, at, totalsWords) !== undefined || isTableEndAt(text, at);

/** Every way a 分值/得分 can be read at `at`: "20" of "20100%", never "0100". */
function pointCuts(text: string, at: number): Cut[] {
  const cuts: Cut[] = [];
  const digits = /^\d+(?:\.\d{1,2})?/.exec(text.slice(at))?.[0] ?? '';
  for (let length = 1; length <= digits.length; length += 1) {
    const number = digits.slice(0, length);
    if (number.endsWith('.') || (number.length > 1 && number.startsWith('0') && !number.startsWith('0.'))) continue;
    if (Number(number) > MAX_POINTS) break;
    const end = at + length;
    cuts.push({ end: text[end] === '分' ? end + 1 : end, text: number, points: Number(number) === 0 ? -1 : 1 });
  }
  return cuts;
}

/** Every way a 指标值 can be read at `at`: operator, number, unit (core's list), or a short text before a row boundary. */
function valueCuts(text: string, at: number): Cut[] {
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
      const following = (UNITS_BY_FIRST_CHARACTER.get(text.charAt(afterNumber)) ?? []).filter((unit) => text.startsWith(unit, afterNumber));
      const units = following.length > 0 ? following.slice(0, 1) : [''];
      for (const unit of units) {
        let end = afterNumber + unit.length;
        end += RATE_SUFFIX.exec(text.slice(end))?.[0].length ?? 0;
        const isTyped = operator !== '' || unit !== '';
        cuts.push({ end, text: text.slice(at, end), points: isTyped ? TYPED_VALUE_POINTS : 0 });
      }
    }
  }
  for (let end = at + 1; end <= Math.min(text.length, at + MAX_TEXT_VALUE_LENGTH); end += 1) {
    if (/[≥≤><=%％]/.test(text.charAt(end - 1)) || SENTENCE_MARK.test(text.charAt(end - 1))) break;
    if (isRowBoundary(text, end) && startsWithAny(text, at, levelWords) === undefined) cuts.push({ end, text: text.slice(at, end), points: ratedTextValue(text.slice(at, end)) });
  }
  return cuts;
}

/** A text value ("12月底前", "明显改善") is weak evidence, the weaker the longer; one that opens with a number less so. */
function ratedTextValue(value: string): number {
  return TEXT_VALUE_POINTS - Math.ceil(value.length / 4) + (/^\d/.test(value) ? 1 : 0);
}

/** An optional text column (偏差原因, 备注): empty, or text that runs to the next row boundary. */
function textCuts(text: string, at: number): Cut[] {
  const cuts: Cut[] = [{ end: at, text: '', points: 0 }];
  for (let end = at + 1; end <= Math.min(text.length, at + MAX_NAME_LENGTH * 2); end += 1) {
    if (isRowBoundary(text, end)) {
      cuts.push({ end, text: text.slice(at, end), points: OPTIONAL_TEXT_POINTS });
      break;
    }
  }
  return cuts;
}

/** How well a cut reads as a 三级 name: not a value, no digit at its edges, no level inside. */
function ratedName(name: string): number | null {
  // A name never starts where a number or its unit was cut ("0套", "6.5万元", "%").
  if (name.length < 2 || /[≥≤%％]/.test(name) || name.startsWith('.') || SENTENCE_MARK.test(name)) return null;
  let points = name.length >= 3 ? 1 : 0;
  if (/\d$/.test(name)) points -= 3;
  if (/^\d/.test(name)) points -= 3;
  points -= (name.match(/\d+/g) ?? []).length;
  for (let at = 1; at < name.length; at += 1) if (startsWithAny(name, at, levelWords) !== undefined) points -= MISSED_LEVEL_POINTS;
  return points;
}

/** Positions strictly inside a level name written in the stream: no cell ends there ("底前效|益指标"). */
function markLevelInteriors(text: string): boolean[] {
  const inside = Array.from({ length: text.length + 1 }, () => false);
  for (let at = 0; at < text.length; at += 1) {
    const word = startsWithAny(text, at, levelWords);
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
}

/**
 * How much each reading of a cell counts: a value with operator or unit is strong evidence of a
 * right cut, a bare number or a short text weak, an optional text column filled only when nothing
 * else explains the words.
 */
const TYPED_VALUE_POINTS = 2;
const TEXT_VALUE_POINTS = -1;
const OPTIONAL_TEXT_POINTS = -5;
const DETACHED_UNIT_POINTS = 2;
/** A level name inside a name is a row boundary missed. */
const MISSED_LEVEL_POINTS = 6;
/** Text after the last row that no row explains (the page goes on after the table) costs by its length. */
const UNEXPLAINED_CHARACTERS_PER_POINT = 2;

/** The best reading of the stream from `at` on, as rows of cells in `roles` order; null when none explains it. */
function readStream(text: string, roles: readonly ColumnRole[]): string[][] | null {
  const nameIndex = roles.indexOf('name');
  const cellRoles = roles.slice(nameIndex + 1);
  const insideLevel = markLevelInteriors(text);
  const memo = new Map<number, Reading | null>();
  const cellMemo = new Map<string, CellsReading | null>();

  function finish(at: number): Reading | null {
    const totals = startsWithAny(text, at, totalsWords);
    if (totals === undefined) return isTableEndAt(text, at) ? { points: 0, rows: [[text.slice(at)]] } : null;
    const row = roles.map(() => '');
    row[0] = totals;
    let next = at + totals.length;
    for (const role of ['weight', 'score'] as const) {
      const index = roles.indexOf(role);
      if (index < 0) continue;
      const cut = pointCuts(text, next).filter((candidate) => role === 'score' || pointCuts(text, candidate.end).length > 0).at(-1);
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
    const level1 = levelAt(text, start, true);
    if (level1 !== undefined && roles.includes('level1')) {
      row[roles.indexOf('level1')] = level1;
      start += level1.length;
    }
    const level2 = levelAt(text, start, false);
    if (level2 !== undefined && roles.includes('level2')) {
      row[roles.indexOf('level2')] = level2;
      start += level2.length;
    } else if (level1 !== undefined && roles.includes('level1') && roles.includes('level2') && matchLevel2(level1) !== null) {
      // 成本指标 alone is the 二级 under 产出指标 in templates that place it there; the reader decides.
      row[roles.indexOf('level2')] = level1;
      row[roles.indexOf('level1')] = '';
    }
    if (result === null) {
      for (let nameEnd = start + 2; nameEnd <= Math.min(text.length, start + MAX_NAME_LENGTH); nameEnd += 1) {
        const rated = ratedName(text.slice(start, nameEnd));
        if (rated === null || insideLevel[nameEnd]) continue;
        const namePoints = rated - (startsWithDetachedUnit(text, start) ? DETACHED_UNIT_POINTS : 0);
        const tail = readCells(nameEnd, 0, '');
        if (!tail) continue;
        const points = namePoints + tail.points;
        if (result === null || points > result.points) {
          const cells = [...row];
          cells[nameIndex] = text.slice(start, nameEnd);
          tail.cells.forEach((cell, index) => (cells[nameIndex + 1 + index] = cell));
          result = { points, rows: [cells, ...tail.rest.rows] };
        }
      }
    }
    const restPoints = -Math.ceil((text.length - at) / UNEXPLAINED_CHARACTERS_PER_POINT);
    if (at > 0 && (result === null || result.points < restPoints)) result = { points: restPoints, rows: [[text.slice(at)]] };
    memo.set(at, result);
    return result;
  }

  /** The cells after the name from `at`; `weight` is the row's 分值 so far (an 得分 never passes it). */
  function readCells(at: number, index: number, weight: string): CellsReading | null {
    if (index === cellRoles.length) {
      const rest = best(at);
      return rest ? { points: rest.points, cells: [], rest } : null;
    }
    const key = `${at}:${index}:${weight}`;
    if (cellMemo.has(key)) return cellMemo.get(key) ?? null;
    const role = cellRoles[index] as ColumnRole;
    const grammar = grammarOf[role];
    let cuts = grammar === 'points' ? pointCuts(text, at) : grammar === 'value' ? valueCuts(text, at) : textCuts(text, at);
    if (role === 'score' && weight !== '') cuts = cuts.filter((cut) => Number(cut.text) <= Number(weight));
    let chosen: CellsReading | null = null;
    for (const cut of cuts) {
      if (insideLevel[cut.end]) continue;
      const tail = readCells(cut.end, index + 1, role === 'weight' ? cut.text : weight);
      if (tail && (chosen === null || cut.points + tail.points > chosen.points)) {
        chosen = { points: cut.points + tail.points, cells: [cut.text, ...tail.cells], rest: tail.rest };
      }
    }
    cellMemo.set(key, chosen);
    return chosen;
  }

  const reading = best(0);
  return reading && reading.rows.length > 0 ? reading.rows : null;
}

/** Where a header written without spaces starts inside a longer line, with its roles and end. */
export function findHeaderInLine(line: string): { start: number; end: number; roles: ColumnRole[] } | null {
  for (let start = 0; start < line.length - MIN_STREAM_LENGTH; start += 1) {
    let end = start;
    for (let word = startsWithAny(line, end, headerWords); word !== undefined; word = startsWithAny(line, end, headerWords)) end += word.length;
    if (end === start) continue;
    const words = line.slice(start, end);
    if (!(matchColumnRole(words.slice(0, 4)) !== null || isBandWord(words.slice(0, 4)) || headerWords.some((word) => words.startsWith(word)))) continue;
    const header = readHeaderWords(words);
    if (header) return { start, end, roles: header.roles };
  }
  return null;
}

function readSpacelessStreams(lines: readonly string[]): GridRow[] {
  const rows: GridRow[] = [];
  let found = false;
  lines.forEach((line, index) => {
    const source = { line: index + 1 };
    const written = line.trim();
    const header = /[\t|]/.test(written) || written.length < MIN_STREAM_LENGTH * 2 ? null : findHeaderInLine(written);
    const cells = header && header.roles.every((role, at) => at <= header.roles.indexOf('name') ? ['goal', 'level1', 'level2', 'name'].includes(role) : grammarOf[role] !== undefined);
    const stream = header ? written.slice(header.end).replace(/\s+/g, '') : '';
    const read = header && cells && stream.length >= MIN_STREAM_LENGTH ? readStream(stream, header.roles) : null;
    if (!header || !read) {
      if (written !== '') rows.push(createTextRow([line], source));
      return;
    }
    found = true;
    if (header.start > 0) rows.push(createTextRow([written.slice(0, header.start)], source));
    rows.push(createTextRow(header.roles.map(describeColumnRole), source));
    for (const texts of read) rows.push(createTextRow(texts, source));
  });
  return found ? rows : [];
}

export const spacelessStreamDetector: LayoutDetector = { name: 'spaceless-stream', readRows: readSpacelessStreams };
