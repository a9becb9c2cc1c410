/**
 * Applies pasted rows to one goal's indicators, as Excel does: from the row the cursor is in,
 * over the rows below (replace) or as new rows under it (insert). Pure; one call is one change
 * to the document, so one 撤销 takes the whole paste back.
 */
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { createBlankIndicator, readValueText, type RowAddress } from './indicator-rows.ts';
import type { PastedRow } from './paste-plan.ts';

export type PasteMode = 'replace' | 'insert';

export interface PasteCounts {
  added: number;
  replaced: number;
}

/** How many rows a paste adds and overwrites (the preview says it before the user confirms). */
export function countPaste(input: { indicatorCount: number; start: number; rows: number; mode: PasteMode }): PasteCounts {
  if (input.mode === 'insert') return { added: input.rows, replaced: 0 };
  const replaced = Math.max(0, Math.min(input.rows, input.indicatorCount - input.start));
  return { added: input.rows - replaced, replaced };
}

/** A row nobody has filled in yet: pasting over it loses nothing. */
export function isBlankIndicator(indicator: Indicator | undefined): boolean {
  return indicator !== undefined && indicator.name.trim() === '' && (indicator.target?.text ?? '').trim() === '';
}

/** Over a blank row the block replaces from there; over a filled row it goes in below, so nothing is lost. */
export function proposePasteMode(indicator: Indicator | undefined): PasteMode {
  return indicator === undefined || isBlankIndicator(indicator) ? 'replace' : 'insert';
}

function mergeRow(base: Indicator, pasted: PastedRow): Indicator {
  // A pasted row has no line in any source text.
  const { line: _line, ...merged }: Indicator = base;
  if (pasted.level1 !== undefined) merged.level1 = pasted.level1;
  if (pasted.level2 !== undefined) merged.level2 = pasted.level2;
  if (pasted.name !== undefined) merged.name = pasted.name;
  if (pasted.valueText !== undefined) merged.target = readValueText(pasted.valueText, merged.name);
  if (pasted.weight !== undefined) merged.weight = pasted.weight;
  return merged;
}

/**
 * The document with `rows` pasted into goal `address.goalIndex` at row `address.indicatorIndex`
 * (replace: that row and the ones below are overwritten, extra rows added at the end; insert: the
 * rows go in below it). A row index past the end appends.
 */
export function applyPaste(
  document: PerformanceDocument,
  input: { address: RowAddress; rows: PastedRow[]; mode: PasteMode },
): PerformanceDocument {
  const { goalIndex } = input.address;
  return {
    ...document,
    goals: document.goals.map((goal, index) => {
      if (index !== goalIndex) return goal;
      const indicators = [...goal.indicators];
      const start = Math.min(input.address.indicatorIndex + (input.mode === 'insert' ? 1 : 0), indicators.length);
      input.rows.forEach((pasted, offset) => {
        const position = start + offset;
        const existing = input.mode === 'replace' ? indicators[position] : undefined;
        const row = mergeRow(existing ?? createBlankIndicator(indicators[position - 1]), pasted);
        if (existing) indicators[position] = row;
        else indicators.splice(position, 0, row);
      });
      return { ...goal, indicators };
    }),
  };
}
