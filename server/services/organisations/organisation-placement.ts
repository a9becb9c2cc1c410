/** Where an organisation may sit in the tree: the one rule for adding and moving units. */
import {
  canPlaceUnder,
  organisationKindNames,
  type OrganisationKind,
} from '../../../core/organisation-kinds.ts';
import type { Organisation } from '../../db/organisations.repository.ts';
import { ServiceError } from '../service-error.ts';

/** Throws 400 invalid-parent when an organisation of `kind` may not sit under `parent`. */
export function ensurePlacementAllowed(input: { kind: OrganisationKind; parent: Organisation | null }): void {
  if (canPlaceUnder(input.kind, input.parent?.kind ?? null)) return;
  const under = input.parent
    ? `${organisationKindNames[input.parent.kind]}“${input.parent.name}”之下`
    : '最上级';
  throw new ServiceError({
    code: 'invalid-parent',
    message: `${organisationKindNames[input.kind]}不能设在${under}。`,
    httpStatus: 400,
  });
}

/** Loads the parent named by `parentId` (null: the top), 404 parent-not-found when it does not exist. */
export async function loadParent(
  find: (id: string) => Promise<Organisation | null>,
  parentId: string | null,
): Promise<Organisation | null> {
  if (parentId === null) return null;
  const parent = await find(parentId);
  if (!parent)
    throw new ServiceError({ code: 'parent-not-found', message: '上级单位不存在。', httpStatus: 404 });
  return parent;
}
