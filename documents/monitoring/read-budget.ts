/**
 * The budget block of a monitoring table: the column labels (年初预算数, 年度预算调整, 调整后预算数,
 * 1-N月执行数, 执行率, 全年预计执行数), then one row per funding source. Amounts become 万元
 * exactly; a column the table does not have stays null (a missing 全年预计执行数 is not guessed).
 */
import type { BudgetSourceRow } from '../../core/monitoring/schema.ts';
import { expenditureNatureVariants, fundingSourceVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { parseNumberCell, toTenThousandYuan } from './amount.ts';
import type { StreamCell } from './stream.ts';
import { countUnknownHeaderWords } from './unknown-header-words.ts';
import { matchColumnRole } from '../vocabulary/columns.ts';
import { matchBudgetColumn, type BudgetColumn } from './vocabulary.ts';

export interface BudgetBlock {
  rows: BudgetSourceRow[];
  /** Stream index after the block. */
  end: number;
  /** The column labels as written (they name the window: 1-6月执行数). */
  columnLabels: string[];
  /** 基本支出 / 项目支出 rows (a 部门整体 table splits its total by 支出性质 too). */
  natureRows: Array<{ nature: 'basic' | 'project'; row: BudgetSourceRow }>;
}

/** What an empty amount is written as: a dash, a slash, 无. */
const AMOUNT_PLACEHOLDER = /^(?:[—–\-/／]+|无)?$/;

/** The longest word a column the vocabulary does not know holds in a row of amounts (黄灯, 正常). */
const MAX_UNKNOWN_CELL_LENGTH = 4;

const bareLabel = (label: string): string => label.replace(/^其中[:：]?/, '').replace(/[:：]$/, '').replace(/\s+/g, '');

function fundingLabel(label: string) {
  return matchVariant(fundingSourceVariants, bareLabel(label));
}

function natureLabel(label: string) {
  return matchVariant(expenditureNatureVariants, bareLabel(label));
}

/** Reads the block whose column labels start at or after `from`; null when the table has none. */
export function readBudgetBlock(input: {
  stream: readonly StreamCell[];
  from: number;
  unit: 'yuan' | 'tenThousandYuan';
}): BudgetBlock | null {
  const { stream, unit } = input;
  let index = input.from;
  // The header: at least two budget column labels in a row (empty cells between them allowed).
  while (index < stream.length && matchBudgetColumn(stream[index]?.label ?? '') === null) index++;
  // A column with no key: a heading the vocabulary does not know among labels one per line (序时进度, 预警等级).
  const columns: Array<{ key: BudgetColumn | null; position: number; inRow: boolean }> = [];
  const columnLabels: string[] = [];
  const columnLines: number[] = [];
  while (index < stream.length) {
    const cell = stream[index];
    if (!cell) break;
    const key = matchBudgetColumn(cell.label);
    // Labels one per line: headings the vocabulary does not know before one it knows are columns whose cells are passed over.
    const unknown = key === null && !cell.inRow && columns.length > 0 ? countUnknownHeaderWords(stream, index, (label) => matchBudgetColumn(label) !== null) : 0;
    // A 备注 closing the headings one per line: a column whose cell the rows leave empty (so no line), not the rows' start.
    if (key === null && !cell.inRow && columns.length >= 2 && matchColumnRole(cell.label) === 'remark') {
      columns.push({ key: null, position: cell.column, inRow: false });
      index += 1;
      continue;
    }
    if (unknown > 0) {
      for (const ignored of stream.slice(index, index + unknown)) columns.push({ key: null, position: ignored.column, inRow: false });
      index += unknown;
      continue;
    }
    if (key) {
      columns.push({ key, position: cell.column, inRow: cell.inRow });
      columnLabels.push(cell.label);
      columnLines.push(cell.line);
    } else if (cell.label !== '' && !(cell.inRow && columns.length > 0 && cell.line === columnLines[0])) break;
    // else a heading no label names (备注) in the header row: its column is not read.
    index++;
  }
  if (columns.filter((column) => column.key !== null).length < 2) return null;
  // Empty cells closing the header row belong to it.
  const headerLine = columnLines[0];
  while (stream[index]?.inRow && stream[index]?.label === '' && stream[index]?.line === headerLine) index++;
  const isGrid = columns.every((column) => column.inRow);
  const firstValueColumn = Math.min(...columns.map((column) => column.position));
  const rows: BudgetSourceRow[] = [];
  const natureRows: BudgetBlock['natureRows'] = [];
  const store = (row: BudgetSourceRow, key: BudgetColumn | null, text: string) => {
    const number = parseNumberCell(text);
    if (number === null || key === null || key === 'forecastRate') return;
    row[key] = key === 'executionRate' ? number : toTenThousandYuan(number, unit);
  };
  while (index < stream.length) {
    // A rowSpan'd block label leaves empty cells before the row's own label.
    while (stream[index]?.label === '' && stream[index + 1]?.line === stream[index]?.line) index++;
    const labelCell = stream[index];
    const source = labelCell ? fundingLabel(labelCell.label) : null;
    const nature = labelCell && !source ? natureLabel(labelCell.label) : null;
    // A block of one row may write its amounts with no label under the headings (Guangdong): the total;
    // in cells one per line too, the amounts right under the headings.
    const isUnlabelledTotal =
      rows.length === 0 &&
      source === null &&
      labelCell !== undefined &&
      (isGrid ? labelCell.inRow : !labelCell.inRow) &&
      parseNumberCell(labelCell.text) !== null;
    if (!labelCell || (!source && !nature && !isUnlabelledTotal)) break;
    const row: BudgetSourceRow = {
      source: source ?? 'total',
      label: isUnlabelledTotal
        ? ''
        : labelCell.text
            .replace(/^其中[:：]?/, '')
            .replace(/[:：]$/, '')
            .trim(),
    };
    if (!isUnlabelledTotal) index++;
    if (isGrid && labelCell.inRow) {
      // A table row: values sit under their headings (merged cells leave blanks between them).
      const line = stream.filter((cell, position) => position >= index && cell.line === labelCell.line);
      for (const column of columns) {
        const cell = line.find(
          (candidate) => candidate.column === column.position && column.position >= firstValueColumn,
        );
        if (cell) store(row, column.key, cell.text);
      }
      index += line.length;
    } else {
      for (const column of columns) {
        const cell = stream[index];
        if (!cell || fundingLabel(cell.label) || natureLabel(cell.label) || (cell.line !== labelCell.line && cell.inRow)) break;
        // Cells one per line: a row whose empty cells left no line ends at the next words (the
        // indicator header under 其他资金), which are no amounts.
        // A column the vocabulary does not know may hold a short word (预警等级's 黄灯).
        const isUnknownColumnWord = column.key === null && cell.label.length <= MAX_UNKNOWN_CELL_LENGTH && !/\d/.test(cell.label);
        if (!cell.inRow && parseNumberCell(cell.text) === null && !AMOUNT_PLACEHOLDER.test(cell.label) && !isUnknownColumnWord) break;
        index++;
        store(row, column.key, cell.text);
      }
      // The rest of a row (empty trailing cells) belongs to it.
      while (labelCell.inRow && stream[index]?.line === labelCell.line) index++;
    }
    if (nature) natureRows.push({ nature, row });
    else rows.push(row);
  }
  return { rows, end: index, columnLabels, natureRows };
}
