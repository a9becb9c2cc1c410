/**
 * Tables embedded in a report ("项目绩效自评情况见下表：" followed by the self-evaluation's indicator
 * rows): the table part of the lines goes through the table reading path, so its indicators,
 * totals and funds come out as they would from a table on its own.
 */
import type { PerformanceDocument, Scope } from '../../core/model.ts';
import { readSelfEvaluation } from './self-evaluation.ts';
import { splitCells } from './table-rows.ts';
import { findReportCellLines } from './report-cell-lines.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { findHeaderInLine } from '../grid/detectors/spaceless-stream.ts';
import { cutAtSpaceRuns } from './layout-wrapped-pieces.ts';
import { isIndicatorHeaderLine } from './several-documents.ts';
import { findTitleKind } from './title.ts';

/** A table line has at least this many cells; a table at least this many lines. */
const TABLE_CELLS = 3;
const TABLE_LINES = 3;

/** True for the lines of a table: cells separated by tabs or pipes. */
function isTableLine(line: string): boolean {
  return (
    (line.includes('\t') || line.includes('|')) &&
    splitCells(line).filter((cell) => cell !== '').length >= TABLE_CELLS - 1 &&
    splitCells(line).length >= TABLE_CELLS
  );
}

/** A fixed-width header has at least this many cells at runs of spaces. */
const FIXED_WIDTH_HEADER_CELLS = 4;

/**
 * A fixed-width table (a report's PDF in layout mode whose table's cells all fit their columns, so no
 * row was joined into tab rows): from a line naming the indicator header at runs of spaces, each line
 * after it with two cells or more (a row whose level cells are empty keeps its name and figures; a
 * blank line inside is kept); a line of one cell (三、评价结论) ends it.
 */
function addFixedWidthTables(lines: readonly string[], kept: Set<number>): void {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (kept.has(index) || line.includes('\t') || line.includes('|') || !isIndicatorHeaderLine(line)) continue;
    if (cutAtSpaceRuns(line).length < FIXED_WIDTH_HEADER_CELLS) continue;
    const run = [index];
    let next = index + 1;
    for (; next < lines.length && !kept.has(next); next += 1) {
      const row = lines[next] as string;
      if (row.trim() === '') continue;
      if (row.includes('\t') || row.includes('|') || cutAtSpaceRuns(row).length < 2) break;
      run.push(next);
    }
    if (run.length < TABLE_LINES) continue;
    for (let line = index; line <= (run.at(-1) as number); line += 1) kept.add(line);
    index = run.at(-1) as number;
  }
}

/** The indices of lines that belong to tables of at least TABLE_LINES lines (a blank line inside a table is kept). */
function findTableLines(lines: readonly string[]): Set<number> {
  const kept = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.filter((index) => (lines[index] ?? '').trim() !== '').length >= TABLE_LINES)
      for (const index of run) kept.add(index);
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    // A table run together inside a paragraph ("…如下表：评价内容绩效内容绩效目标值…产出目标数量目标…"): the line is the table.
    if (!isTableLine(line) && findHeaderInLine(line.replace(/\s+/g, '')) !== null) {
      close();
      kept.add(index);
    } else if (isTableLine(line)) run.push(index);
    else if (line.trim() === '' && run.length > 0) run.push(index);
    else close();
  }
  close();
  addFixedWidthTables(lines, kept);
  return kept;
}

/**
 * The report's embedded table read as a self-evaluation, lines outside the tables blanked so that
 * line numbers stay those of the report; null when the report has no table with indicators or
 * budget figures (a 资金情况表 of 年初预算数 / 全年预算数 / 全年执行数 alone counts).
 */
export function readEmbeddedTable(lines: readonly string[], scope: Scope): PerformanceDocument | null {
  const separated = findTableLines(lines);
  const attachment = findAttachment(lines);
  // A table written one cell per line (no tab or pipe) and no attachment to read whole: its lines from the
  // header words to the next section (an attachment's numbered levels, 一、产出指标, would end it there).
  const tableLines =
    separated.size > 0 || attachment >= 0
      ? separated
      : findReportCellLines(lines, {
          isLevel1Word: (line) => matchColumnRole(line.trim()) === 'level1',
          isHeaderWord: (line) => matchColumnRole(line.trim()) !== null,
          isTitle: isTableTitle,
        });
  if (tableLines.size === 0 && attachment < 0) return null;
  const masked = lines.map((line, index) => (tableLines.has(index) || (tableLines.size === 0 && index > attachment) ? line : ''));
  const table = readSelfEvaluation(masked, scope);
  takeExecutionRow(table);
  const hasIndicators = table.goals.some((goal) => goal.indicators.length > 0);
  const { initial, adjusted, executed } = table.budget;
  const hasBudget = tableLines.size > 0 && [initial, adjusted, executed].some((figure) => figure != null);
  return hasIndicators || hasBudget ? table : null;
}

/** Longer lines are no table's title. */
const LONGEST_TABLE_TITLE = 40;

/** A table's own title line ("项目支出绩效自评表"): a table kind's wording, short, no sentence. */
function isTableTitle(line: string): boolean {
  const kind = line.length <= LONGEST_TABLE_TITLE && !/[。；，]/.test(line) ? findTitleKind(line) : null;
  return kind !== null && kind !== 'evaluation-report';
}

/** An attachment marker on its own line ("附件：", "附件1"). */
const ATTACHMENT = /^附件\s?[\d一二三]?\s?[:：]?$/;

/**
 * The line after which the report's attached table starts (a 自评表 copied after "附件：", often
 * one cell per line), or -1 when the report has no attachment marker.
 */
function findAttachment(lines: readonly string[]): number {
  return lines.findIndex((line) => ATTACHMENT.test(line.trim()));
}

/** The 预算执行率 row written among the indicator rows: no indicator, its 分值/得分 are the budget's. */
const EXECUTION_ROW = /^(?:预算|资金)?执行率(?:\(\d+分\))?$/;

function takeExecutionRow(table: PerformanceDocument): void {
  for (const goal of table.goals) {
    const row = goal.indicators.find(
      (indicator) => EXECUTION_ROW.test(indicator.name) || EXECUTION_ROW.test(indicator.level1),
    );
    if (!row) continue;
    table.budget.weight ??= row.weight ?? null;
    table.budget.score ??= row.score ?? null;
    goal.indicators = goal.indicators.filter((indicator) => indicator !== row);
  }
}
