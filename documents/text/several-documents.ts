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
import { documentKindNames, type DocumentKind, type Finding } from '../../core/model.ts';
import { trimBoth } from '../../core/trim-characters.ts';
import { headerLabels } from '../vocabulary/labels.ts';
import { labelKey } from '../vocabulary/label-key.ts';
import { findTitleKind } from './title.ts';
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

/**
 * Where the next table opens after the first one's indicator header: a title naming a table kind (its
 * own or another: a page with a unit's 目标表 and then its 监控表 or 自评表) followed within a few lines
 * by a header label of its own. A report's title does not open a table. Null when no table follows.
 */
export function findNextTable(lines: readonly string[], from = 0): { index: number; kind: DocumentKind } | null {
  let hasTable = false;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (!hasTable) {
      hasTable = isIndicatorHeaderLine(line);
      continue;
    }
    const next = titleKindOf(line);
    if (next === null || next === 'evaluation-report') continue;
    const after = lines.slice(index + 1, index + 1 + HEADER_BLOCK_LINES);
    if (after.some(isHeaderLabelLine)) return { index, kind: next };
  }
  return null;
}

/** A page holds at most this many tables for the reader to choose from (the rest stay with the last). */
export const MAX_TABLES = 200;

/** Where each table of the page opens: 0 for the first, then every next table's title line (findNextTable from each). */
export function findTableStarts(lines: readonly string[]): { index: number; kind: DocumentKind | null }[] {
  const starts: { index: number; kind: DocumentKind | null }[] = [{ index: 0, kind: null }];
  for (let next = findNextTable(lines); next !== null && starts.length < MAX_TABLES; next = findNextTable(lines, next.index)) starts.push(next);
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
