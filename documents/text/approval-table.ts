import type { PerformanceDocument, Scope } from '../../core/model.ts';
import { readIndicatorTable } from './indicator-table.ts';

/**
 * Reads a 绩效目标批复表 (sample 002): 部门职能概述, 年度整体绩效目标 and the indicators grouped by
 * 核心职能. Goals are named "职能N：名称" (the document's own text after the colon, full-width
 * colon, see indicator-cells.ts). Shifted rows are placed by what their cells are and reported.
 */
export function readApprovalTable(lines: readonly string[], scope: Scope): PerformanceDocument {
  return readIndicatorTable(lines, 'approval-table', scope);
}
