/**
 * A monitoring table written one cell per line (pdftotext without -layout, a copy out of a viewer) leaves
 * no line for an empty cell, so the cells after it slide up a column: an empty 1-6月 value makes the
 * 完成目标可能性 word stand under 1-6月. What a column holds says where a cell belongs: a likelihood word
 * (确定能 / 有可能 / 完全不可能) only ever stands in the 完成目标可能性 column, so the empty cells before it
 * are put back.
 */
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { isUnitCell } from '../grid/typed-fit.ts';
import type { StreamCell } from './stream.ts';
import { deviationSubColumns, likelihoodSubColumns, tickMark, type IndicatorColumn } from './vocabulary.ts';

/**
 * Columns whose cell a likelihood word never is: the values written before the likelihood, and the
 * 偏差原因分析 categories (经费保障 … 其他) that hold a tick at most.
 */
const valueColumns: ReadonlySet<IndicatorColumn> = new Set(['actualToDate', 'forecast', ...deviationSubColumns]);

const emptyCells = new WeakSet<StreamCell>();

/** Whether the cell is one put back for an empty cell that left no line. */
export function isPutBackEmpty(cell: StreamCell): boolean {
  return emptyCells.has(cell);
}

/**
 * The row's cells (as cut from the stream at the header's width) with the empty cells put back before a
 * likelihood word that slid into a value column; cells past the row's width are left for the next row.
 */
export function withSlidCellsBack(cells: readonly StreamCell[], columns: readonly IndicatorColumn[]): StreamCell[] {
  const likelihoodAt = columns.indexOf('likelihood');
  if (likelihoodAt < 0) return [...cells];
  const slidAt = cells.findIndex((cell, position) => position < likelihoodAt && valueColumns.has(columns[position] as IndicatorColumn) && matchVariant(likelihoodVariants, cell.label) !== null);
  if (slidAt < 0 || cells.slice(0, slidAt).some((cell) => cell.inRow)) return [...cells];
  const at = cells[slidAt] as StreamCell;
  const empties = Array.from({ length: likelihoodAt - slidAt }, () => {
    const empty: StreamCell = { ...at, text: '', label: '' };
    emptyCells.add(empty);
    return empty;
  });
  return [...cells.slice(0, slidAt), ...empties, ...cells.slice(slidAt)].slice(0, columns.length);
}

/**
 * A group of tick columns (确定能 / 有可能 / 完全不可能, 经费保障 … 其他) written one cell per line holds one tick
 * at most, the other places empty and so without a line: the tick's line says nothing of which column it
 * stood in. The tick is taken out (its line passed over, no column claimed: a guess would invent the
 * likelihood or the 偏差 category) and the group's places are put back empty, so the cells after it stand in
 * their own columns. A group whose first place holds no tick is left to the other rules.
 */
export function withTickGroupsFolded(cells: readonly StreamCell[], columns: readonly IndicatorColumn[]): StreamCell[] {
  // A dump that marks its empty cells (" |" alone) keeps the tick in its own column.
  if (cells.some((cell) => cell.inRow || cell.label === '')) return [...cells];
  let result = [...cells];
  for (const group of [likelihoodSubColumns, deviationSubColumns]) {
    const first = columns.findIndex((column) => group.includes(column));
    if (first < 0) continue;
    let width = 0;
    while (group.includes(columns[first + width] as IndicatorColumn)) width += 1;
    const at = result[first];
    if (at === undefined || !tickMark.test(at.label.replace(/\s+/g, ''))) continue;
    const placeholder = (): StreamCell => {
      const empty: StreamCell = { ...at, text: '', label: '' };
      emptyCells.add(empty);
      return empty;
    };
    // The tick's own line is passed over (counted as read), its column left empty like the others.
    const places = [{ ...at, text: '', label: '' }, ...Array.from({ length: width - 1 }, placeholder)];
    result = [...result.slice(0, first), ...places, ...result.slice(first + 1)];
  }
  return result.slice(0, columns.length);
}

/** A figure written without its unit ("45", "≥98"): the only value a 计量单位 column completes. */
export const BARE_FIGURE = /^[≥≤=<>]?\s*\d+(?:\.\d+)?$/;

/**
 * The empty 计量单位 of a row whose target needs none (建立, 2024年11月底前, "≥90%" with its unit written in it), one
 * cell per line: the unit left no line, so the row's next cell (its 1-N月 value) slid into the unit's place. A cell
 * there that is no unit word is put back after an empty unit.
 */
export function withEmptyUnitPutBack(cells: readonly StreamCell[], columns: readonly IndicatorColumn[]): StreamCell[] {
  const unitAt = columns.indexOf('unit');
  const targetAt = columns.indexOf('target');
  const target = cells[targetAt]?.label ?? '';
  const unit = cells[unitAt];
  if (unitAt < 0 || targetAt < 0 || unit === undefined || unit.inRow || target === '' || BARE_FIGURE.test(target) || isUnitCell(unit.label)) return [...cells];
  const empty: StreamCell = { ...unit, text: '', label: '' };
  emptyCells.add(empty);
  return [...cells.slice(0, unitAt), empty, ...cells.slice(unitAt)].slice(0, columns.length);
}
