/**
 * Column names as many provinces word them instead of the central template's: the same table with
 * 指标名称 for 三级指标, 年度目标值 for 年度指标值, 权重 for 分值 and so on (wordings seen in published
 * tables, docs/layouts.md). The round-trip family variant-wordings writes a sheet with these.
 */
import { Dec } from '../../../core/decimal.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { DenseGrid } from './dense-grid.ts';

const variants: Readonly<Record<string, string>> = {
  三级指标: '指标名称',
  年度指标值: '年度目标值',
  实际完成值: '全年实际完成值',
  分值: '权重',
  得分: '自评得分',
  偏差原因分析及改进措施: '未完成原因分析',
  偏差原因分析: '原因分析',
  完成目标可能性: '全年目标完成可能性',
  全年预计执行数: '预计全年执行数',
};

/** "1-6月完成值" → "1-6月实际完成情况". */
const MONTH_PROGRESS = /^(1-\d{1,2}月)完成值$/;

export function withVariantWordings(grid: DenseGrid): DenseGrid {
  return grid.map((row) => row.map((cell) => variants[cell] ?? cell.replace(MONTH_PROGRESS, '$1实际完成情况')));
}

/**
 * Each 一级 cell followed by the sum of its indicators' weights, "产出指标（50分）", as many
 * self-evaluations print it. Documents without weights are left as they are.
 */
export function withLevelWeights(grid: DenseGrid, document: PerformanceDocument): DenseGrid {
  const weights = new Map<string, Dec>();
  for (const indicator of document.goals.flatMap((goal) => goal.indicators)) {
    if (indicator.weight === null || indicator.weight === undefined) continue;
    weights.set(indicator.level1, (weights.get(indicator.level1) ?? new Dec(0)).plus(indicator.weight));
  }
  return grid.map((row) => row.map((cell) => (weights.has(cell) ? `${cell}（${weights.get(cell)!.toFixed()}分）` : cell)));
}
