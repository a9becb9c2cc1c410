/**
 * The 年度总体目标 block of a self-evaluation: 预期目标 on the left, 实际完成情况 on the right. Long
 * cells break over lines; a line without cell separators continues the cell written last (001: the
 * 实际完成情况 runs over three lines, the last in a `<p>` block that normalisation already removed).
 */
import { compact } from './normalize.ts';
import type { TableRow } from './table-rows.ts';
import { hasText, joinWithoutExtractionSpaces } from './self-evaluation-text.ts';

export interface OverallBlock {
  overallGoal: string | null;
  overallResult: string | null;
  /** Index in `rows` of the block's header row, or -1 when there is none. */
  headerIndex: number;
}

/**
 * The label cells of the block; they are not part of its text. 绩效指标 is the label of the
 * indicator part below, on a line of its own when each cell has its own line.
 */
const BLOCK_LABEL =
  /^(年度总体目标|总体目标|年度绩效目标|绩效目标|预期目标|实际完成情况|目标完成情况|全年实际完成情况|绩效指标)$/;

function isBlockHeader(cells: readonly string[]): boolean {
  const texts = cells.map(compact);
  return (
    texts.some((text) => /^(年度)?(总体|绩效)目标$/.test(text)) ||
    (texts.includes('预期目标') && texts.some((text) => /实际完成情况/.test(text)))
  );
}

/** Strips a label written in front of the text in the same cell ("预期目标：…"). */
function withoutLeadingLabel(cell: string): string {
  return cell.replace(/^\s*(预期目标|实际完成情况|年度总体目标)\s*[:：]\s*/, '');
}

/** Reads 预期目标 and 实际完成情况 from the rows between their header and the indicator table. */
export function readOverallBlock(rows: readonly TableRow[]): OverallBlock {
  const headerIndex = rows.findIndex((row) => isBlockHeader(row.cells));
  if (headerIndex < 0) return { overallGoal: null, overallResult: null, headerIndex };
  const header = rows[headerIndex] as TableRow;
  const resultColumn = header.cells.findIndex((cell) => /实际完成情况|完成情况/.test(compact(cell)));
  const goal: string[] = [];
  const result: string[] = [];
  let last: string[] = goal;
  // The header row itself may hold the text (target tables: "年度总体目标⇥完成……").
  for (const row of rows.slice(headerIndex)) {
    if (row.cells.length === 1) {
      if (hasText(row.cells[0]) && !BLOCK_LABEL.test(compact(row.cells[0]))) last.push(row.cells[0]);
      continue;
    }
    for (const [index, cell] of row.cells.entries()) {
      if (!hasText(cell) || BLOCK_LABEL.test(compact(cell))) continue;
      last = resultColumn >= 0 && index >= resultColumn ? result : goal;
      last.push(withoutLeadingLabel(cell));
    }
  }
  const join = (parts: string[]): string | null =>
    parts.length === 0 ? null : joinWithoutExtractionSpaces(parts);
  return { overallGoal: join(goal), overallResult: join(result), headerIndex };
}
