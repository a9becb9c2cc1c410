/**
 * A page that publishes several tables of one kind one after another (a unit's 项目支出绩效自评表
 * for each of its projects on one web page, Sichuan and Anhui county sites 2021–2024): the first
 * table is the document; the others would otherwise be read into it (their indicators added, their
 * 总分 taken). The text is cut where the next table opens — a title of a table kind after an
 * indicator header, followed within a few lines by a header label (项目名称 …) of its own — and the
 * cut is reported, so nothing is dropped silently; another of the tables can be chosen (readText's `table`).
 * The kind is told from the table read alone, so a
 * 监控表 after a 目标表 does not make the page a monitoring document.
 */
import { UNITS_BY_FIRST_CHARACTER } from '../../core/indicator-value/vocabulary.ts';
import { documentKindNames, type DocumentKind, type Finding } from '../../core/model.ts';
import { trimBoth } from '../../core/trim-characters.ts';
import { headerLabels } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { findTitleKind } from './title.ts';
import { isQualitativeValue } from '../grid/cell-kinds.ts';
import { compact } from './normalize.ts';
import { tableTitle as monitoringTableTitle } from '../monitoring/vocabulary.ts';

/** An indicator header line (its words may be broken over two rows: "一级\t二级\t三级" / "指标\t指标\t指标"). */
export const INDICATOR_HEADER = /一级指标|三级指标|指标名称|一级[\t|\s]+二级/;
const LONGEST_TITLE = 80;

/** A line holding the indicator header, its words perhaps spread over their cell ("一 级 指 标") or broken ("一级 指标"). */
export function isIndicatorHeaderLine(line: string): boolean {
  return INDICATOR_HEADER.test(line.includes(' ') ? line.replace(/ /g, '') : line);
}
/** How many lines after the next title its header block must start (a title repeated over a page break has none). */
export const HEADER_BLOCK_LINES = 6;

const headerLabelKeys = headerLabels.filter((label) => label.field !== 'ignored' && label.field !== 'year').flatMap((label) => label.labels.map(labelKey));

export function isHeaderLabelLine(line: string): boolean {
  // A Markdown row opens with its pipe ("| 项目名称 | …"): the label is its first cell.
  const key = labelKey(line.replace(/^\s*\|/, ''));
  return headerLabelKeys.some((label) => key.startsWith(label));
}

/** The kind a line names when it is a table's title on its own line, else null. */
export function titleKindOf(line: string): DocumentKind | null {
  const text = trimBoth(line, '|', { isWhitespaceTrimmed: true });
  if (text === '' || text.length > LONGEST_TITLE || /\t/.test(text)) return null;
  // Monitoring titles (项目支出绩效监控表) have their own vocabulary (documents/monitoring).
  return monitoringTableTitle.test(compact(text)) ? 'monitoring' : findTitleKind(text);
}

/** Where a table opens: its line (0-based) and, when it opens inside a line run together with the table before, its column there. */
export interface TableStart {
  index: number;
  kind: DocumentKind | null;
  column?: number;
}

/** The longest title run together inside a line ("…省级部门预算项目支出绩效目标表"), in characters. */
const LONGEST_RUN_TOGETHER_TITLE = 40;
/** What a title's words never hold: a value's figures and signs, a sentence's marks, a cell's separators. */
const NO_TITLE_CHARACTER = /[\d%％=≥≤<>，,。；;：:|\t\s]/;
/** A title's own year right before the words that end it ("河阳市2024年省级…"), walked over backwards. */
const TITLE_YEAR_BEFORE = /(?:19|20)\d{2}$/;
/** What may stand between a run-together title and its first header label: its year ("(2024年度)", "2024年度") and a required mark. */
const AFTER_TITLE = /^(?:[(（]?(?:19|20)\d{2}年度?[)）]?)?[*＊]*/;
/** How far after a run-together title (its year and marks passed) its first header label may start: an ignored label may stand first. */
const LABEL_AFTER_TITLE = 24;

/** The longest qualitative value a run-together title may have taken in before its own words ("持续改善"). */
const LONGEST_VALUE_BEFORE_TITLE = 6;
/** A title's year written before its words ("2024年度优化营商环境…"): a value word right after it is the title's (优化), no row's value. */
const TITLE_YEAR_WRITTEN = /(?:19|20)\d{2}年度?$/;
/** The fewest characters a title keeps after a value is cut off it ("目标表" alone names no kind). */
const SHORTEST_TITLE_REST = 4;

/**
 * What ends an indicator's name that a one-character value (好, 优, 良, 是, 否) is written right after: a quality measured
 * (…满意度, …规范性, …质量, …效果, …情况, …水平, …状态; not a title's 年度: "2024年度优化…"), or a yes-or-no question (是否… within the row).
 */
const NAME_BEFORE_ONE_CHARACTER_VALUE = /(?:(?<!年)度|性|量|果|况|平|态)$|是否[^\d%％=≥≤<>，,。；;：:|\t\s]{1,16}$/u;

/**
 * True when the one character before `cut` is a qualitative value written right after an indicator's name: a place's
 * name may open with the same word (良乡镇, 好坝村), but such a name stands after a figure or another value, never after a
 * name that asks for a quality ("…服务满意度好省级…", "…是否按期完工是市级…").
 */
function isOneCharacterValueAfterName(text: string, start: number, cut: number): boolean {
  if (!isQualitativeValue(text.charAt(cut - 1))) return false;
  const before = text.slice(start, cut - 1);
  return NAME_BEFORE_ONE_CHARACTER_VALUE.test(before) && !Array.from({ length: Math.min(LONGEST_VALUE_BEFORE_TITLE, before.length) }, (_, index) => index + 1).some((length) => isQualitativeValue(before.slice(-length)));
}

/**
 * How many characters from `start` are the first table's last row, not the title's: the walk back stops only at a
 * figure, a sign or a mark, so when the last value is qualitative ("…满意度指标服务对象满意度读者满意度满意省级部门预算…")
 * it takes in the row back to the value before, name and value. The cut is after the last qualitative value after which
 * the rest still names the same table kind: of two characters at least, or of one right after a name asking for it
 * (isOneCharacterValueAfterName: "…满意度好省级…"; a place's name may open with 良 / 好: 良乡镇); 0 when there is none.
 */
function rowBeforeTitle(text: string, start: number, end: number, kind: DocumentKind): number {
  for (let cut = end + 1 - SHORTEST_TITLE_REST; cut > start + 1; cut -= 1) {
    const endsWithValue =
      Array.from({ length: Math.min(LONGEST_VALUE_BEFORE_TITLE, cut - start) - 1 }, (_, index) => index + 2).some(
        (length) => isQualitativeValue(text.slice(cut - length, cut)) && !TITLE_YEAR_WRITTEN.test(text.slice(start, cut - length)),
      ) || isOneCharacterValueAfterName(text, start, cut);
    if (endsWithValue && findTitleKind(text.slice(cut, end + 1)) === kind) return cut - start;
  }
  return 0;
}

/** Where the title of a table kind run together into `text` before one of its header labels starts, at or after `from`; -1 if none. */
function findRunTogetherTitle(text: string, from: number): { column: number; kind: DocumentKind } | -1 {
  for (let end = text.indexOf('表', from); end >= 0; end = text.indexOf('表', end + 1)) {
    let start = end;
    while (start > from && end + 1 - start < LONGEST_RUN_TOGETHER_TITLE) {
      const before = text.charAt(start - 1);
      if (!NO_TITLE_CHARACTER.test(before)) start -= 1;
      else if (text.charAt(start) === '年' && TITLE_YEAR_BEFORE.test(text.slice(Math.max(from, start - 4), start)) && start - 4 > from) start -= 4;
      else break;
    }
    // Stopped at a figure: the words right after it open with the value's unit ("=250天省级…"), not the title's.
    if (start > from && /\d/.test(text.charAt(start - 1))) start += UNITS_BY_FIRST_CHARACTER.get(text.charAt(start))?.find((unit) => text.startsWith(unit, start))?.length ?? 0;
    const kind = findTitleKind(text.slice(start, end + 1));
    if (kind === null || kind === 'evaluation-report' || end + 1 - start < 4) continue;
    start += rowBeforeTitle(text, start, end, kind);
    const rest = text.slice(end + 1);
    const lead = AFTER_TITLE.exec(rest)?.[0].length ?? 0;
    const window = labelKey(rest.slice(lead, lead + LABEL_AFTER_TITLE));
    if (window !== '' && !/^[|\t\s]/.test(rest.slice(lead)) && headerLabelKeys.some((label) => window.includes(label))) return { column: start, kind };
  }
  return -1;
}

/**
 * Where the next table opens after the first one's indicator header: a title naming a table kind (its
 * own or another: a page with a unit's 目标表 and then its 监控表 or 自评表) followed within a few lines
 * by a header label of its own. A report's title does not open a table. Null when no table follows.
 * A page that runs its tables together with no line between them (an OCR'd 省级部门预算项目支出绩效目标表 of two
 * projects, twenty-third study) opens the next inside a line: after the indicator header, a title of a table kind
 * whose words end right before its year or one of its header labels ("…满意度%=95%省级部门预算项目支出绩效目标表2024年度
 * *一级项目名称…二级项目名称…"); the start then names that column. `fromColumn` is where the search starts on line `from`.
 */
export function findNextTable(lines: readonly string[], from = 0, fromColumn = 0): TableStart | null {
  let hasTable = false;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const offset = index === from ? fromColumn : 0;
    if (!hasTable) {
      hasTable = isIndicatorHeaderLine(line.slice(offset));
      const header = hasTable ? INDICATOR_HEADER.exec(line.slice(offset)) : null;
      const inside = header === null ? -1 : findRunTogetherTitle(line, offset + header.index + header[0].length);
      if (inside !== -1) return { index, kind: inside.kind, column: inside.column };
      continue;
    }
    const next = titleKindOf(line);
    if (next === null) {
      const inside = findRunTogetherTitle(line, 0);
      if (inside !== -1) return { index, kind: inside.kind, column: inside.column };
      continue;
    }
    if (next === 'evaluation-report') continue;
    const after = lines.slice(index + 1, index + 1 + HEADER_BLOCK_LINES);
    if (after.some(isHeaderLabelLine)) return { index, kind: next };
  }
  return null;
}

/** The lines of the table opening at `start`, up to the next table's start (the part of a line before a run-together table's column). */
export function linesOfTable(lines: readonly string[], start: TableStart, next: TableStart | null): string[] {
  const end = next === null ? lines.length : next.column === undefined ? next.index : next.index + 1;
  const part = lines.slice(start.index, end);
  if (next?.column !== undefined && part.length > 0) part[part.length - 1] = (lines[next.index] as string).slice(0, next.column);
  if (start.column !== undefined && part.length > 0) part[0] = (part[0] as string).slice(start.column);
  return part;
}

/** A page holds at most this many tables for the reader to choose from (the rest stay with the last). */
export const MAX_TABLES = 200;

/** Where each table of the page opens: 0 for the first, then every next table's title line (findNextTable from each). */
export function findTableStarts(lines: readonly string[]): TableStart[] {
  const starts: TableStart[] = [{ index: 0, kind: null }];
  for (let next = findNextTable(lines); next !== null && starts.length < MAX_TABLES; next = findNextTable(lines, next.index, next.column ?? 0)) starts.push(next);
  return starts;
}

/**
 * The finding of a page of several tables: which one was read (the first unless another was chosen),
 * where the next opens, and that the others can be chosen at import. Its line is the next table's
 * (the first's) or the chosen table's own, less `offset`.
 */
export function severalTablesFinding(starts: readonly { index: number; kind: DocumentKind | null }[], chosen: number, kind: DocumentKind, offset = 0): Finding {
  // `offset`: the line the lines it is read with start at (a chosen table's own lines, whose line
  // numbers, in the message too, are moved to the page's afterwards: table-start.ts mapSourceLines).
  const lineOf = (index: number) => index + 1 - offset;
  const next = starts[chosen + 1];
  const own = starts[chosen]?.index ?? 0;
  const count = starts.length;
  const nextPart = next ? (next.kind === kind || next.kind === null ? `第${lineOf(next.index)}行起是下一张` : `第${lineOf(next.index)}行起是一张${documentKindNames[next.kind]}`) : '';
  const message =
    chosen === 0
      ? `文件中有${count}张表（${nextPart}），读入的是第一张${documentKindNames[kind]}：其余各表可在导入核对时选择，逐张导入。`
      : `文件中有${count}张表，读入的是第${chosen + 1}张（第${lineOf(own)}行起${next ? `，${nextPart}` : ''}）。`;
  return { severity: 'warning', code: 'several-documents', message, path: '', line: lineOf(chosen === 0 ? (next?.index ?? 0) : own) };
}
