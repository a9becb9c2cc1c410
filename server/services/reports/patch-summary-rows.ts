/**
 * A kept summary patched after writes (issue 14 item 2): the rows of the units whose documents
 * changed are dropped and the units' rows read again are put in their places in the summary's
 * order. A write changes one unit's rows; sorting and writing the province's 22,000 rows again
 * for it cost most of a cold download.
 */
import { compareSummaryRows, type SummaryRowView } from './list-summary-rows.ts';

/**
 * `kept` in the summary's order without the rows of `changed` units, with `added` (those units'
 * rows now, in the summary's order) merged in. `viewOf` gives an entry's row. The order is total
 * (the document id decides last), so the result is the order a fresh sort gives.
 */
export function patchSummaryRows<Entry>(
  kept: readonly Entry[],
  viewOf: (entry: Entry) => SummaryRowView,
  changed: ReadonlySet<string>,
  added: readonly Entry[],
): Entry[] {
  const staying = kept.filter((entry) => !changed.has(viewOf(entry).organisationId));
  if (added.length === 0) return staying;
  // Each added row's place by bisection: a comparison of two units' names goes through the
  // collator, and comparing every kept row with the next added one cost 22,000 of them.
  const result: Entry[] = [];
  let from = 0;
  for (const entry of added) {
    const view = viewOf(entry);
    let low = from;
    let high = staying.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareSummaryRows(viewOf(staying[middle]!), view) < 0) low = middle + 1;
      else high = middle;
    }
    for (let index = from; index < low; index += 1) result.push(staying[index]!);
    result.push(entry);
    from = low;
  }
  for (let index = from; index < staying.length; index += 1) result.push(staying[index]!);
  return result;
}
