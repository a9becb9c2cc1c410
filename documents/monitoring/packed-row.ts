/**
 * A monitoring row a web page packed left: its empty cells left no place ("成本 | 年度预算180万元 |
 * 按进度执行 | 确定能 | |||", the places gone to the row's end), so its 完成目标可能性 word stands left of
 * its column. A likelihood word only ever stands in that column (empty-cell-slides.ts does the same for a
 * dump one cell per line), so the cells between the name and the word are put back right before it and
 * the places they left stay empty. A template that printed its 二级 words (数量, 质量, 成本 …) in the
 * 指标名称 column has the unit write its indicator and its value in the 指标值 cell ("保洁河道长度≥32公里"):
 * when the 指标值 place is left empty so, a name cell ending in a sign, a figure and a unit gives both.
 */
import { likelihoodVariants, matchVariant } from '../../core/monitoring/vocabulary.ts';
import { splitNameAndValue } from '../grid/cell-text.ts';
import type { StreamCell } from './stream.ts';
import type { IndicatorColumn } from './vocabulary.ts';

/** The cells of a row written in place from its name on (`columns` from the 指标名称 column), aligned at its likelihood word. */
export function withPackedRowAligned(cells: readonly StreamCell[], columns: readonly IndicatorColumn[]): StreamCell[] {
  const likelihoodAt = columns.indexOf('likelihood');
  if (columns[0] !== 'name' || likelihoodAt < 0) return [...cells];
  const wordAt = cells.findIndex((cell) => matchVariant(likelihoodVariants, cell.label) !== null);
  if (wordAt < 1 || wordAt >= likelihoodAt || !cells.every((cell) => cell.inRow)) return [...cells];
  const nameCell = cells[0] as StreamCell;
  const empty = (): StreamCell => ({ ...nameCell, text: '', label: '' });
  const gap = likelihoodAt - wordAt;
  const aligned = [nameCell, ...Array.from({ length: gap }, empty), ...cells.slice(1)];
  const targetAt = columns.indexOf('target');
  const split = targetAt > 0 && targetAt <= gap ? splitNameAndValue(nameCell.text) : null;
  if (split) {
    aligned[0] = { ...nameCell, text: split.name, label: split.name.replace(/\s+/g, '') };
    aligned[targetAt] = { ...nameCell, text: split.value, label: split.value };
  }
  return aligned;
}
