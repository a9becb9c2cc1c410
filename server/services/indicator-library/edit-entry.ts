/** Finance edits an entry's fields; a new name is re-keyed and linked so suggestions find it by both. */
import type { EntryInput, LibraryEntry } from '../../../core/indicator-library/entry.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import type { ServiceDeps } from '../deps.ts';
import { linkEntryName, validateLevels } from './create-entry.ts';
import { createEntryNotFoundError } from './entry-errors.ts';

export async function editEntry(deps: ServiceDeps, input: { id: string; fields: EntryInput }): Promise<LibraryEntry> {
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const entry = await repositories.indicatorLibrary.getById(input.id);
    if (!entry || entry.mergedInto) throw createEntryNotFoundError();
    const fields = validateLevels(input.fields);
    const updated = await repositories.indicatorLibrary.update({ ...entry, ...fields, nameKey: normaliseIndicatorName(fields.name), updatedAt: at });
    if (updated.nameKey !== entry.nameKey) await linkEntryName(repositories, updated);
    return updated;
  });
}
