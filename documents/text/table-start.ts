/**
 * A table published inside a longer page: a 部门决算 page whose 预算绩效情况说明 carries the
 * 部门整体支出绩效自评表, a 预算公开 page with the 绩效目标表 after its budget tables and their
 * explanations (county sites 2019–2024). The readers look for the title and the header block in the
 * first lines, so a table under a hundred lines of 决算 text lost its unit and its funds block. When
 * a table's own title — a line naming a table kind, followed within a few lines by a header
 * label (部门名称, 项目名称 …) or the indicator header — comes after more than a few lines of other
 * text, the table is read from that line on; so is a table run together on one line whose title ends
 * inside the line right before a header label (hasTitleInLine). The lines it names are the whole text's
 * (shiftSourceLines) and a finding says what was left out. Reports are read
 * whole: a table attached to a report is part of the report.
 */
import type { DocumentKind, Finding, PerformanceDocument } from '../../core/model.ts';
import { HEADER_BLOCK_LINES, INDICATOR_HEADER, isHeaderLabelLine, titleKindOf } from './several-documents.ts';
import { readTitle } from './title.ts';
import { bodyEvidence } from '../vocabulary/labels.ts';

/** Fewer non-blank lines above a title are a page's head (附件2, a site's path, 填报单位), read as before. */
const SHORTEST_PAGE_ABOVE = 8;
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

/**
 * A table run together on one line (a document site's text of a Word file, a news page): its title
 * ends inside the line and a header label (项目名称, 单位名称, 填报单位 …) or the indicator header
 * follows it at once ("…项目支出绩效自评表（2022年度）项目名称…"). True when the line holds such a
 * title of a table kind; a sentence naming a table ("…情况见下表。") is followed by no label.
 */
function hasTitleInLine(line: string): boolean {
  if (line.length <= LONGEST_TITLE_LINE) return false;
  for (const match of line.matchAll(TITLE_END_IN_LINE)) {
    const end = match.index + match[0].length;
    const next = line.slice(end, end + LONGEST_TITLE_IN_LINE);
    if (!isHeaderLabelLine(next) && !INDICATOR_HEADER_START.test(next)) continue;
    const before = line.slice(Math.max(0, match.index + 1 - LONGEST_TITLE_IN_LINE), match.index + 1);
    const title = before.split(/[。；;！!？?]/).at(-1) ?? '';
    const kind = titleKindOf(title);
    if (kind !== null && tableKinds.has(kind)) return true;
  }
  return false;
}

/**
 * The line a table starts at (its title) when a page's other text stands above it; else null. A
 * page whose own title is a report's is read whole (its tables are attached to it).
 */
export function findTableStart(lines: readonly string[]): number | null {
  if (readTitle(lines).kind === 'evaluation-report') return null;
  let textAbove = 0;
  for (const [index, line] of lines.entries()) {
    // A table run together on one line under the page's text: the line is the table's, from its start.
    if (textAbove >= SHORTEST_PAGE_ABOVE && hasTitleInLine(line)) return index;
    // The indicator table began before any title: the table is the page's top.
    if (INDICATOR_HEADER.test(line)) return null;
    if (line.trim() === '') continue;
    const kind = textAbove >= SHORTEST_PAGE_ABOVE && isTitleShaped(line) ? titleKindOf(line) : null;
    if (kind !== null && tableKinds.has(kind)) {
      const after = nextNonBlank(lines, index + 1, HEADER_BLOCK_LINES);
      if (after.some((next) => isHeaderLabelLine(withoutCellMarks(next)) || INDICATOR_HEADER.test(next))) {
        const title = findLastTitleOfRun(lines, index);
        const previous = lines[title - 1]?.trim() ?? '';
        return previous !== '' && YEAR.test(previous) && TITLE_FIRST_HALF.test(previous) && titleKindOf(previous) === null ? title - 1 : title;
      }
    }
    textAbove += 1;
  }
  return null;
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

export function findPagePartBelow(lines: readonly string[]): number | null {
  let hasTable = false;
  for (const [index, line] of lines.entries()) {
    if (!hasTable) {
      // A part or section before the table: the table sits inside a report's text, which is read whole.
      if (isPagePart(line)) return null;
      hasTable = INDICATOR_HEADER.test(line) || INDICATOR_LIST.test(line);
    } else if (isPagePart(line)) return startOfPart(lines, index);
  }
  return null;
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

/** The finding that says the page's text above the table was left out (lines 1 … start). */
export function textAboveTableFinding(start: number): Finding {
  return {
    severity: 'info',
    code: 'text-above-table',
    message: `第1–${start}行是表格之前的其他内容（如部门决算的说明），未读入；表格从第${start + 1}行的标题起读取。`,
    path: '',
    line: start + 1,
  };
}

/** The finding that says the page's text below the table was left out (from line `end` + 1). */
export function textBelowTableFinding(end: number): Finding {
  return {
    severity: 'info',
    code: 'text-below-table',
    message: `第${end + 1}行起是表格之后的其他内容（如部门决算的名词解释、自评报告的正文），未读入。`,
    path: '',
    line: end + 1,
  };
}

const LINE_IN_MESSAGE = /第(\d+)行/g;

/**
 * A document read from the lines after `offset` made to name lines of the whole text: the rows'
 * and findings' `line` and the 第N行 of the findings' messages (every reader names lines so).
 */
export function shiftSourceLines(document: PerformanceDocument, offset: number): void {
  if (offset === 0) return;
  for (const goal of document.goals) for (const indicator of goal.indicators) if (indicator.line !== undefined) indicator.line += offset;
  for (const list of document.report?.moneyLists ?? []) if (list.line !== undefined) list.line += offset;
  for (const finding of document.findings) {
    if (finding.line !== undefined) finding.line += offset;
    finding.message = finding.message.replace(LINE_IN_MESSAGE, (_, line: string) => `第${Number(line) + offset}行`);
  }
}
