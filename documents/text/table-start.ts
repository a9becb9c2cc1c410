/**
 * A table published inside a longer page: a 部门决算 page whose 预算绩效情况说明 carries the
 * 部门整体支出绩效自评表, a 预算公开 page with the 绩效目标表 after its budget tables and their
 * explanations (county sites 2019–2024). The readers look for the title and the header block in the
 * first lines, so a table under a hundred lines of 决算 text lost its unit and its funds block. When
 * a table's own title — a line naming a table kind, followed within a few lines by a header
 * label (部门名称, 项目名称 …) or the indicator header — comes after more than a few lines of other
 * text, the table is read from that line on; so is a table run together on one line whose title ends
 * inside the line right before a header label (findTitleInLine), from the end of the page's
 * last sentence before the title when the page's text runs together with it in the same line. The lines it names are the whole text's
 * (shiftSourceLines) and a finding says what was left out. Reports are read
 * whole: a table attached to a report is part of the report.
 */
import type { DocumentKind, Finding, PerformanceDocument } from '../../core/model.ts';
import { HEADER_BLOCK_LINES, INDICATOR_HEADER, isHeaderLabelLine, isIndicatorHeaderLine, titleKindOf } from './several-documents.ts';
import { readTitle, type Title } from './title.ts';
import { bodyEvidence } from '../vocabulary/labels.ts';

/** Fewer non-blank lines above a title are a page's head (附件2, a site's path, 填报单位), read as before. */
const SHORTEST_PAGE_ABOVE = 8;
/**
 * …unless this many of them are sentences: a 填报说明 sheet before the table's sheet, a paragraph of
 * instructions above a template's table ("一、本表由项目实施单位填报……。"). A page's head holds none.
 */
const SHORTEST_PROSE_ABOVE = 2;

/** A line of prose: a sentence of a dozen characters or more closed by 。 or ；, in no cell of a table. */
function isProseLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 12 && /[。；;]$/.test(text) && !/[|\t]/.test(text);
}
/** A title's first half on the line before it ("清溪县公安局2023年度部门整体支出" / "绩效自评表"): kept. */
const TITLE_FIRST_HALF = /^[^:：\-—|\t。，]{2,30}$/;
const YEAR = /(?:19|20)\d{2}年/;
/** A table's title ends with 表, perhaps followed by a bracketed note ("（部门整体）", "(2023年度)"). */
const TABLE_TITLE_END = /表(?:[（(][^）)]{0,20}[）)])?$/;

function nextNonBlank(lines: readonly string[], from: number, count: number): string[] {
  const found: string[] = [];
  for (let index = from; index < lines.length && found.length < count; index += 1) {
    if (lines[index]!.trim() !== '') found.push(lines[index]!);
  }
  return found;
}

const isCellMark = (character: string) => /[\s|,"]/.test(character);

/** A line without the cell marks around it (pipes, a CSV row's commas and quotes). */
function withoutCellMarks(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isCellMark(line[start]!)) start += 1;
  while (end > start && isCellMark(line[end - 1]!)) end -= 1;
  return line.slice(start, end);
}

/** A line that can be a table's title: ending with 表, or naming its year (a header row names neither). */
function isTitleShaped(line: string): boolean {
  const text = withoutCellMarks(line).replace(/\s/g, '');
  return TABLE_TITLE_END.test(text) || YEAR.test(text);
}

/** A table's first row holding its title alone ("| 部门整体绩效目标 | |||||||", a system's export): a title though no 表 ends it. */
function isTitleRow(line: string): boolean {
  const text = withoutCellMarks(line);
  return line.trim().startsWith('|') && text !== '' && !/[|\t]/.test(text) && text.length <= LONGEST_TITLE_IN_LINE;
}

/** A line that only marks an attachment ("附件2：", "附件:"). */
const ATTACHMENT_MARK = /^附件[\d一二三四五六七八九十]*[:：]?$/;

/**
 * A line naming the table ("附件：部门整体支出绩效自评表") right above its title: the title is the
 * last of the run of such lines (blank lines between them allowed).
 */
function findLastTitleOfRun(lines: readonly string[], first: number): number {
  let title = first;
  for (let index = first + 1; index < lines.length && index <= title + 3; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '' || ATTACHMENT_MARK.test(line.replace(/\s/g, ''))) continue;
    const kind = isTitleShaped(line) ? titleKindOf(line) : null;
    if (kind === null || !tableKinds.has(kind)) break;
    title = index;
  }
  return title;
}

const tableKinds: ReadonlySet<DocumentKind> = new Set(['target-table', 'approval-table', 'self-evaluation', 'monitoring']);

/** A line longer than a title: a table run together on one line, or a paragraph. */
const LONGEST_TITLE_LINE = 80;
/** A title's 表 and its bracketed note inside a run-together line ("…自评表（2022年度）项目名称…"). */
const TITLE_END_IN_LINE = /表\s*(?:[（(][^（()）]{0,20}[）)])?\s*/g;
/** How much of a title stands before its 表 inside a line (after the last sentence end). */
const LONGEST_TITLE_IN_LINE = 40;
/** The indicator header's first words right after a title (a table with no header block of its own). */
const INDICATOR_HEADER_START = /^(?:绩效指标|一级指标|三级指标|指标名称)/;

/** The table's total score stated between its title and its head ("…自评表(2023年度)项目总得分96分项目名称…", Ningxia). */
const STATED_SCORE_AFTER_TITLE = /^(?:项目)?(?:自评)?总得分[:：]?\s*\d{1,3}(?:\.\d{1,2})?\s*分?/;

/** A sentence's end: a page's text before a title in the same line ends at the last one. */
const SENTENCE_END = /[。；;！!？?]/g;

/**
 * Where a table run together on one line (a document site's text of a Word file, a news page) has
 * its title: the title ends inside the line and a header label (项目名称, 单位名称, 填报单位 …) or
 * the indicator header follows it at once ("…项目支出绩效自评表（2022年度）项目名称…"). Gives the
 * column the title's text starts after the line's last sentence end before it (0 when no sentence
 * ends there), or null when the line holds no such title of a table kind; a sentence naming a table
 * ("…情况见下表。") is followed by no label.
 */
function findTitleInLine(line: string): number | null {
  if (line.length <= LONGEST_TITLE_LINE) return null;
  for (const match of line.matchAll(TITLE_END_IN_LINE)) {
    const end = match.index + match[0].length;
    const next = line.slice(end).replace(STATED_SCORE_AFTER_TITLE, '').slice(0, LONGEST_TITLE_IN_LINE);
    if (!isHeaderLabelLine(next) && !INDICATOR_HEADER_START.test(next)) continue;
    const before = line.slice(Math.max(0, match.index + 1 - LONGEST_TITLE_IN_LINE), match.index + 1);
    const title = before.split(SENTENCE_END).at(-1) ?? '';
    const kind = titleKindOf(title);
    if (kind === null || !tableKinds.has(kind)) continue;
    const sentenceEnds = [...line.slice(0, match.index).matchAll(SENTENCE_END)];
    const lastEnd = sentenceEnds.at(-1);
    return lastEnd === undefined ? 0 : lastEnd.index + 1;
  }
  return null;
}

/** The pieces of a page's text in a line, as many as the lines they were before a site ran them together. */
function countTextPieces(text: string): number {
  return text.split(/\s+|(?<=[。；;！!？?])/).filter((piece) => piece.trim() !== '').length;
}

/** Where a table starts: its title's line, and the column in that line its text starts at. */
export interface TableStart {
  line: number;
  /**
   * 0 for a title on a line of its own. A page run together with its table in one line (a site's
   * text of a whole 决算 .docx) has the page's 说明 before the title in that line: the table's text
   * starts after the 说明's last sentence, and what stands before is left out like lines above.
   */
  column: number;
}

/**
 * Where a table starts when a page's other text stands above it (lines above, or the page's text in
 * the title's own line); else null. A page whose own title is a report's is read whole (its tables
 * are attached to it).
 */
export function findTableStart(lines: readonly string[], title: Title = readTitle(lines)): TableStart | null {
  // A report's title above the table: the table is attached to the report. (A page run together on one
  // line, its unit's 自评报告 printed under it, has the report's title as its first short line, below the table.)
  const reportTitle = title.kind === 'evaluation-report' ? title.line - 1 : -1;
  let textAbove = 0;
  let proseAbove = 0;
  let lastNonBlank = '';
  for (const [index, line] of lines.entries()) {
    if (reportTitle >= 0 && index >= reportTitle) return null;
    // A table run together on one line under the page's text (lines above, or sentences before it in
    // the line): the line is the table's, from the end of the page's last sentence before the title.
    const titleColumn = findTitleInLine(line);
    if (titleColumn !== null) {
      const inLine = countTextPieces(line.slice(0, titleColumn));
      if (textAbove + inLine >= SHORTEST_PAGE_ABOVE) return { line: index, column: titleColumn };
    }
    // The indicator table began before any title: the table is the page's top.
    // (A sentence naming the levels, "…三级指标可根据实际增加。", is no header.)
    if (isIndicatorHeaderLine(line) && !isProseLine(line)) return null;
    if (line.trim() === '') continue;
    // (A title row opens the table: the row above it is no row of the table, 年度绩效目标 within it.)
    const isFirstTitleRow = isTitleRow(line) && !/[|\t]/.test(lastNonBlank.trim());
    const isPageAbove = textAbove >= SHORTEST_PAGE_ABOVE || proseAbove >= SHORTEST_PROSE_ABOVE;
    const kind = !isPageAbove ? null : isTitleShaped(line) ? titleKindOf(line) : isFirstTitleRow ? titleKindOf(withoutCellMarks(line)) : null;
    if (kind !== null && tableKinds.has(kind)) {
      const after = nextNonBlank(lines, index + 1, HEADER_BLOCK_LINES);
      // (Under a title row, a label in any cell of a row: 部门名称 third in a row of three label pairs.)
      const hasLabel = (next: string): boolean =>
        isHeaderLabelLine(withoutCellMarks(next)) || (isFirstTitleRow && withoutCellMarks(next).split('|').some((cell) => isHeaderLabelLine(cell)));
      if (after.some((next) => hasLabel(next) || isIndicatorHeaderLine(next))) {
        const title = findLastTitleOfRun(lines, index);
        const previous = lines[title - 1]?.trim() ?? '';
        const start = previous !== '' && YEAR.test(previous) && TITLE_FIRST_HALF.test(previous) && titleKindOf(previous) === null ? title - 1 : title;
        return { line: start, column: 0 };
      }
    }
    textAbove += 1;
    if (isProseLine(line)) proseAbove += 1;
    lastNonBlank = line;
  }
  return null;
}

/** The lines from a table's start on, its first line from the start's column (line numbers are the slice's). */
export function linesFromTableStart(lines: readonly string[], start: TableStart): string[] {
  const fromTable = lines.slice(start.line);
  if (start.column > 0 && fromTable.length > 0) fromTable[0] = fromTable[0]!.slice(start.column);
  return fromTable;
}

/**
 * The next part of the page after the table: a 决算 page's "第四部分 名词解释" (its definitions, "一、财政拨款
 *收入：指…", would be read as indicator rows) or a report's numbered section heading ("一、部门基本情况",
 * "三、存在的问题") when the page goes on with the 自评报告 after the table. The line the table's text ends
 * before, when it follows the indicator header and no such part came before the table (a report's table
 * sits between its sections: the report is read whole); else null.
 */
const PAGE_PART = /^(?:第[一二三四五六七八九十]+部分|(?:[一二三四五六七八九十]+[、.．])?名词解释$)/;
const NUMBERED_HEADING = /^[一二三四五六七八九十]+[、.．]/;
/** Report section words that are never an indicator table's cell (the funds words are: 预算执行情况, 资金管理). */
const reportSections = bodyEvidence.report.patterns.slice(0, 4);
const LONGEST_HEADING = 30;

/** A list of indicators under a label instead of a table's header ("绩效指标：" then 【产出指标-数量指标】 …). */
const INDICATOR_LIST = /^[\s|]*绩效指标\s*[:：]/;

function isPagePart(line: string): boolean {
  if (/[\t|]/.test(line.trim())) return false;
  const text = withoutCellMarks(line).replace(/\s/g, '');
  if (PAGE_PART.test(text)) return true;
  return text.length <= LONGEST_HEADING && NUMBERED_HEADING.test(text) && reportSections.some((pattern) => pattern.test(text));
}

/**
 * The page's next part inside a table's run-together line ("…就诊群众满意度≥90% 第四部分 名词解释 一、财政拨款收入：
 * 指…"): a site's text of a whole 决算 .docx runs the part on after the table's last cell.
 */
const PAGE_PART_IN_LINE = /第[一二三四五六七八九十]{1,3}部分\s*名词解释|名词解释\s*[一二三四五六七八九十]{1,3}[、.．]/;

/** Where a table ends: the line its text ends before, or inside that line the column it ends at (0: before the line). */
export interface TableEnd {
  line: number;
  column: number;
}

/** The column a page's next part starts at in a run-together line, after `from`; else null. */
function findPagePartInLine(line: string, from: number): number | null {
  if (line.length <= LONGEST_TITLE_LINE) return null;
  const match = PAGE_PART_IN_LINE.exec(line.slice(from));
  return match === null ? null : from + match.index;
}

/**
 * Where the table's text ends before the page's next part; null when it runs to the end or sits inside a report's text.
 * `reportTitle`: the 0-based line of the page's title when it names a report (a 自评报告 over several projects, each
 * part with its own table): above the table, it makes the text after the table the report's own.
 */
export function findPagePartBelow(lines: readonly string[], reportTitle = -1): TableEnd | null {
  let hasTable = false;
  for (const [index, line] of lines.entries()) {
    if (!hasTable) {
      // A part or section before the table, or the report's title: the table sits inside a report's text, read whole.
      if (isPagePart(line) || index === reportTitle) return null;
      const header = INDICATOR_HEADER.exec(line) ?? INDICATOR_LIST.exec(line);
      // (Header words spread or broken over their cell, "一级 指标 |", open the table too.)
      hasTable = header !== null || isIndicatorHeaderLine(line);
      const inLine = header === null ? null : findPagePartInLine(line, header.index + header[0].length);
      if (inLine !== null) return { line: index, column: inLine };
    } else if (isPagePart(line)) return { line: startOfPart(lines, index), column: 0 };
    else {
      const inLine = findPagePartInLine(line, 0);
      if (inLine !== null) return { line: index, column: inLine };
    }
  }
  return null;
}

/** The lines a table's text ends before or inside (the last one cut at the end's column). */
export function linesUpToTableEnd(lines: readonly string[], end: TableEnd): string[] {
  const upTo = lines.slice(0, end.line);
  if (end.column > 0) upTo.push(lines[end.line]!.slice(0, end.column));
  return upTo;
}

/** A part's heading with the report title and blank lines right above it ("部门整体支出绩效自评报告" / "一、…"). */
function startOfPart(lines: readonly string[], heading: number): number {
  let start = heading;
  for (let index = heading - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (/[\t|]/.test(line.trim()) || titleKindOf(line) !== 'evaluation-report') break;
    start = index;
  }
  return start;
}

/** The finding that says the page's text above the table was left out (lines 1 … start, and the title line's text before it). */
export function textAboveTableFinding(start: TableStart): Finding {
  const above =
    start.column === 0 ? `第1–${start.line}行` : start.line === 0 ? `第1行标题之前的文字` : `第1–${start.line}行和第${start.line + 1}行标题之前的文字`;
  return {
    severity: 'info',
    code: 'text-above-table',
    message: `${above}是表格之前的其他内容（如部门决算的说明），未读入；表格从第${start.line + 1}行的标题起读取。`,
    path: '',
    line: start.line + 1,
  };
}

/** The finding that says the page's text below the table was left out (from line `end` + 1, or inside it). */
export function textBelowTableFinding(end: number, column = 0): Finding {
  const below = column === 0 ? `第${end + 1}行起` : `第${end + 1}行中表格之后的文字和其后各行`;
  return {
    severity: 'info',
    code: 'text-below-table',
    message: `${below}是表格之后的其他内容（如部门决算的名词解释、自评报告的正文），未读入。`,
    path: '',
    line: end + 1,
  };
}

const LINE_IN_MESSAGE = /第(\d+)行/g;

/**
 * A document whose lines are named through `lineOf` (1-based line in → 1-based line out): the rows'
 * and findings' `line` and the 第N行 of the findings' messages (every reader names lines so).
 */
export function mapSourceLines(document: PerformanceDocument, lineOf: (line: number) => number): void {
  for (const goal of document.goals) for (const indicator of goal.indicators) if (indicator.line !== undefined) indicator.line = lineOf(indicator.line);
  for (const list of document.report?.moneyLists ?? []) if (list.line !== undefined) list.line = lineOf(list.line);
  for (const finding of document.findings) {
    if (finding.line !== undefined) finding.line = lineOf(finding.line);
    finding.message = finding.message.replace(LINE_IN_MESSAGE, (_, line: string) => `第${lineOf(Number(line))}行`);
  }
}

/** A document read from the lines after `offset` made to name lines of the whole text. */
export function shiftSourceLines(document: PerformanceDocument, offset: number): void {
  if (offset !== 0) mapSourceLines(document, (line) => line + offset);
}
