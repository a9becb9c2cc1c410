/**
 * Finance's decisions on an entry: confirm a proposal (proposed → confirmed) or retire an entry
 * (→ retired). A retired entry stays for the history; it is no longer suggested.
 */
import type { LibraryEntry } from '../../../core/indicator-library/entry.ts';
import type { ServiceDeps } from '../deps.ts';
import { createEntryNotFoundError, createEntryStateError } from './entry-errors.ts';

export async function confirmEntry(deps: ServiceDeps, input: { id: string }): Promise<LibraryEntry> {
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const entry = await repositories.indicatorLibrary.getById(input.id);
    if (!entry || entry.mergedInto) throw createEntryNotFoundError();
    if (entry.status !== 'proposed') throw createEntryStateError('只能确认单位提议的指标。');
    return repositories.indicatorLibrary.update({ ...entry, status: 'confirmed', updatedAt: at });
  });
}

export async function retireEntry(deps: ServiceDeps, input: { id: string }): Promise<LibraryEntry> {
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const entry = await repositories.indicatorLibrary.getById(input.id);
    if (!entry || entry.mergedInto) throw createEntryNotFoundError();
    if (entry.status === 'retired') throw createEntryStateError('该指标已停用。');
    return repositories.indicatorLibrary.update({ ...entry, status: 'retired', updatedAt: at });
  });
}
