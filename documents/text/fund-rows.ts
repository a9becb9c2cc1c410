/**
 * The rows of a funds block as cells, whatever the dump made of them: a row written with spaces
 * between its cells ("年度资金总额: 56 56 55.8 10 99.64% 9.96"), or one cell per line (Sichuan's
 * published pages: "年初预算 |", "调整后预算数 |", …, "总额 |", "1500.00 |", …). Tab and pipe rows
 * are already cells (table-rows.ts). A block run together with no separator is cut by
 * run-together-funds.ts.
 */
import { trimTrailing } from '../../core/trim-characters.ts';
import { regroupFormulaFundHeader } from './formula-fund-header.ts';
import { readRunTogetherFunds } from './run-together-funds.ts';
import type { TableRow } from './table-rows.ts';

/** Tells a budget column label and a budget row label, from the vocabulary. */
export interface FundLabelTests {
  isColumnLabel: (cell: string) => boolean;
  isRowLabel: (cell: string) => boolean;
}

/** A cell holding a value of the block: a number (maybe with % or 分), a dash or a slash, or nothing. */
const VALUE_CELL = /^(?:-?[\d,]+(?:\.\d+)?\s*(?:%|％|分|万元|元)?|[-—/／]|)$/;

/** A cell that is a label and its amount: "按收入性质分:1860.25", "其中: 基本支出：856.45". */
const LABELLED_AMOUNT = /^(?:其中[:：]? ?)?[^\d:：\s][^\d:：]+[:：]\s*-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?$/;

function stripPipes(text: string): string {
  return trimTrailing(text.replace(/^\s*\|+/, '').trim(), '|').trim();
}

/**
 * A one-cell row whose words are cells separated by spaces, split when some word is a label or a
 * number. A row written with runs of spaces is split at the runs only: a cell there may hold single
 * spaces (a PDF's "年 初 预 算 数" spread over its cell, "项目资金 (万元)").
 */
function splitSpacedRow(row: TableRow, tests: FundLabelTests): TableRow {
  if (row.cells.length !== 1) return row;
  const text = (row.cells[0] ?? '').trim();
  const words = /\S\s{2,}\S/.test(text) ? text.split(/\s{2,}/).flatMap((piece) => splitValueRun(piece, tests)) : text.split(/\s+/);
  if (words.length < 3) return row;
  const hasLabel = words.some((word) => tests.isColumnLabel(word) || tests.isRowLabel(word));
  const numbers = words.filter((word) => word !== '' && VALUE_CELL.test(word)).length;
  if (!hasLabel || (numbers < 2 && !words.filter(tests.isColumnLabel).length)) return row;
  return { line: row.line, cells: words, cellLines: words.map(() => row.line) };
}

/**
 * A piece between runs of spaces that holds only values with single spaces between them is one cell per
 * value: a page that ends some cells with a space of their own writes "年度资金总额：  186.40万元 180.52万元 96.85%"
 * (the Chongqing county 专项转移支付绩效目标自评表). So is a row's label followed by values only: a system's
 * print that joins its cells with one space and leaves a second one where a cell stayed empty writes
 * "资金总额: 260,000.00 260,000.00 208,000.00 10.00  80 8" (a Hainan 项目支出绩效自评表). Words between the
 * values keep the piece whole.
 */
function splitValueRun(piece: string, tests: FundLabelTests): string[] {
  const words = piece.split(/\s+/);
  const values = tests.isRowLabel(words[0] ?? '') ? words.slice(1) : words;
  return words.length > 1 && values.length > 0 && values.every((word) => word !== '' && VALUE_CELL.test(word)) ? words : [piece];
}

/**
 * One cell per line: the header's labels on consecutive lines, then each row as its label and its
 * values (empty cells kept) until the next row label. Null when the rows are not in that form.
 */
function regroupCellPerLine(rows: readonly TableRow[], tests: FundLabelTests): TableRow[] | null {
  if (rows.some((row) => row.cells.filter((cell) => stripPipes(cell) !== '').length > 1)) return null;
  const cells = rows.map((row) => ({ text: stripPipes(row.cells.join('')), line: row.line }));
  // The header is the first run of three or more column labels: a label with its value above it (自评得分 /
  // 93, its 得分 a column word) opens no header.
  const isLabelAt = (at: number): boolean => tests.isColumnLabel(cells[at]?.text ?? '');
  let first = -1;
  let end = -1;
  for (let start = 0; start < cells.length && first < 0; start += 1) {
    if (!isLabelAt(start) || isLabelAt(start - 1)) continue;
    let after = start;
    while (after < cells.length && isLabelAt(after)) after += 1;
    if (after - start >= 3) [first, end] = [start, after];
  }
  if (first < 0) return null;
  const headerLine = cells[first]?.line ?? 0;
  const header: TableRow = {
    line: headerLine,
    cells: ['', ...cells.slice(first, end).map((cell) => cell.text)],
    cellLines: [headerLine, ...cells.slice(first, end).map((cell) => cell.line)],
  };
  const regrouped: TableRow[] = [header];
  // Values right under the header before any row label: the block's one row without a label (Chongqing).
  let current: TableRow | null = tests.isRowLabel(cells[end]?.text ?? '') ? null : { line: cells[end]?.line ?? headerLine, cells: [''], cellLines: [cells[end]?.line ?? headerLine] };
  if (current) regrouped.push(current);
  const unlabelled = current;
  for (const cell of cells.slice(end)) {
    if (tests.isRowLabel(cell.text)) {
      current = { line: cell.line, cells: [cell.text], cellLines: [cell.line] };
      regrouped.push(current);
    } else if (LABELLED_AMOUNT.test(cell.text)) {
      // "其中：一般公共预算：1290.40" holds its label and amount: a row of its own, never a value of the row above.
      regrouped.push({ line: cell.line, cells: [cell.text], cellLines: [cell.line] });
      current = null;
    } else if (current === unlabelled && current !== null && !VALUE_CELL.test(cell.text)) {
      // Text after the unlabelled row's values is the next block (当年绩效目标 …).
      current = null;
    } else if (current) {
      current.cells.push(cell.text);
      current.cellLines.push(cell.line);
    }
  }
  // The words right before the run no column label of the vocabulary (中央 / 省、地 / 本级 / 其他), back to a value.
  let wordsBefore = 0;
  while (wordsBefore < MAX_WORDS_BEFORE_RUN && first - wordsBefore - 1 >= 0 && !VALUE_CELL.test(cells[first - wordsBefore - 1]?.text ?? '')) wordsBefore += 1;
  return regrouped.map((row) => (row === unlabelled ? withValuesUnderRun(row, header, wordsBefore) : row));
}

/**
 * The block's one row without a label with more values than the header run has columns: the run was the header's last
 * columns (the words before it, 中央 / 省、地 / 本级 / 其他 of a block naming its sources as columns, are no column labels
 * of the vocabulary) and its empty cells left no line, so its last values are the run's and the ones before stand under
 * words the run left out (which of them, nothing says: they are dropped). Only when the values are no more than the
 * header's words, the run ends with a rate column (执行率) and the row with a percentage: a value after the run's last
 * column (an empty 原因 cell) would make the row no shorter on the left.
 */
function withValuesUnderRun(row: TableRow, header: TableRow, wordsBefore: number): TableRow {
  const columns = header.cells.length - 1;
  const values = row.cells.slice(1);
  const lastLabel = header.cells.at(-1) ?? '';
  const lastValue = values.at(-1) ?? '';
  if (values.length <= columns || values.length > columns + wordsBefore) return row;
  if (!/率/.test(lastLabel) || !/\d\s*[%％]$/.test(lastValue)) return row;
  return {
    line: row.line,
    cells: [row.cells[0] ?? '', ...values.slice(-columns)],
    cellLines: [row.cellLines[0] ?? row.line, ...row.cellLines.slice(-columns)],
  };
}

/** The most header words before a run of column labels that values one per line may stand under. */
const MAX_WORDS_BEFORE_RUN = 8;

/** A cell that is an amount and nothing else (a value line of a cell-per-line block). */
const AMOUNT_CELL = /^-?[\d,]+(?:\.\d+)?\s*(?:万元|元)?$/;

/**
 * One cell per line without a column header (a target table's 项目资金 block: "年度资金总额",
 * "120.00", "其中：财政拨款", "100.00"): a row label alone on its line takes the amount on the next
 * line as its value.
 */
function pairLabelAndAmountLines(rows: readonly TableRow[], tests: FundLabelTests): TableRow[] {
  const paired: TableRow[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as TableRow;
    const next = rows[index + 1];
    const label = stripPipes(row.cells.join(''));
    const amount = next?.cells.length === 1 ? stripPipes(next.cells[0] ?? '') : '';
    if (row.cells.length === 1 && next && tests.isRowLabel(label) && !/\d/.test(label) && AMOUNT_CELL.test(amount)) {
      paired.push({ line: row.line, cells: [label, amount], cellLines: [row.line, next.line] });
      index += 1;
    } else {
      paired.push(row);
    }
  }
  return paired;
}

/** The funds block's rows as cells. */
export function recoverFundRows(rows: readonly TableRow[], tests: FundLabelTests): TableRow[] {
  return (
    regroupFormulaFundHeader(rows) ??
    regroupCellPerLine(rows, tests) ??
    pairLabelAndAmountLines(rows, tests).flatMap((row) =>
      row.cells.length === 1 ? (readRunTogetherFunds(row.cells[0] ?? '', row.line) ?? [splitSpacedRow(row, tests)]) : [row],
    )
  );
}
