/**
 * Whose draft an import becomes. A unit's own people import for their unit only; a finance bureau
 * imports on behalf of a unit under it and must say which (issue 8 item 9: another bureau's table
 * was silently stored as the uploader's). Everyone else may not import.
 */
import { isUnitRole } from '../../../core/review/roles.ts';
import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, createNotFoundError } from '../service-error.ts';

export interface ImportOwner {
  organisationId: string;
  organisationName: string;
  organisationPath: string[];
}

/** The units a finance actor may import for (none for anyone else). */
export async function listImportUnits(deps: ServiceDeps, actor: Actor): Promise<Organisation[]> {
  if (actor.role !== 'finance-reviewer') return [];
  const subtree = await deps.repositories.organisations.listSubtree(actor.organisationPath);
  return subtree.filter((organisation) => organisation.kind === 'unit');
}

/** The owner, or null while a finance actor has not picked a unit yet; refuses roles that may not import. */
export async function resolveImportOwner(deps: ServiceDeps, input: { actor: Actor; organisationId?: string }): Promise<ImportOwner | null> {
  const { actor, organisationId } = input;
  if (isUnitRole(actor.role)) {
    if (organisationId !== undefined && organisationId !== actor.organisationId) {
      throw createForbiddenError('预算单位只能为本单位导入文档。');
    }
    return { organisationId: actor.organisationId, organisationName: actor.organisationName, organisationPath: actor.organisationPath };
  }
  if (actor.role !== 'finance-reviewer') throw createForbiddenError('只有预算单位的人员或财政部门可以导入文档。');
  if (organisationId === undefined) return null;
  const unit = await deps.repositories.organisations.getById(organisationId);
  // A unit outside the bureau's tree is reported as absent, so ids cannot be probed.
  if (!unit || unit.kind !== 'unit' || !unit.path.includes(actor.organisationId)) throw createNotFoundError('找不到该单位，或不在本财政部门管辖范围内。');
  return { organisationId: unit.id, organisationName: unit.name, organisationPath: unit.path };
}
