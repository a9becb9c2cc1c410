/** One monitoring round with the entries the actor may see; 404 when it sees none and did not open it. */
import type { RoundDetail } from '../../../contract/monitoring-rounds.ts';
import type { MonitoringRound } from '../../db/monitoring-rounds.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { loadRoundEntries, toRoundSummary, type LoadedEntry } from './load-round-entries.ts';

export async function loadRoundFor(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<{ round: MonitoringRound; entries: LoadedEntry[] }> {
  const round = await deps.repositories.monitoringRounds.getRound(input.id);
  if (!round) throw createNotFoundError('找不到该监控轮次，或您无权查看。');
  const entries = await loadRoundEntries(deps, { actor: input.actor, round });
  const isOpener = input.actor.role === 'finance-reviewer' && input.actor.organisationPath.includes(round.organisationId);
  if (entries.length === 0 && !isOpener && input.actor.role !== 'admin') throw createNotFoundError('找不到该监控轮次，或您无权查看。');
  return { round, entries };
}

export async function getMonitoringRound(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<RoundDetail> {
  const { round, entries } = await loadRoundFor(deps, input);
  return {
    ...toRoundSummary(round, entries),
    entries: entries.map(({ executedToDate: _executed, budgetBase: _base, ...entry }) => entry),
  };
}
