import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';
import { ensurePlacementAllowed, loadParent } from './organisation-placement.ts';

/**
 * Moves an organisation with everything below it under another parent (administrator): its
 * documents, users and reviewers follow the tree at once (paths are read per request). Refused
 * under itself or its own descendant, and where the kinds do not fit. Audited in admin_changes.
 */
export async function moveOrganisation(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; parentId: string | null },
): Promise<Organisation> {
  const organisation = await deps.repositories.organisations.getById(input.id);
  if (!organisation) throw createNotFoundError('找不到该单位。');
  const parent = await loadParent((id) => deps.repositories.organisations.getById(id), input.parentId);
  if (parent?.path.includes(organisation.id)) {
    throw new ServiceError({
      code: 'move-under-descendant',
      message:
        parent.id === organisation.id
          ? `不能把“${organisation.name}”移到它自己之下。`
          : `不能把“${organisation.name}”移到它自己的下级单位“${parent.name}”之下。`,
      httpStatus: 409,
    });
  }
  ensurePlacementAllowed({ kind: organisation.kind, parent });
  if ((parent?.id ?? null) === organisation.parentId) return organisation;
  const previousParentId = organisation.parentId;
  return deps.transaction(async (repositories) => {
    const moved = await repositories.organisations.move({
      id: organisation.id,
      oldPath: organisation.path,
      newParentPath: parent?.path ?? [],
    });
    await repositories.adminChanges.append({
      actorId: input.actor.userId,
      at: deps.now().toISOString(),
      action: 'move-organisation',
      subjectKind: 'organisation',
      subjectId: organisation.id,
      changes: [{ path: 'parentId', before: previousParentId, after: moved.parentId }],
    });
    return moved;
  });
}
