import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

/** Renames an organisation (administrator), audited in admin_changes; the same name changes nothing. */
export async function renameOrganisation(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; name: string },
): Promise<Organisation> {
  const organisation = await deps.repositories.organisations.getById(input.id);
  if (!organisation) throw createNotFoundError('找不到该单位。');
  const name = input.name.trim();
  if (name === organisation.name) return organisation;
  return deps.transaction(async (repositories) => {
    const renamed = (await repositories.organisations.rename({ id: organisation.id, name }))!;
    await repositories.adminChanges.append({
      actorId: input.actor.userId,
      at: deps.now().toISOString(),
      action: 'rename-organisation',
      subjectKind: 'organisation',
      subjectId: organisation.id,
      changes: [{ path: 'name', before: organisation.name, after: name }],
    });
    return renamed;
  });
}
