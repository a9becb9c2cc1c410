/** A unit's sector (行业) from its own name, else from the nearest organisation above it that names one. */
import { inferSector } from '../../../core/indicator-library/sectors.ts';
import type { Repositories } from '../../db/repositories.ts';

export async function readUnitSector(repositories: Repositories, organisationId: string): Promise<string> {
  const organisation = await repositories.organisations.getById(organisationId);
  if (!organisation) return '';
  const own = inferSector(organisation.name);
  if (own !== '') return own;
  for (const ancestorId of organisation.path.slice(0, -1).reverse()) {
    const ancestor = await repositories.organisations.getById(ancestorId);
    const sector = ancestor ? inferSector(ancestor.name) : '';
    if (sector !== '') return sector;
  }
  return '';
}
