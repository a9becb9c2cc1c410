import { deadlineKinds, type FiscalYearDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import type { FiscalYear } from '../../db/fiscal-years.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';

/**
 * Sets a year's deadlines (finance or the administrator), audited in admin_changes with each
 * date before and after. The home pages read them as they are stored.
 */
export async function setFiscalYearDeadlines(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; deadlines: FiscalYearDeadlines },
): Promise<FiscalYear> {
  const current = await deps.repositories.fiscalYears.getByYear(input.year);
  if (!current)
    throw new ServiceError({
      code: 'year-not-found',
      message: `${input.year}年度尚未设立，请先新增该年度。`,
      httpStatus: 404,
    });
  const changes = deadlineKinds
    .filter((kind) => current.deadlines[kind] !== input.deadlines[kind])
    .map((kind) => ({
      path: `deadlines.${kind}`,
      before: current.deadlines[kind],
      after: input.deadlines[kind],
    }));
  if (changes.length === 0) return current;
  return deps.transaction(async (repositories) => {
    await repositories.fiscalYears.setDeadlines({ year: input.year, deadlines: input.deadlines });
    await repositories.adminChanges.append({
      actorId: input.actor.userId,
      at: deps.now().toISOString(),
      action: 'set-deadlines',
      subjectKind: 'fiscal-year',
      subjectId: String(input.year),
      changes,
    });
    return (await repositories.fiscalYears.getByYear(input.year))!;
  });
}
