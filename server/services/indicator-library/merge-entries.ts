/**
 * Merging duplicates: the entry `id` is folded into `intoId`. Its names (and so their history and
 * statistics) now point at the kept entry; the merged one is retired with a pointer to it.
 */
import type { LibraryEntry } from '../../../core/indicator-library/entry.ts';
import type { ServiceDeps } from '../deps.ts';
import { createEntryNotFoundError, createEntryStateError } from './entry-errors.ts';

export async function mergeEntries(deps: ServiceDeps, input: { id: string; intoId: string }): Promise<LibraryEntry> {
  if (input.id === input.intoId) throw createEntryStateError('不能把指标合并到它自己。');
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const [merged, kept] = await Promise.all([repositories.indicatorLibrary.getById(input.id), repositories.indicatorLibrary.getById(input.intoId)]);
    if (!merged || merged.mergedInto || !kept || kept.mergedInto) throw createEntryNotFoundError();
    if (kept.status === 'retired') throw createEntryStateError('不能合并到已停用的指标。');
    await repositories.indicatorLibrary.update({ ...merged, status: 'retired', mergedInto: kept.id, updatedAt: at });
    await repositories.indicatorHistory.relinkEntry({ fromEntryId: merged.id, toEntryId: kept.id });
    return kept;
  });
}
