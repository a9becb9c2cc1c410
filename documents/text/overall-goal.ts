/**
 * The 年度总体目标 of a 目标表 or 批复表: the text written beside (or under) its label. Tables name it in many ways
 * (年度总体目标, 整体绩效目标, 绩效目标, 总体目标, 年度目标, 项目总体绩效目标 …) and place it three ways:
 *
 * - beside the label: "年度目标 | 完成…", "绩效目标      保障…", "年度目标：购置…" (one cell), or the next line when
 *   each cell has its own line;
 * - under a split label: "整体绩效目标 | 中期目标（2024-2026年） | | 年度目标" with the texts on the row below, each
 *   under its own heading: the year's text is the one under 年度目标;
 * - labelled twice: "总目标 | …" then "本年度目标 | …": the year's label wins over a general one.
 *
 * A label followed by a column heading ("绩效目标 | 一级指标 | …") heads the indicator table and has no text.
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { findHeaderInLine } from '../grid/detectors/spaceless-stream.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { yearGoalOpenings } from '../vocabulary/goal-texts.ts';
import { splitRunTogetherTexts } from './run-together-texts.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';

/** Labels of the year's goal: preferred over the general ones below when a table writes both. */
// 年度主要目标和成果: a Chongqing 项目支出绩效目标审批表, its cell wrapped ("年度主要目标     和成果"); 年度绩效总目标: a Jiangxi
// county's 部门整体绩效目标 ("*年度绩效总目标 | …", twenty-fourth study).
const YEAR_LABELS = ['年度主要目标和成果', '年度主要目标', '年度整体绩效目标', '年度总体绩效目标', '年度绩效总目标', '年度总体目标', '年度绩效目标', '项目年度绩效目标', '项目年度目标', '本年度目标', '本年度绩效目标', '年度目标', '当年目标'];
/** General labels of the goal (a table that writes one goal only). */
const GENERAL_LABELS = ['项目总体绩效目标', '整体绩效目标', '总体绩效目标', '项目绩效目标', '总体目标', '绩效目标'];
/** Sub-headings of a split label: the period a text below is for (中期滚动目标: a Guangdong city's 批复表, twenty-fifth study). */
const PERIOD_HEADING = /^(长期|中期|中长期|远期|总|本?年度|当年)(滚动)?(绩效)?目标([(（][^)）]*[)）])?$/;
const YEAR_HEADING = /^(调整后)?(本?年度|当年)(绩效)?目标([(（][^)）]*[)）])?$/;
/** Headings of the 预期目标 / 实际完成情况 block and of a revision's two goals (原年度目标 / 调整后年度目标). */
const OTHER_HEADING = /^(预期目标|(全年)?实际完成情况|(年度)?目标完成情况|(原|调整前|调整后)(本?年度|当年)?(绩效)?目标)$/;

const MAX_SPLIT_HEADINGS = 4;

interface Candidate {
  text: string;
  line: number;
  isYear: boolean;
}

/** Each label as a pattern that allows spaces between its characters ("年 度 目 标" of a spaced dump). */
const LABEL_PATTERNS: ReadonlyArray<{ pattern: RegExp; isYear: boolean }> = [
  ...YEAR_LABELS.map((label) => ({ label, isYear: true })),
  ...GENERAL_LABELS.map((label) => ({ label, isYear: false })),
].map(({ label, isYear }) => ({ pattern: new RegExp(`^${Array.from(label).join('\\s*')}`), isYear }));

/** The label a cell is, with the text written after it in the same cell (may be ''), or null. */
function labelOf(cell: string): { isYear: boolean; rest: string } | null {
  // A cell one per line keeps the pipe that closes it ("年度目标 |"): no text of the label.
  const written = withoutClosingPipe(cell).replace(/^[*＊]\s*/, '');
  for (const { pattern, isYear } of LABEL_PATTERNS) {
    const match = pattern.exec(written);
    if (!match) continue;
    // A note after the label says how to fill it in ("总体绩效目标（一般不超过300字）").
    const after = written.slice(match[0].length).replace(/^\s*[(（][^)）]{1,20}[)）]/, '');
    // The label alone, or followed by a colon or a space and its text ("年度目标：…", "绩效目标    保障…").
    if (compact(after).replace(/^[:：]$/, '') === '') return { isYear, rest: '' };
    // The year's heading glued to the label ("总体目标年度目标"): readAtLabel takes the text under it.
    if (YEAR_HEADING.test(compact(after))) return { isYear, rest: compact(after) };
    const text = /^\s*[:：]\s*|^\s+/.exec(after);
    if (text) return { isYear, rest: after.slice(text[0].length).trim() };
  }
  return null;
}

/** A cell without the pipe a dump of cells one per line closes it with ("举办…形象。 |"). */
function withoutClosingPipe(cell: string): string {
  return trimTrailing(cell, '|', { isWhitespaceTrimmed: true }).trim();
}

/** True for a cell that is a heading, not a goal's text: a period heading, a label, a column of the indicator table. */
function isHeading(cell: string): boolean {
  const written = compact(cell);
  return isPeriodHeading(cell) || labelOf(cell) !== null || (written.length <= 12 && matchColumnRole(written) !== null);
}

/** The non-empty cells after (rowIndex, cellIndex) in reading order, a merged cell's repeats counted once. */
function* cellsAfter(rows: readonly TableRow[], rowIndex: number, cellIndex: number): Generator<{ text: string; line: number; rowIndex: number; cellIndex: number }> {
  let previous = '';
  for (let r = rowIndex; r < rows.length; r += 1) {
    const row = rows[r] as TableRow;
    for (let c = r === rowIndex ? cellIndex + 1 : 0; c < row.cells.length; c += 1) {
      const text = row.cells[c]?.trim() ?? '';
      if (text === '' || (r === rowIndex && text === previous)) continue;
      previous = text;
      yield { text, line: row.cellLines[c] ?? row.line, rowIndex: r, cellIndex: c };
    }
  }
}

/** A heading under a split label: a period's goal (中期目标, 年度目标) or a revision's (原 / 调整后年度目标). */
function isPeriodHeading(text: string): boolean {
  const written = compact(text);
  return PERIOD_HEADING.test(written) || OTHER_HEADING.test(written);
}

/**
 * The goal a label cell gives, or null when it heads something else. A split label ("整体绩效目标 | 中期目标 | 年度目标",
 * on one row or one cell per line) is followed by its headings, then by their texts in the same order: the year's text
 * is the one in the year heading's place.
 */
function readAtLabel(rows: readonly TableRow[], rowIndex: number, cellIndex: number, label: { isYear: boolean; rest: string }): Candidate | null {
  const row = rows[rowIndex] as TableRow;
  // The label and the year's heading run together ("总体目标年度目标", a Wuhan district's page): the text is the next row's, alone.
  if (label.rest !== '' && YEAR_HEADING.test(compact(label.rest))) {
    const [next] = take(cellsAfter(rows, rowIndex, cellIndex), 1);
    const isAlone = next !== undefined && next.rowIndex !== rowIndex && (rows[next.rowIndex] as TableRow).cells.filter((cell) => cell.trim() !== '').length === 1;
    return next && isAlone && !isHeading(next.text) ? { text: next.text, line: next.line, isYear: true } : null;
  }
  if (label.rest !== '') return isHeading(label.rest) ? null : { text: label.rest, line: row.cellLines[cellIndex] ?? row.line, isYear: label.isYear };
  const headings: string[] = [];
  for (const next of cellsAfter(rows, rowIndex, cellIndex)) {
    if (headings.length === 0 && !isPeriodHeading(next.text)) {
      // The text of a label written alone on its row is on the next row only when that row is the text alone (cells one
      // per line); a row of several cells below a lone label is the table's next part.
      if (next.rowIndex !== rowIndex && (rows[next.rowIndex] as TableRow).cells.filter((cell) => cell.trim() !== '').length > 1) return null;
      return isHeading(next.text) ? null : { text: next.text, line: next.line, isYear: label.isYear };
    }
    if (isPeriodHeading(next.text)) {
      // A split label has a few headings (原 / 调整后, 中期 / 年度, 年初 / 全年 / 完成情况); more is no split label, and
      // stopping here keeps a page of headings from being scanned once per label.
      if (headings.length === MAX_SPLIT_HEADINGS) return null;
      headings.push(compact(next.text));
      continue;
    }
    // The texts under the headings: the one in the place of the year's (or the adjusted) heading.
    const place = headings.findIndex((heading) => /^调整后/.test(heading));
    const yearPlace = place >= 0 ? place : headings.findIndex((heading) => YEAR_HEADING.test(heading));
    if (yearPlace < 0) return null;
    const texts = [next, ...take(cellsAfter(rows, next.rowIndex, next.cellIndex), headings.length - 1)];
    const text = texts[yearPlace];
    return text && !isHeading(text.text) ? { text: text.text, line: text.line, isYear: true } : null;
  }
  return null;
}

function take<T>(items: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  if (count <= 0) return taken;
  for (const item of items) {
    taken.push(item);
    if (taken.length === count) break;
  }
  return taken;
}

/**
 * The goal's text without a next part that a dump joined to its cell: a line of its own that opens with an outline
 * number ("一、部门年度目标": docx2txt writes the next heading without a cell's leading tab).
 */
function withoutNextPart(text: string): string {
  const lines = withoutClosingPipe(text).split('\n');
  const next = lines.findIndex((line, index) => index > 0 && /^\s*[一二三四五六七八九十]{1,3}、/.test(line));
  return (next < 0 ? lines : lines.slice(0, next)).join('\n').trim();
}

/** The year's overall goal of the rows above a table's indicators, or null when none is written. */
export function readOverallGoal(rows: readonly TableRow[]): { text: string; line: number } | null {
  let general: Candidate | null = null;
  for (const [rowIndex, row] of rows.entries()) {
    for (const [cellIndex, cell] of row.cells.entries()) {
      const label = labelOf(cell);
      if (!label) continue;
      const candidate = readAtLabel(rows, rowIndex, cellIndex, label);
      if (!candidate) continue;
      if (candidate.isYear) return { text: withoutNextPart(candidate.text), line: candidate.line };
      general ??= candidate;
    }
  }
  return general && { text: withoutNextPart(general.text), line: general.line };
}

/** A goal label inside a table written on one line, its text up to the indicator part or the first goal (目标一). */
const INLINE_LABEL = new RegExp(`(?:^|\\s)(?:${[...YEAR_LABELS, ...GENERAL_LABELS].sort((left, right) => right.length - left.length).join('|')})[:：]?\\s`, 'g');
/** Where the goal's text ends on the line: the indicator part or the first goal (目标一). */
const INLINE_END = /\s(?:年度绩效指标|绩效指标|一级指标|(?:年度)?(?:绩效)?目标[一二三四五六七八九十\d]{1,3}(?=[:：\s]))/g;

/** The goal of a whole table written on one line (a page's text): after its label, before the indicators. */
export function readOverallGoalInLine(line: string): string | null {
  // Two scans from left to right (no backtracking over the line): the first label, then the first end after it.
  INLINE_LABEL.lastIndex = 0;
  const label = INLINE_LABEL.exec(line);
  if (!label) return readOverallGoalInStream(line);
  INLINE_END.lastIndex = label.index + label[0].length;
  const end = INLINE_END.exec(line);
  if (!end) return null;
  const text = line.slice(label.index + label[0].length, end.index).trim();
  return text && !isHeading(text) ? text : null;
}

/** A goal label inside a stream with no separator, the longest first. */
const STREAM_LABEL = new RegExp([...YEAR_LABELS, ...GENERAL_LABELS].sort((left, right) => right.length - left.length).join('|'), 'g');
/**
 * Words that make a label part of a longer word: a title (绩效目标表), a column (年度目标值), a self-evaluation's heading
 * (目标完成情况, 目标实现程度). 完成 / 实现 alone after the label open the goal's own text ("年度绩效目标完成3200个土样检测…",
 * twenty-fourth study): only with the heading's word after them are they the label's.
 */
const LABEL_CONTINUATION_LENGTH = 4;
const LABEL_CONTINUATION = /^(?:表|值|管理|(?:完成|实现)(?:情况|程度|率|值|可能)|申报|审核|批复|自评)/;
/** A label's filling note and colon, and a period heading of a split label, each read where it stands. */
const STREAM_NOTE = /(?:[(（][^)）]{1,20}[)）])?[:：]?/y;
const STREAM_PERIOD = /(?:中长期|长期|中期|远期|本?年度|当年|调整后(?:本?年度)?)(?:绩效)?目标(?:[(（][^)）]{1,20}[)）])?/y;
const LONG_PERIOD_BEFORE = /(?:中长期|长期|中期|远期)(?:绩效)?目标$/;
/** The indicator part's heading right before the header words ("…建设年度绩效指标一级指标…"). */
const INDICATOR_PART_AT_END = /(?:中长期|长期|中期|本?年度)?绩效指标$/;
/** The longest goal text looked through for the indicator header after its label (a goal is a paragraph at most). */
const MAX_STREAM_GOAL = 2000;

/** The words matched by a sticky pattern at `at`, or ''. */
function stickyAt(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? '';
}

/**
 * The goal of a table run together with no separator at all (a site's text, a PDF of a Hunan table): after the first
 * label, its note and the period headings of a split label ("项目绩效目标长期目标年度目标"), up to where the indicator
 * header starts ("…年度绩效指标一级指标…"). Under a split label the texts are run together too: the year's is cut out
 * only where the run shows the cut (run-together-texts.ts), else no goal is read.
 */
export function readOverallGoalInStream(line: string): string | null {
  STREAM_LABEL.lastIndex = 0;
  for (let label = STREAM_LABEL.exec(line); label !== null; label = STREAM_LABEL.exec(line)) {
    let at = label.index + label[0].length;
    if (LABEL_CONTINUATION.test(line.slice(at, at + LABEL_CONTINUATION_LENGTH))) continue;
    at += stickyAt(STREAM_NOTE, line, at).length;
    // The headings of a split label; a long-term heading written before a year label ("长期目标年度目标") is one too.
    const headings: string[] = LONG_PERIOD_BEFORE.exec(line.slice(Math.max(0, label.index - 8), label.index))?.slice(0, 1) ?? [];
    if (headings.length > 0) headings.push(label[0]);
    for (let heading = stickyAt(STREAM_PERIOD, line, at); heading !== '' && headings.length < MAX_SPLIT_HEADINGS; heading = stickyAt(STREAM_PERIOD, line, at)) {
      headings.push(heading);
      at += heading.length;
    }
    const window = line.slice(at, at + MAX_STREAM_GOAL);
    const header = findHeaderInLine(window, 0, 0);
    if (header === null || header.start === 0) return null;
    const run = window.slice(0, header.start).replace(INDICATOR_PART_AT_END, '').trim();
    if (run === '') return null;
    if (headings.length < 2) return isHeading(run) ? null : run;
    const place = headings.findIndex((heading) => heading.startsWith('调整后'));
    const yearPlace = place >= 0 ? place : headings.findIndex((heading) => YEAR_HEADING.test(heading));
    const texts = yearPlace < 0 ? null : splitRunTogetherTexts(run, headings.length, yearGoalOpenings);
    return texts?.[yearPlace] ?? null;
  }
  return null;
}

