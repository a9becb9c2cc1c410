/** Browsing the library (anyone signed in): a filtered page, and one entry with its statistics by year. */
import type { EntryDetail, EntryList, EntryListQuery } from '../../../contract/indicator-library.ts';
import type { ServiceDeps } from '../deps.ts';
import { createEntryNotFoundError } from './entry-errors.ts';

export function listEntries(deps: ServiceDeps, query: EntryListQuery): Promise<EntryList> {
  return deps.repositories.indicatorLibrary.list(query);
}

// Statistics of every year: the bound is past the last year the model holds.
const AFTER_LAST_YEAR = 2101;

export async function getEntry(deps: ServiceDeps, input: { id: string }): Promise<EntryDetail> {
  const entry = await deps.repositories.indicatorLibrary.getById(input.id);
  if (!entry) throw createEntryNotFoundError();
  const rows = await deps.repositories.indicatorHistory.listStatistics({ nameKeys: [entry.nameKey], sectors: [''], beforeYear: AFTER_LAST_YEAR });
  return {
    entry,
    statistics: rows.map((row) => ({
      year: row.year,
      users: row.users,
      count: row.target_count,
      p10: row.target_p10,
      median: row.target_median,
      p90: row.target_p90,
      completionMedian: row.completion_median,
    })),
  };
}
