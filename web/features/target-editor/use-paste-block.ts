/**
 * The editor's side of pasting a block from Excel/WPS: a pasted block becomes a preview request;
 * confirming applies it as one change (autosaved like any edit) and offers 撤销粘贴 until the next
 * edit, which puts the document back as it was before the paste.
 */
import { useCallback, useRef, useState, type MutableRefObject } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';
import { parseClipboardGrid } from './clipboard-grid.ts';
import type { RowAddress } from './indicator-rows.ts';
import { applyPaste, countPaste, proposePasteMode, type PasteCounts, type PasteMode } from './paste-apply.ts';
import { planPaste, type PastedRow } from './paste-plan.ts';
import type { PasteRequest } from './paste-preview.tsx';

type OnUpdate = (change: (body: PerformanceDocument) => PerformanceDocument) => void;

export interface PastedChange {
  before: PerformanceDocument;
  after: PerformanceDocument;
  counts: PasteCounts;
}

export function usePasteBlock(input: { bodyRef: MutableRefObject<PerformanceDocument>; onUpdate: OnUpdate }) {
  const { bodyRef, onUpdate } = input;
  const [request, setRequest] = useState<(PasteRequest & { address: RowAddress }) | null>(null);
  const [pasted, setPasted] = useState<PastedChange | null>(null);
  const requestRef = useRef(request);
  requestRef.current = request;

  const onPasteBlock = useCallback(
    (address: RowAddress, text: string) => {
      const indicators = bodyRef.current.goals[address.goalIndex]?.indicators ?? [];
      const start = Math.min(address.indicatorIndex, indicators.length);
      const mode = proposePasteMode(indicators[start]);
      const above = indicators[mode === 'insert' ? start : start - 1];
      setRequest({
        address: { goalIndex: address.goalIndex, indicatorIndex: start },
        plan: planPaste(parseClipboardGrid(text)),
        indicatorCount: indicators.length,
        start,
        mode,
        above: above ? { level1: above.level1, level2: above.level2 } : undefined,
      });
    },
    [bodyRef],
  );

  const confirm = useCallback(
    (choice: { rows: PastedRow[]; mode: PasteMode }) => {
      const current = requestRef.current;
      if (!current) return;
      const before = bodyRef.current;
      const after = applyPaste(before, { address: current.address, rows: choice.rows, mode: choice.mode });
      const counts = countPaste({ ...current, rows: choice.rows.length, mode: choice.mode });
      onUpdate(() => after);
      setPasted({ before, after, counts });
      setRequest(null);
    },
    [bodyRef, onUpdate],
  );

  const cancel = useCallback(() => setRequest(null), []);

  /** Back to the document as it was before the paste (only while nothing else was edited). */
  const undo = useCallback(() => {
    if (!pasted || bodyRef.current !== pasted.after) return;
    const { before } = pasted;
    onUpdate(() => before);
    setPasted(null);
  }, [pasted, bodyRef, onUpdate]);

  return {
    request,
    confirm,
    cancel,
    onPasteBlock,
    /** The last paste while it is still the latest change. */
    pasted: pasted && bodyRef.current === pasted.after ? pasted : null,
    undo,
  };
}
