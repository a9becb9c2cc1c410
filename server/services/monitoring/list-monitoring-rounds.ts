/** Rounds the actor takes part in (a unit: rounds with its tables; reviewers: rounds with their units'; finance: also the ones it opened). */
import type { RoundSummary } from '../../../contract/monitoring-rounds.ts';
import { getReadScope } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { toRoundSummary, unsubmittedStates } from './load-round-entries.ts';
import { toEntryScope } from './round-entry-scope.ts';

export async function listMonitoringRounds(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<RoundSummary[]> {
  const { actor } = input;
  const rounds = await deps.repositories.monitoringRounds.listRounds({ year: input.year });
  // Every round's tables counted in one statement, not every entry of every round read.
  const counts = await deps.repositories.monitoringRounds.countRoundEntries({
    roundIds: rounds.map((round) => round.id),
    scope: toEntryScope(actor),
    readScope: getReadScope(actor),
    unsubmittedStates,
  });
  return rounds
    .map((round) => {
      const counted = counts.get(round.id);
      const isOpener = actor.role === 'finance-reviewer' && actor.organisationPath.includes(round.organisationId);
      if (!counted && !isOpener && actor.role !== 'admin') return null;
      return toRoundSummary(round, counted ?? { tables: 0, submitted: 0 });
    })
    .filter((round): round is RoundSummary => round !== null);
}
