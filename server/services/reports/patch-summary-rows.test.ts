/**
 * A patched summary is in the order a fresh sort gives (patch-summary-rows.ts): whatever rows are
 * kept, dropped and added, names the collator ties included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SummaryRowView } from './list-summary-rows.ts';
import { sortRows } from './list-summary-rows.ts';
import { patchSummaryRows } from './patch-summary-rows.ts';

const name = fc.constantFrom('甲单位', '乙单位', '安平县公安局', '', '\b', 'Ａ', 'a', '第三中学');
const row = fc.record({
  organisationId: fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o6'),
  unit: name,
  year: fc.constantFrom(2025, 2026),
  kind: fc.constantFrom('target', 'self-evaluation', 'evaluation-report'),
  project: fc.option(name, { nil: null }),
  updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
});

/** Rows with unique ids, as the summary has. */
const rows = (prefix: string) =>
  fc.array(row, { maxLength: 40 }).map((items) => items.map((item, index) => ({ ...item, documentId: `${prefix}${index}` }) as unknown as SummaryRowView));

const ids = (list: SummaryRowView[]) => list.map((each) => each.documentId);

describe('patchSummaryRows', () => {
  it('gives the order of a fresh sort of the kept rows without the changed units, with the added rows', () => {
    fc.assert(
      fc.property(rows('k'), rows('a'), fc.subarray(['o1', 'o2', 'o3', 'o4', 'o5', 'o6']), (kept, candidates, changed) => {
        const changedUnits = new Set(changed);
        // Rows read again belong to the changed units only.
        const added = candidates.filter((each) => changedUnits.has(each.organisationId));
        const patched = patchSummaryRows(sortRows(kept), (each) => each, changedUnits, sortRows(added));
        const fresh = sortRows([...kept.filter((each) => !changedUnits.has(each.organisationId)), ...added]);
        expect(ids(patched)).toEqual(ids(fresh));
      }),
      { numRuns: 500 },
    );
  });

  it('drops a changed unit’s rows when it has none now', () => {
    const kept = [
      { documentId: 'd1', organisationId: 'o1', unit: '甲', year: 2025, kind: 'target', project: null, updatedAt: 'x' },
      { documentId: 'd2', organisationId: 'o2', unit: '乙', year: 2025, kind: 'target', project: null, updatedAt: 'x' },
    ] as unknown as SummaryRowView[];
    expect(ids(patchSummaryRows(kept, (each) => each, new Set(['o1']), []))).toEqual(['d2']);
  });
});
