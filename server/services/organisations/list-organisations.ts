import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * The organisations an actor may see: the administrator sees all; everyone else sees their own
 * organisation and what lies below it (a 主管部门 its units, a 财政部门 its whole tree).
 */
export function listOrganisations(deps: ServiceDeps, input: { actor: Actor }): Promise<Organisation[]> {
  if (input.actor.role === 'admin') return deps.repositories.organisations.listAll();
  return deps.repositories.organisations.listSubtree(input.actor.organisationPath);
}
