/** Rounds the actor takes part in (a unit: rounds with its tables; reviewers: rounds with their units'; finance: also the ones it opened). */
import type { RoundSummary } from '../../../contract/monitoring-rounds.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { listVisibleEntryRows, toRoundSummary } from './load-round-entries.ts';

export async function listMonitoringRounds(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<RoundSummary[]> {
  const { actor } = input;
  const rounds = await deps.repositories.monitoringRounds.listRounds({ year: input.year });
  const rows = await listVisibleEntryRows(deps, { actor, roundIds: rounds.map((round) => round.id) });
  return rounds
    .map((round) => {
      const entries = rows.filter((row) => row.roundId === round.id).map((row) => ({ documentId: row.documentId, state: row.documentState }));
      const isOpener = actor.role === 'finance-reviewer' && actor.organisationPath.includes(round.organisationId);
      return entries.length > 0 || isOpener || actor.role === 'admin' ? toRoundSummary(round, entries) : null;
    })
    .filter((round): round is RoundSummary => round !== null);
}
