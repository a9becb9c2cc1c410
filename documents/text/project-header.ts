/**
 * Header facts of a table document into the model. 项目 tables name the project (项目名称), its
 * 主管部门 and its 实施单位; the model's `unit` is the 实施单位 for them (core/model.ts), the
 * 预算单位 / 部门名称 for 部门整体 tables.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { selfReferenceUnitValues } from '../vocabulary/labels.ts';
import { findSignedUnitBelow, findSitePublisher, readHeader } from './header.ts';

/** A 实施单位 written "本单位" (or "同上") names the unit the table names elsewhere. */
function ownName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  return selfReferenceUnitValues.includes(name.replace(/\s+/g, '')) ? null : name;
}

/**
 * Sets unit, year, project and supervisor of `document` from the header lines; where they name no unit, from a
 * signature line among `linesBelow` (the table's, "填报单位（公章）：…"), else from the publisher a site's metadata form
 * above the table names ("发文单位: | 某局 |").
 */
export function applyTableHeader(document: PerformanceDocument, lines: readonly string[], linesBelow: readonly string[] = []): void {
  const header = readHeader(lines);
  const implementer = ownName(header.implementer);
  const unit = document.scope === 'project' ? (implementer ?? header.unit) : header.unit;
  document.unit = unit ?? header.supervisor ?? findSignedUnitBelow(linesBelow) ?? findSitePublisher(lines) ?? '';
  document.year = header.year;
  document.project = header.project;
  document.supervisor = header.supervisor;
}
