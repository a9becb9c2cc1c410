/**
 * Header facts of a table document into the model. 项目 tables name the project (项目名称), its
 * 主管部门 and its 实施单位; the model's `unit` is the 实施单位 for them (core/model.ts), the
 * 预算单位 / 部门名称 for 部门整体 tables.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { readHeader } from './header.ts';

/** Sets unit, year, project and supervisor of `document` from the header lines. */
export function applyTableHeader(document: PerformanceDocument, lines: readonly string[]): void {
  const header = readHeader(lines);
  const unit = document.scope === 'project' ? (header.implementer ?? header.unit) : header.unit;
  document.unit = unit ?? header.supervisor ?? '';
  document.year = header.year;
  document.project = header.project;
  document.supervisor = header.supervisor;
}
