/**
 * The 年度总体目标 block of a self-evaluation: the goal set at the start of the year (预期目标, 年初设定目标,
 * 项目年度目标 …) and what was achieved (实际完成情况, 全年实际完成情况, 年度目标完成情况 …). Tables lay it out
 * four ways, all read here:
 *
 * - rows of cells: a heading row ("年度总体目标 | 预期目标 | 实际完成情况") and the texts on the rows below. A merged
 *   label cell may be left out of the text row ("| 完成… | 全年… |") or repeated in it (Markdown of merged cells
 *   repeats a text once per spanned column): the texts are matched to the headings in order when their counts agree,
 *   else by column. A row of one cell continues the text written last (001: 实际完成情况 runs over three lines);
 * - one cell per line: the label, the headings, then the texts in the headings' order;
 * - a fixed-width dump: the headings on one line, the texts under them, split where the result heading stands;
 * - single spaces (a page's text): "预期目标 实际完成情况" then "完成…。 全年…。";
 * - no headings at all, run together: "年度总体目标<goal><result>绩效指标…" (the Beijing 2016 自评表 writes the two
 *   texts in the label's row), cut where the run shows it (readUnheadedTexts).
 *
 * A template's hint ("…（100字以内）") is no text. The block ends at the indicator part or the next numbered part.
 */
import { displayWidth } from '../grid/cell-text.ts';
import { trimTrailing } from '../../core/trim-characters.ts';
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';
import { hasText, joinWithoutExtractionSpaces } from './self-evaluation-text.ts';
import { resultOpenings } from '../vocabulary/goal-texts.ts';
import { isOneNumberedList, splitRunTogetherTexts } from './run-together-texts.ts';

export interface OverallBlock {
  overallGoal: string | null;
  overallResult: string | null;
  /** Index in `rows` of the block's header row, or -1 when there is none. */
  headerIndex: number;
  /** Index in `rows` after the block's last row (a Sichuan sheet's funds come after it); -1 when there is none. */
  endIndex: number;
}

/** longTerm: a plan's goal beside the year's (中期目标 / 年度目标 of a Wuhan district's 目标表): its text is no goal of the year. */
type Heading = 'goal' | 'adjusted' | 'result' | 'longTerm';

/** The block's label: what the block is, not a text of it. */
const BLOCK_LABEL = /^((年度)?(总体|绩效)目标|当年绩效目标|年度总体目标完成情况|(\d+[.、．])?项目年度目标完成情况)$/;
/** The Sichuan part the block stands in: a label of no text, but it opens no block. */
const PART_LABEL = '项目基本情况';
/**
 * A piece of the block's label, the rest of it in the cells above or below: a page (or a narrow
 * cell's wrapping, one piece per row) cut "年度总体目标" into "年度总体" beside the headings and "目标"
 * beside the texts. No goal or result is ever just such a word.
 */
const BLOCK_LABEL_PIECE = /^(?:年度(?:总体|绩效)?|总体|(?:总体)?目标)$/;
const GOAL_HEADING = /^(预期目标|年初(设定)?(绩效)?目标|(项目)?年度(绩效)?目标|全年目标)$/;
const ADJUSTED_HEADING = /^全年[(（]?调整[)）]?(绩效)?目标$/;
// The period may follow in brackets ("中期目标(2024年—2026年)", an Anhui city's 项目支出绩效目标申报表, twenty-third study).
const LONG_TERM_HEADING = /^(中长期|中期|长期)(绩效)?目标([(（][^()（）]{1,20}[)）])?$/;
// A summary's heading may say so: 年度总体目标完成情况综述 (Anhui, Sichuan 自评表 of 衔接资金 projects).
const RESULT_HEADING = /^((全年|年度)?(总体)?(目标)?实际完成情况|(项目)?(年度)?(总体)?目标完成情况(综述)?|全年目标实际完成情况|完成情况)$/;
/** Where the block ends: the indicator part (绩效项目指标表 over a Wuhan district's), the budget part, the next numbered part of a Sichuan sheet. */
const BLOCK_END = /^((年度)?绩效(项目)?指标|一级指标|预算执行情况|(\d+[.、．])?项目实施内容|绩效指标完成情况)/;
/** A template's hint left in the cell: "对照年度目标，说明……（100字以内）". */
const TEMPLATE_HINT = /[(（](\d+|[一二三四五六七八九十百千]+)字以内[)）]$/;
/** The end of a sentence: where a goal written without separators gives way to the result. */
const SENTENCE_END = /[。；;！!]$/;

/** A cell as compared with the labels: no spaces, no trailing "|" of a page's table, no colon. */
function written(cell: string): string {
  return trimTrailing(compact(cell), '|').replace(/[:：]$/, '');
}

/** Which heading of the block a cell is (预期目标, 全年（调整）目标, 实际完成情况 …), or null. */
export function headingOf(cell: string): Heading | null {
  const text = written(cell);
  if (ADJUSTED_HEADING.test(text)) return 'adjusted';
  if (LONG_TERM_HEADING.test(text)) return 'longTerm';
  if (RESULT_HEADING.test(text)) return 'result';
  if (GOAL_HEADING.test(text)) return 'goal';
  return null;
}

/** True for the block's own label (年度总体目标, 绩效目标 …). */
export function isBlockLabel(cell: string): boolean {
  return BLOCK_LABEL.test(written(cell));
}

/** True for a cell that is a label or a heading of the block, or a template's hint: no text of it. */
function isNoText(cell: string): boolean {
  const text = written(cell);
  return text === '' || text === PART_LABEL || BLOCK_LABEL.test(text) || BLOCK_LABEL_PIECE.test(text) || headingOf(cell) !== null || TEMPLATE_HINT.test(text);
}

function isBlockEnd(row: TableRow): boolean {
  const first = row.cells.find(hasText);
  return first !== undefined && (BLOCK_END.test(written(first)) || row.cells.some((cell) => written(cell) === '一级指标'));
}

/** The header row: the block's label, or a goal heading beside (or, one per line, above) a result heading. */
function findHeader(rows: readonly TableRow[]): number {
  return rows.findIndex((row, index) => {
    const cells = row.cells.filter(hasText);
    if (cells.some((cell) => BLOCK_LABEL.test(written(cell)))) return true;
    // A spaced line holding the headings ("年度总体目标    预期目标    实际完成情况").
    if (cells.length === 1 && /预期目标|年初(设定)?目标/.test(compact(cells[0] as string)) && /实际完成情况|目标完成情况/.test(compact(cells[0] as string))) return true;
    // A line of headings only, a goal's and a result's, with spaces between ("年度目标 年度目标完成情况", a system's print
    // that joins its cells with one space): 年度目标 alone is a label of many things, beside a result heading it heads the goal.
    if (cells.length === 1 && isHeadingsLine(cells[0] as string)) return true;
    const headings = cells.map(headingOf);
    if (headings.includes('goal') && headings.includes('result')) return true;
    const next = rows[index + 1]?.cells.filter(hasText);
    return cells.length === 1 && headings[0] === 'goal' && next?.length === 1 && headingOf(next[0] as string) === 'result';
  });
}

/** A word as a pattern that allows spaces between its characters (a PDF dump spreads headings: "预 期 目 标"). */
function spread(word: string): string {
  return Array.from(word).join('\\s*');
}
const GOAL_WORDS = new RegExp(`${spread('预期目标')}|${spread('年初')}(?:\\s*${spread('设定')})?\\s*${spread('目标')}`);
const RESULT_WORDS = new RegExp(`(?:${spread('全年')}\\s*)?${spread('实际完成情况')}|${spread('目标完成情况')}(?!.*完\\s*成\\s*情\\s*况)`);

/** The headings of a spaced line: split at runs of spaces, or at single spaces when no run separates them. */
function spacedParts(line: string): string[] {
  const runs = line.trim().split(/\s{2,}/);
  return runs.filter((part) => headingOf(part) !== null).length >= 2 ? runs : line.trim().split(/\s+/);
}

/** A line whose every part (spacedParts) is a heading of the block, a goal's and a result's among them. */
function isHeadingsLine(line: string): boolean {
  const headings = spacedParts(line).map(headingOf);
  return headings.length >= 2 && headings.every((heading) => heading !== null) && headings.includes('goal') && headings.includes('result');
}

/** The texts after the headings on a table's one line, up to its indicator part ('' when none). */
function inlineTexts(line: string): string {
  const headings = /(?:预期目标|年初(?:设定)?目标)\s*(?:全年)?(?:实际完成情况|(?:年度)?(?:总体)?目标完成情况)(?:综述)?/.exec(line);
  if (!headings) return '';
  const rest = line.slice(headings.index + headings[0].length);
  const end = rest.search(/绩效指标|一级指标/);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

/** Strips a label written in front of the text in the same cell ("预期目标：…"). */
function withoutLeadingLabel(cell: string): string {
  return trimTrailing(cell, '|', { isWhitespaceTrimmed: true }).replace(/^\s*(预期目标|实际完成情况|年度总体目标)\s*[:：]\s*/, '');
}

/** The texts without a merged cell's repeats: a text the same as the one before it. */
function withoutRepeats(texts: readonly string[]): string[] {
  return texts.filter((text, index) => index === 0 || compact(text) !== compact(texts[index - 1] ?? ''));
}

/** Texts matched to headings: in order when the counts agree, else the goal until a sentence ends and the rest. */
function assign(texts: readonly string[], headings: readonly Heading[], goal: string[], result: string[]): void {
  if (headings.length > 0 && texts.length === headings.length) {
    for (const [index, text] of texts.entries()) {
      if (headings[index] === 'goal') goal.push(text);
      else if (headings[index] === 'result') result.push(text);
    }
    return;
  }
  if (!headings.includes('result')) {
    goal.push(...texts);
    return;
  }
  const goalEnd = texts.findIndex((text) => SENTENCE_END.test(text.trim()));
  const split = goalEnd < 0 || goalEnd === texts.length - 1 ? Math.min(1, texts.length) : goalEnd + 1;
  goal.push(...texts.slice(0, split));
  result.push(...texts.slice(split));
}

/**
 * One line of a spaced dump split into its texts: at runs of spaces (a text starting right of `boundary`, in display
 * columns, is the result's), else at single spaces after a sentence.
 */
function spacedTexts(line: string, boundary: number): { goal: string[]; result: string[] } {
  const goal: string[] = [];
  const result: string[] = [];
  const chunks = [...line.matchAll(/\S+(?:\s\S+)*/g)];
  if (chunks.length > 1) {
    // The width before each chunk, added up as the line is read (linear on a long line).
    let measured = 0;
    let width = 0;
    for (const chunk of chunks) {
      width += displayWidth(line.slice(measured, chunk.index));
      measured = chunk.index;
      (boundary >= 0 && width >= boundary ? result : goal).push(chunk[0]);
    }
    return { goal, result };
  }
  const words = line.trim().split(/\s+/);
  if (words.length === 2) return { goal: [words[0] as string], result: [words[1] as string] };
  if (words.length === 1) {
    // Run together with no space: the goal ends with its first sentence when more follows ("…打基础。已完成…").
    const stop = /[。；;！!]/.exec(line.trim());
    const text = line.trim();
    if (stop && stop.index < text.length - 1) return { goal: [text.slice(0, stop.index + 1)], result: [text.slice(stop.index + 1)] };
  }
  const end = words.findIndex((word) => SENTENCE_END.test(word));
  if (end < 0 || end === words.length - 1) return { goal: [line.trim()], result };
  return { goal: words.slice(0, end + 1), result: words.slice(end + 1) };
}

/** The rows above the indicator table that are not the block's: where the funds are read. */
export function rowsOutsideBlock<T>(rows: readonly T[], block: OverallBlock): T[] {
  return block.headerIndex < 0 ? [...rows] : [...rows.slice(0, block.headerIndex), ...rows.slice(block.endIndex)];
}

/** How the block is read: `isResultBeside` for a self-evaluation, whose label row may hold the goal and the result side by side. */
export interface OverallBlockOptions {
  isResultBeside?: boolean;
}

/** A goal item of a numbered list ("目标1:…") and its result's ("目标1完成情况:…"), Fujian's 部门整体 table. */
const GOAL_ITEM = /^目标[一二三四五六七八九十\d]{1,3}[:：]/;
const RESULT_ITEM = /^目标[一二三四五六七八九十\d]{1,3}完成情况[:：]/;

/**
 * The block's texts all read as the goal's, though they are numbered goals and then each goal's result ("目标1:…",
 * "目标2:…", "目标1完成情况:…", "目标2完成情况:…" one per line under "预期目标 目标实际完成情况" with single spaces: no
 * column tells them apart): the result items move to the result, when every text is one of the two and the goals come first.
 */
function partResultItems(goal: string[], result: string[]): void {
  const texts = goal.map((text) => text.trim());
  const firstResult = texts.findIndex((text) => RESULT_ITEM.test(text));
  if (firstResult <= 0) return;
  const isParted = texts.every((text, index) => (index < firstResult ? GOAL_ITEM.test(text) : RESULT_ITEM.test(text)));
  if (!isParted) return;
  result.push(...goal.splice(firstResult));
}

/** Reads the block from the rows above the indicator table; `lines` are the text those rows came from. */
export function readOverallBlock(rows: readonly TableRow[], lines: readonly string[] = [], options: OverallBlockOptions = {}): OverallBlock {
  const headerIndex = findHeader(rows);
  if (headerIndex < 0) return { overallGoal: null, overallResult: null, headerIndex, endIndex: -1 };
  const header = rows[headerIndex] as TableRow;
  const goal: string[] = [];
  const result: string[] = [];
  const headerCells = header.cells.filter(hasText);
  const rawHeader = lines[header.line - 1] ?? header.cells.join(' ');
  const isSpaced = headerCells.length === 1 && /\S\s+\S/.test(rawHeader.trim()) && spacedParts(rawHeader).filter((part) => headingOf(part) !== null).length >= 2;
  const body = rows.slice(headerIndex + 1);
  const end = body.findIndex(isBlockEnd);
  const blockRows = end < 0 ? body : body.slice(0, end);

  // A whole table on one line (a page's text): the texts follow the headings on the same line, up to the indicators.
  const inline = isSpaced ? inlineTexts(rawHeader) : '';
  // Run together with no separator at all: goal and result are cut apart only where the run shows it.
  const stream = !isSpaced && headerCells.length === 1 ? inlineTexts(rawHeader) : '';
  if (stream !== '' && !/\s/.test(stream)) {
    const [overallGoal = null, overallResult = null] = splitRunTogetherTexts(stream, 2, resultOpenings) ?? [];
    return { overallGoal, overallResult, headerIndex: -1, endIndex: -1 };
  }
  if (inline !== '') {
    const texts = spacedTexts(inline, -1);
    const isWholeLine = !/^\s*(年度)?(总体)?目标/.test(rawHeader);
    return { overallGoal: texts.goal.length > 0 ? joinWithoutExtractionSpaces(texts.goal) : null, overallResult: texts.result.length > 0 ? joinWithoutExtractionSpaces(texts.result) : null, headerIndex: isWholeLine ? -1 : headerIndex, endIndex: isWholeLine ? -1 : headerIndex + 1 };
  }
  if (isSpaced) {
    // Dumps align columns by display width (a Chinese character takes two): the result's texts start right of the
    // middle between the two headings.
    const goalAt = rawHeader.search(GOAL_WORDS);
    const resultAt = rawHeader.search(RESULT_WORDS);
    const resultStart = resultAt < 0 ? -1 : displayWidth(rawHeader.slice(0, resultAt));
    const boundary = goalAt < 0 || resultAt < 0 ? resultStart - 4 : Math.round((displayWidth(rawHeader.slice(0, goalAt)) + resultStart) / 2);
    for (const row of blockRows) {
      const texts = spacedTexts(lines[row.line - 1] ?? row.cells.join('  '), boundary);
      goal.push(...texts.goal.filter((text) => !isNoText(text)));
      result.push(...texts.result.filter((text) => !isNoText(text)));
    }
  } else if (headerCells.length <= 1) {
    // One cell per line: the headings, then the texts in their order.
    const own = headerCells[0] === undefined ? null : headingOf(headerCells[0]);
    const headings: Heading[] = own ? [own] : [];
    const texts: string[] = [];
    for (const row of blockRows) {
      for (const cell of row.cells.filter(hasText)) {
        const heading = headingOf(cell);
        // A merged heading repeated once per spanned column (Markdown or a converter, then one cell per line) counts once.
        if (heading && texts.length === 0) {
          if (heading !== headings.at(-1)) headings.push(heading);
        } else if (!isNoText(cell)) texts.push(withoutLeadingLabel(cell));
      }
    }
    assign(texts.length === headings.length ? texts : withoutRepeats(texts), headings, goal, result);
  } else {
    // The block's label beside its headings ("年度总体目标完成情况 | 预期目标 | 目标实际完成情况", Fujian's 部门整体 table)
    // heads no column of texts, though its words are a result heading's.
    const labelAt = header.cells.findIndex(hasText);
    const isLabelFirst = BLOCK_LABEL.test(written(header.cells[labelAt] ?? '')) && header.cells.slice(labelAt + 1).map(headingOf).find((heading) => heading !== null) === 'goal';
    const headings = header.cells.map((cell, index) => (isLabelFirst && index === labelAt ? null : headingOf(cell)));
    const ordered = headings.filter((heading): heading is Heading => heading !== null);
    const resultColumn = headings.indexOf('result');
    // The header row itself may hold the text when it has no headings (target tables: "年度总体目标⇥完成……"); a row of
    // headings holds none (a dump may have joined the funds row before it: "其他资金⇥85.50⇥…年度总体目标⇥年初设定目标").
    let last: string[] = goal;
    // A merged cell's text repeated once per spanned column counts once.
    const headerTexts = (ordered.length > 0 ? [] : header.cells).filter((cell, index) => !isNoText(cell) && (index === 0 || compact(cell) !== compact(header.cells[index - 1] ?? '')));
    // A self-evaluation's label row holding two texts and no headings (the Beijing 2016 自评表): the goal, then the result.
    const isGoalBesideResult = options.isResultBeside === true && headerTexts.length === 2 && !blockRows.some((row) => row.cells.some((cell) => !isNoText(cell)));
    for (const [index, cell] of (ordered.length > 0 ? [] : header.cells).entries()) {
      if (isNoText(cell) || (index > 0 && compact(cell) === compact(header.cells[index - 1] ?? ''))) continue;
      last = (resultColumn >= 0 && index >= resultColumn) || (isGoalBesideResult && goal.length > 0) ? result : goal;
      last.push(withoutLeadingLabel(cell));
    }
    for (const row of blockRows) {
      const cells = row.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => !isNoText(cell));
      if (cells.length === 0) continue;
      if (row.cells.filter(hasText).length === 1 && cells.length === 1) {
        last.push(withoutLeadingLabel(cells[0]!.cell));
        continue;
      }
      // A merged cell's text repeated once per spanned column counts once.
      const distinct = cells.filter(({ cell }, at) => at === 0 || compact(cell) !== compact(cells[at - 1]!.cell));
      if (ordered.length > 0 && distinct.length === ordered.length) {
        for (const [at, { cell }] of distinct.entries()) {
          last = ordered[at] === 'result' ? result : ordered[at] === 'goal' ? goal : [];
          last.push(withoutLeadingLabel(cell));
        }
        continue;
      }
      for (const { cell, index } of distinct) {
        last = resultColumn >= 0 && index >= resultColumn ? result : goal;
        last.push(withoutLeadingLabel(cell));
      }
    }
  }
  if (result.length === 0) partResultItems(goal, result);
  const join = (parts: string[]): string | null => (parts.length === 0 ? null : joinWithoutExtractionSpaces(parts));
  return { overallGoal: join(goal), overallResult: join(result), headerIndex, endIndex: end < 0 ? rows.length : headerIndex + 1 + end };
}

/** The block's label written in a run ("…其他资金 年度总体目标通过…"), its texts after it up to the indicators. */
const UNHEADED_LABEL = /(?:年度)?总体目标/;
/** A run that opens with a heading (or the label's own 完成情况) has headings: the other readers read it. */
const HEADING_OPENING = /^(?:完成情况|预期目标|年初|(?:项目)?年度(?:绩效)?目标|全年[(（]?(?:调整)?[)）]?目标|(?:全年)?实际完成情况|(?:年度)?(?:总体)?目标完成情况)/;

/**
 * The goal and the result written right after the block's label with no headings, run together up to
 * the indicator part ("年度总体目标完成辖区…保洁按照年初设定目标，将…改善绩效指标一级指标…"): the two
 * texts of a self-evaluation's label row, cut only where the run shows the cut (run-together-texts.ts), or
 * parted by the one space a page's text writes between cells ("年度总体目标 完成… 按照年初… 绩效指标 …").
 * Null when the line holds no such run, writes headings, or shows no cut.
 */
export function readUnheadedTexts(line: string): { overallGoal: string; overallResult: string | null } | null {
  const label = UNHEADED_LABEL.exec(line);
  if (!label) return null;
  const rest = line.slice(label.index + label[0].length).replace(/^[:：]/, '');
  const end = rest.search(/绩效指标|一级指标/);
  const stream = end < 0 ? '' : rest.slice(0, end).trim();
  if (stream === '' || HEADING_OPENING.test(stream)) return null;
  // Written with single spaces (a page's text of the table, every cell parted by one space): two texts are the
  // goal and the result; any other count shows no cut.
  if (/\s/.test(stream)) {
    const words = stream.split(/\s+/);
    const [goal, result] = words;
    return words.length === 2 && goal !== undefined && result !== undefined && !HEADING_OPENING.test(result) ? { overallGoal: goal, overallResult: result } : null;
  }
  // One numbered list ("一是…；二是…", a Ningxia 自评表) is one cell's text: the goal, whose result the table left unwritten.
  if (isOneNumberedList(stream)) return { overallGoal: stream, overallResult: null };
  const [overallGoal, overallResult] = splitRunTogetherTexts(stream, 2, resultOpenings) ?? [];
  return overallGoal === undefined || overallResult === undefined ? null : { overallGoal, overallResult };
}
