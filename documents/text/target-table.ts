import type { PerformanceDocument, Scope } from '../../core/model.ts';
import { readIndicatorTable } from './indicator-table.ts';

/**
 * Reads a 绩效目标表 (sample 000, and published `【产出指标-数量指标】 指标1:名称(≥77台)` lists): header,
 * 年度预算申请, 部门职能, 整体绩效目标, goals 目标一… with their indicators, and findings for rows
 * that shifted or could not be placed.
 */
export function readTargetTable(lines: readonly string[], scope: Scope): PerformanceDocument {
  return readIndicatorTable(lines, 'target-table', scope);
}
