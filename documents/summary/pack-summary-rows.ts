/**
 * The summary's rows as a few arrays for the worker thread that writes the workbook: each text
 * once in a table, the cells as indexes and numbers in one Float64Array. A province's 22,000 row
 * objects cost 70-130 ms to copy into the worker (structured clone) and as much again in garbage;
 * these arrays cost a few (bench/summary-phases.ts). Light: no writer is loaded with it.
 */
import { DECIMAL_PATTERN } from '../../core/decimal.ts';
import { describeKind } from '../print/titles.ts';
import type { SummaryRow } from './write-summary.ts';

/** Text columns of a row, in the order of `texts` indexes per row. */
export const summaryTextColumns = ['unit', 'supervisor', 'kind', 'state', 'grade'] as const;
/** Number columns of a row, in the order of `numbers` per row (NaN: none). */
export const summaryNumberColumns = ['year', 'executionRate', 'score', 'error', 'warning', 'info'] as const;

export interface SummaryTable {
  rowCount: number;
  /** Each distinct text once ('' among them when a cell is empty). */
  texts: string[];
  /** rowCount × summaryTextColumns.length indexes into texts. */
  textCells: Int32Array;
  /** rowCount × summaryNumberColumns.length numbers; NaN where the row has none. */
  numbers: Float64Array;
}

/** 执行率 and 得分 as numbers: the decimal strings the documents keep, as exactly as a double holds them. */
function toNumber(value: string | null): number {
  if (value === null) return Number.NaN;
  const trimmed = value.trim();
  return DECIMAL_PATTERN.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function packSummaryRows(rows: readonly SummaryRow[]): SummaryTable {
  const indexes = new Map<string, number>();
  const texts: string[] = [];
  const textCells = new Int32Array(rows.length * summaryTextColumns.length);
  const numbers = new Float64Array(rows.length * summaryNumberColumns.length);
  const indexOf = (text: string) => {
    let index = indexes.get(text);
    if (index === undefined) {
      index = texts.length;
      indexes.set(text, index);
      texts.push(text);
    }
    return index;
  };
  rows.forEach((row, index) => {
    let cell = index * summaryTextColumns.length;
    textCells[cell++] = indexOf(row.unit);
    textCells[cell++] = indexOf(row.supervisor ?? '');
    textCells[cell++] = indexOf(describeKind({ kind: row.kind, scope: row.scope ?? 'department' }));
    textCells[cell++] = indexOf(row.state);
    textCells[cell] = indexOf(row.grade ?? '');
    let number = index * summaryNumberColumns.length;
    numbers[number++] = row.year ?? Number.NaN;
    numbers[number++] = toNumber(row.executionRate);
    numbers[number++] = toNumber(row.score);
    numbers[number++] = row.findings.error;
    numbers[number++] = row.findings.warning;
    numbers[number] = row.findings.info;
  });
  return { rowCount: rows.length, texts, textCells, numbers };
}
