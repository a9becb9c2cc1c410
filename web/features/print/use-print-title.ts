/**
 * While a print view is open, the tab title is the name clerks give the file
 * ("2024年示范县公安局部门整体支出绩效自评表"): the browser's 另存为 PDF offers it as the file name.
 */
import { useEffect } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';
import { describeKind } from '../../../documents/print/titles.ts';

/** The file name (without extension) of a document, as documents/export.ts suggestFileName builds it. */
export function describePrintTitle(document: PerformanceDocument): string {
  const year = document.year === null ? '' : `${document.year}年`;
  const owner = document.scope === 'project' && document.project ? document.project : document.unit;
  return `${year}${owner}${describeKind(document)}`.replace(/[\\/:*?"<>|]/g, '').trim();
}

export function usePrintTitle(document: PerformanceDocument | null | undefined): void {
  useEffect(() => {
    if (!document) return;
    const previous = window.document.title;
    window.document.title = describePrintTitle(document);
    return () => {
      window.document.title = previous;
    };
  }, [document]);
}
