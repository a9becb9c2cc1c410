/** 单位提议: a unit proposes an entry for finance to confirm; refused when a live entry already has the name. */
import type { EntryInput, LibraryEntry } from '../../../core/indicator-library/entry.ts';
import { normaliseIndicatorName } from '../../../core/indicator-library/normalise-name.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { createEntry } from './create-entry.ts';

export async function proposeEntry(deps: ServiceDeps, input: { actor: Actor; fields: EntryInput }): Promise<LibraryEntry> {
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const existing = await repositories.indicatorLibrary.findLiveByNameKey(normaliseIndicatorName(input.fields.name));
    if (existing) {
      throw new ServiceError({ code: 'library-entry-exists', message: `指标库中已有同名指标“${existing.name}”，请直接选用。`, httpStatus: 409, details: { entryId: existing.id } });
    }
    return createEntry(repositories, { fields: input.fields, status: 'proposed', id: deps.createId(), at, proposedBy: input.actor.organisationId });
  });
}
