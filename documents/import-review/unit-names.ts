/**
 * Whether the unit a file names is another unit than the one it is imported for (issue 8 item 9:
 * another bureau's table was silently stored as the uploader's). Written forms are compared
 * without spaces and width differences; a name that contains the other ("公安局" in
 * "示范县公安局") is the same unit; an empty name differs from nothing.
 */
import type { Finding, PerformanceDocument } from '../../core/model.ts';

export function normalizeUnitName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

export function isOtherUnit(fileUnit: string, ownerName: string): boolean {
  const written = normalizeUnitName(fileUnit);
  const owner = normalizeUnitName(ownerName);
  return written !== '' && owner !== '' && !written.includes(owner) && !owner.includes(written);
}

/** The info finding that keeps the file's own unit on a document kept as another unit's. */
export function addFileUnitFinding(document: PerformanceDocument, unitNote: string | null): PerformanceDocument {
  if (!unitNote) return document;
  const finding: Finding = { severity: 'info', code: 'file-unit-differs', message: unitNote, path: 'unit' };
  return { ...document, findings: [...document.findings, finding] };
}

/** The Chinese refusal when a file names another unit and nobody chose to keep it as the owner's. */
export function describeUnitMismatch(fileUnit: string, ownerName: string): string {
  return `文件所列单位为“${fileUnit}”，与“${ownerName}”不同：请取消，或确认按“${ownerName}”保存（将注明文件所列单位）。`;
}
