import type { Organisation } from '../../db/organisations.repository.ts';
import type { OrganisationKind } from '../../db/schema.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensurePlacementAllowed, loadParent } from './organisation-placement.ts';

/** Adds an organisation under `parentId` (null: a top 财政部门), audited in admin_changes. */
export async function createOrganisation(
  deps: ServiceDeps,
  input: { actor: Actor; parentId: string | null; kind: OrganisationKind; name: string },
): Promise<Organisation> {
  const parent = await loadParent((id) => deps.repositories.organisations.getById(id), input.parentId);
  ensurePlacementAllowed({ kind: input.kind, parent });
  const at = deps.now().toISOString();
  return deps.transaction(async (repositories) => {
    const organisation = await repositories.organisations.insert({ id: deps.createId(), parentPath: parent?.path ?? [], kind: input.kind, name: input.name.trim(), createdAt: at });
    await repositories.adminChanges.append({
      actorId: input.actor.userId,
      at,
      action: 'create-organisation',
      subjectKind: 'organisation',
      subjectId: organisation.id,
      changes: [
        { path: 'name', before: null, after: organisation.name },
        { path: 'parentId', before: null, after: organisation.parentId },
      ],
    });
    return organisation;
  });
}
