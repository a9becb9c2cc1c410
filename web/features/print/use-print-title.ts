/**
 * While a print view is open, the tab title is the name clerks give the file
 * ("2024年示范县公安局部门整体支出绩效自评表"): the browser's 另存为 PDF offers it as the file name.
 */
import { useEffect } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';
import { suggestFileBaseName } from '../../../documents/print/file-name.ts';

export function usePrintTitle(document: PerformanceDocument | null | undefined): void {
  useEffect(() => {
    if (!document) return;
    const previous = window.document.title;
    window.document.title = suggestFileBaseName(document);
    return () => {
      window.document.title = previous;
    };
  }, [document]);
}
