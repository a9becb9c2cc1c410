/**
 * What opening a round of `year` would do, asked before finance confirms it: how many monitoring
 * tables it would generate (one per approved target table), for how many units, how many units get
 * none, and which years do have approved targets, so the form can say so before anything is written.
 * Counts only: nothing per unit crosses the wire at province size.
 */
import type { OpeningPreview } from '../../../contract/monitoring-rounds.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError } from '../service-error.ts';

export async function previewMonitoringRound(deps: ServiceDeps, input: { actor: Actor; year: number }): Promise<OpeningPreview> {
  const { actor, year } = input;
  if (actor.role !== 'finance-reviewer') throw createForbiddenError('只有财政部门可以开启监控轮次。');
  const counts = await deps.repositories.monitoringRounds.countApprovedTargets({ withinPath: actor.organisationPath });
  const chosen = counts.years.find((row) => row.year === year);
  return {
    year,
    isYearOpen: !(await deps.repositories.fiscalYears.isClosed(year)),
    tables: chosen?.tables ?? 0,
    units: chosen?.units ?? 0,
    unitsWithout: counts.units - (chosen?.units ?? 0),
    years: counts.years.map((row) => ({ year: row.year, tables: row.tables })),
  };
}
