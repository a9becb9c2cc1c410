import type { Organisation } from '../../db/organisations.repository.ts';
import type { OrganisationKind } from '../../db/schema.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';

/**
 * Which kinds may sit under which (财政部门 → 主管部门 → 预算单位). A city bureau may hold county
 * bureaus; a unit may sit directly under a bureau when it has no separate 主管部门.
 */
const allowedParentKinds: Record<OrganisationKind, readonly (OrganisationKind | null)[]> = {
  'finance-bureau': [null, 'finance-bureau'],
  supervisor: ['finance-bureau'],
  unit: ['supervisor', 'finance-bureau'],
};

const kindNames: Record<OrganisationKind, string> = { 'finance-bureau': '财政部门', supervisor: '主管部门', unit: '预算单位' };

export async function createOrganisation(
  deps: ServiceDeps,
  input: { parentId: string | null; kind: OrganisationKind; name: string },
): Promise<Organisation> {
  const parent = input.parentId ? await deps.repositories.organisations.getById(input.parentId) : null;
  if (input.parentId && !parent) {
    throw new ServiceError({ code: 'parent-not-found', message: '上级单位不存在。', httpStatus: 404 });
  }
  if (!allowedParentKinds[input.kind].includes(parent?.kind ?? null)) {
    const under = parent ? `${kindNames[parent.kind]}“${parent.name}”之下` : '最上级';
    throw new ServiceError({ code: 'invalid-parent', message: `${kindNames[input.kind]}不能设在${under}。`, httpStatus: 400 });
  }
  return deps.repositories.organisations.insert({
    id: deps.createId(),
    parentPath: parent?.path ?? [],
    kind: input.kind,
    name: input.name.trim(),
    createdAt: deps.now().toISOString(),
  });
}
