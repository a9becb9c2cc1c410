/** Helpers that turn the compact rows of the demo documents into model indicators. */
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import type { Goal, Indicator } from '../../../core/model.ts';

/** One row as a person reads it in the table: 一级, 二级, 三级, 指标值, and for 自评表 the rest. */
export interface DemoIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  target: string;
  weight?: string;
  actual?: string;
  score?: string;
  deviation?: string;
}

/** Builds a model indicator, parsing 指标值/完成值 the way a reader would. */
export function buildIndicator(row: DemoIndicatorRow): Indicator {
  const context = { name: row.name };
  const indicator: Indicator = {
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    target: parseIndicatorValue(row.target, context),
  };
  if (row.weight !== undefined) indicator.weight = row.weight;
  if (row.actual !== undefined) indicator.actual = parseIndicatorValue(row.actual, context);
  if (row.score !== undefined) indicator.score = row.score;
  if (row.deviation !== undefined) indicator.deviation = row.deviation;
  return indicator;
}

/** Builds a goal from its name and rows. */
export function buildGoal(name: string, rows: readonly DemoIndicatorRow[]): Goal {
  return { name, indicators: rows.map(buildIndicator) };
}
