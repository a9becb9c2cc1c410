import { createEmptyDocument, type PerformanceDocument, type Scope } from '../../core/model.ts';

/** Placeholder until the reader of this kind lands: an empty document saying so. */
export function readTargetTable(_lines: readonly string[], scope: Scope): PerformanceDocument {
  const document = createEmptyDocument('target-table', scope);
  document.findings.push({ severity: 'error', code: 'reader-failed', message: '尚不支持读取此类文档。', path: '' });
  return document;
}
