/**
 * 删除 of an indicator row took effect at once and was autosaved: one slip of the mouse on the
 * row's bin lost a filled-in indicator with no way back but retyping it. Removal stays one click,
 * but a message at the top of the screen names the row and offers 撤销删除 (while nothing else has
 * been edited since), as 撤销粘贴 does for a paste.
 */
import { Button, message } from 'antd';
import { useCallback, useRef, type MutableRefObject } from 'react';
import type { PerformanceDocument } from '../../../core/model.ts';
import { removeRow, type RowAddress } from './indicator-rows.ts';

type OnUpdate = (change: (body: PerformanceDocument) => PerformanceDocument) => void;

const messageKey = 'indicator-row-removed';
/** Seconds the message (and its 撤销删除) stays on screen. */
const undoSeconds = 10;

export interface RemovedRow {
  before: PerformanceDocument;
  after: PerformanceDocument;
  name: string;
}

/** "「侦破刑事案件数」", or the row number for a row without a name. */
export function describeRemovedRow(name: string, rowNumber: number): string {
  return name.trim() ? `「${name.trim()}」` : `第 ${rowNumber} 行`;
}

export function useRowRemoval(input: { bodyRef: MutableRefObject<PerformanceDocument>; onUpdate: OnUpdate }) {
  const { bodyRef, onUpdate } = input;
  const lastRemoved = useRef<RemovedRow | null>(null);

  const undo = useCallback(() => {
    const removed = lastRemoved.current;
    message.destroy(messageKey);
    if (!removed) return;
    lastRemoved.current = null;
    if (bodyRef.current !== removed.after) {
      void message.warning('删除后表格又有修改，不能撤销删除；删除前的内容可在“历史”中查看。');
      return;
    }
    onUpdate(() => removed.before);
  }, [bodyRef, onUpdate]);

  const remove = useCallback(
    (address: RowAddress) => {
      const before = bodyRef.current;
      const indicator = before.goals[address.goalIndex]?.indicators[address.indicatorIndex];
      if (!indicator) return;
      // Numbered as the sheet shows it: rows run on across goals.
      const rowNumber =
        before.goals.slice(0, address.goalIndex).reduce((count, goal) => count + goal.indicators.length, 0) +
        address.indicatorIndex +
        1;
      const after = removeRow(before, address);
      lastRemoved.current = { before, after, name: indicator.name };
      onUpdate(() => after);
      void message.open({
        key: messageKey,
        type: 'success',
        duration: undoSeconds,
        content: (
          <span>
            已删除指标{describeRemovedRow(indicator.name, rowNumber)}，将自动保存。
            <Button size="small" type="link" onClick={undo}>
              撤销删除
            </Button>
          </span>
        ),
      });
    },
    [bodyRef, onUpdate, undo],
  );

  return { remove, undo };
}
