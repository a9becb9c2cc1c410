/**
 * The overview by level as chart data (issue 11): per child organisation, how many tables carry
 * each light, stacked green → blue → yellow → red → none, for the 预算执行 or the 绩效目标 light;
 * and a sentence for screen readers naming the children with the most red lights.
 */
import type { RollupRow, RoundRollup } from '../../../contract/monitoring-rollup.ts';
import { lightLevels } from './light-levels.ts';

export type LightSide = 'budget' | 'target';

export const lightSideNames: Record<LightSide, string> = { budget: '预算执行', target: '绩效目标' };

/** Stack order: the good lights first, so red ends where the eye reads last. */
const stackOrder = ['green', 'blue', 'yellow', 'red', 'none'] as const;

export interface StackedSeries {
  key: (typeof stackOrder)[number];
  name: string;
  color: string;
  /** One value per child, in the children's order. */
  data: number[];
}

/** The stacked series of one light kind over the children of a level. */
export function buildStackedSeries(rows: readonly RollupRow[], side: LightSide): StackedSeries[] {
  return stackOrder.map((key) => {
    const level = lightLevels.find((candidate) => candidate.key === key)!;
    return { key, name: level.label, color: level.color, data: rows.map((row) => row[side][key]) };
  });
}

/** Reds of one row for sorting and the sentence: both light kinds. */
function countRed(row: RollupRow): number {
  return row.budget.red + row.target.red;
}

/** "临河市财政局：监控表 12 张，红灯 3 个…" for the three children with the most red lights. */
export function describeRollup(rollup: RoundRollup): string {
  const worst = [...rollup.children].sort((a, b) => countRed(b) - countRed(a)).slice(0, 3);
  const parts = worst.map((row) => `${row.organisationName} 监控表 ${row.tables} 张，红灯 ${countRed(row)} 个，执行率 ${row.executionRate === null ? '—' : `${row.executionRate}%`}`);
  return `${rollup.organisation.name}下级单位亮灯：共 ${rollup.total.tables} 张监控表，红灯 ${countRed(rollup.total)} 个${parts.length ? `；${parts.join('；')}` : ''}`;
}
