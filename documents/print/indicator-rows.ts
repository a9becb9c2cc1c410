/**
 * The indicator tree as table rows: 一级 and 二级 written once and merged over the rows they
 * cover (rowSpan), as the official tables do, and the goal (目标一 / 职能1) merged over its rows.
 */
import type { Goal, Indicator } from '../../core/model.ts';
import { labelCell, textCell, type LayoutCell, type LayoutRow } from './table-layout.ts';

export interface IndicatorRowsOptions {
  goals: readonly Goal[];
  /** Column of the goal cell, or null when the table has no goal column (自评表). */
  goalColumn: number | null;
  /** Column of 一级; 二级 and 三级 follow it. */
  level1Column: number;
  /** The cells after 三级 (指标值, 实际完成值, 分值 …), starting at level1Column + 3. */
  describeIndicator: (indicator: Indicator, column: number) => LayoutCell[];
  /** The 一级 heading text, e.g. "产出指标（50分）"; defaults to the name. */
  describeLevel1?: (level1: string, indicators: readonly Indicator[]) => string;
}

/** Consecutive runs of items with the same key, in order. */
function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): Array<{ key: string; items: T[] }> {
  const runs: Array<{ key: string; items: T[] }> = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item] });
  }
  return runs;
}

/** Rows for every indicator of every goal, with merged goal, 一级 and 二级 cells. */
export function buildIndicatorRows(options: IndicatorRowsOptions): LayoutRow[] {
  const { goals, goalColumn, level1Column, describeIndicator } = options;
  const describeLevel1 = options.describeLevel1 ?? ((level1: string) => level1);
  const rows: LayoutRow[] = [];
  for (const goal of goals) {
    const goalStart = rows.length;
    if (goal.indicators.length === 0) {
      rows.push({ cells: [] });
    }
    for (const level1Run of groupRuns(goal.indicators, (indicator) => indicator.level1)) {
      const level1Start = rows.length;
      for (const level2Run of groupRuns(level1Run.items, (indicator) => indicator.level2)) {
        const level2Start = rows.length;
        for (const indicator of level2Run.items) {
          rows.push({
            cells: [
              textCell(level1Column + 2, indicator.name),
              ...describeIndicator(indicator, level1Column + 3),
            ],
          });
        }
        rows[level2Start]!.cells.unshift(
          labelCell(level1Column + 1, level2Run.key, { rowSpan: level2Run.items.length, role: 'value' }),
        );
      }
      rows[level1Start]!.cells.unshift(
        labelCell(level1Column, describeLevel1(level1Run.key, level1Run.items), {
          rowSpan: rows.length - level1Start,
          role: 'value',
        }),
      );
    }
    if (goalColumn !== null) {
      rows[goalStart]!.cells.unshift(labelCell(goalColumn, goal.name, { rowSpan: rows.length - goalStart }));
    }
  }
  return rows;
}
