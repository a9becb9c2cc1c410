/** A unit's sector (行业) from its own name, else from the nearest organisation above it that names one. */
import { inferSector } from '../../../core/indicator-library/sectors.ts';
import type { Repositories } from '../../db/repositories.ts';

async function readAncestorSector(repositories: Pick<Repositories, 'organisations'>, path: readonly string[]): Promise<string> {
  // The ancestors are read together (one round), the nearest naming a sector wins.
  const ancestors = await Promise.all(path.slice(0, -1).map((id) => repositories.organisations.getById(id)));
  for (const ancestor of ancestors.reverse()) {
    const sector = ancestor ? inferSector(ancestor.name) : '';
    if (sector !== '') return sector;
  }
  return '';
}

export async function readUnitSector(repositories: Pick<Repositories, 'organisations'>, organisationId: string): Promise<string> {
  const organisation = await repositories.organisations.getById(organisationId);
  if (!organisation) return '';
  const own = inferSector(organisation.name);
  return own !== '' ? own : readAncestorSector(repositories, organisation.path);
}

/**
 * The sector of the signed-in unit: its session already carries its name and path, so a unit
 * whose own name says its sector (公安局, 第一中学) costs no query.
 */
export async function readActorSector(
  repositories: Pick<Repositories, 'organisations'>,
  actor: { organisationId: string; organisationName?: string; organisationPath?: readonly string[] },
): Promise<string> {
  if (actor.organisationName === undefined || actor.organisationPath === undefined) return readUnitSector(repositories, actor.organisationId);
  const own = inferSector(actor.organisationName);
  return own !== '' ? own : readAncestorSector(repositories, actor.organisationPath);
}
