/**
 * The budget block of a monitoring table: the column labels (年初预算数, 年度预算调整, 调整后预算数,
 * 1-N月执行数, 执行率, 全年预计执行数), then one row per funding source. Amounts become 万元
 * exactly; a column the table does not have stays null (a missing 全年预计执行数 is not guessed).
 */
import type { BudgetSourceRow } from '../../core/monitoring/schema.ts';
import { fundingSourceVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { parseNumberCell, toTenThousandYuan } from './amount.ts';
import { matchLabel, type StreamCell } from './stream.ts';
import { budgetColumnLabels, type BudgetColumn } from './vocabulary.ts';

export interface BudgetBlock {
  rows: BudgetSourceRow[];
  /** Stream index after the block. */
  end: number;
  /** The column labels as written (they name the window: 1-6月执行数). */
  columnLabels: string[];
}

function fundingLabel(label: string) {
  return matchVariant(fundingSourceVariants, label.replace(/^其中[:：]?/, '').replace(/[:：]$/, ''));
}

/** Reads the block whose column labels start at or after `from`; null when the table has none. */
export function readBudgetBlock(input: { stream: readonly StreamCell[]; from: number; unit: 'yuan' | 'tenThousandYuan' }): BudgetBlock | null {
  const { stream, unit } = input;
  let index = input.from;
  // The header: at least two budget column labels in a row (empty cells between them allowed).
  while (index < stream.length && !matchLabel(budgetColumnLabels, stream[index]?.label ?? '')) index++;
  const columns: BudgetColumn[] = [];
  const columnLabels: string[] = [];
  while (index < stream.length) {
    const cell = stream[index];
    if (!cell) break;
    const column = matchLabel(budgetColumnLabels, cell.label);
    if (column) {
      columns.push(column);
      columnLabels.push(cell.label);
    } else if (cell.label !== '') break;
    index++;
  }
  if (columns.length < 2) return null;
  const rows: BudgetSourceRow[] = [];
  while (index < stream.length) {
    const labelCell = stream[index];
    const source = labelCell ? fundingLabel(labelCell.label) : null;
    if (!labelCell || !source) break;
    const row: BudgetSourceRow = { source, label: labelCell.text.replace(/^其中[:：]?/, '').replace(/[:：]$/, '').trim() };
    index++;
    for (const column of columns) {
      const cell = stream[index];
      if (!cell || fundingLabel(cell.label) || (cell.line !== labelCell.line && cell.inRow)) break;
      index++;
      const number = parseNumberCell(cell.text);
      if (number === null) continue;
      if (column === 'forecastRate') continue;
      row[column] = column === 'executionRate' ? number : toTenThousandYuan(number, unit);
    }
    // The rest of a row (empty trailing cells) belongs to it.
    while (labelCell.inRow && stream[index]?.line === labelCell.line) index++;
    rows.push(row);
  }
  return { rows, end: index, columnLabels };
}
