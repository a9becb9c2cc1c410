/**
 * One monitoring round as its page shows it (issue 11, at 10,000 units): the round's counts over
 * every entry the actor sees, and one page of the entries meeting the filters, both in SQL; 404
 * when the actor sees no entry and did not open it. `loadRoundFor` reads every entry (the per-unit
 * overview sums them).
 */
import { roundEntriesQuerySchema, type RoundDetail, type RoundEntriesQuery } from '../../../contract/monitoring-rounds.ts';
import { countDaysOverdue } from '../../../core/monitoring/index.ts';
import { canSeeOrganisation, getReadScope } from '../../../core/review/index.ts';
import type { MonitoringRound } from '../../db/monitoring-rounds.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { loadRoundEntries, toLoadedEntry, toRoundSummary, unsubmittedStates, type LoadedEntry } from './load-round-entries.ts';
import { toEntryConditions, toEntryScope, toRoundCounts } from './round-entry-scope.ts';

const roundNotFound = '找不到该监控轮次，或您无权查看。';

function isOpenerOf(actor: Actor, round: MonitoringRound): boolean {
  return actor.role === 'finance-reviewer' && actor.organisationPath.includes(round.organisationId);
}

export async function loadRoundFor(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<{ round: MonitoringRound; entries: LoadedEntry[] }> {
  const round = await deps.repositories.monitoringRounds.getRound(input.id);
  if (!round) throw createNotFoundError(roundNotFound);
  const entries = await loadRoundEntries(deps, { actor: input.actor, round });
  if (entries.length === 0 && !isOpenerOf(input.actor, round) && input.actor.role !== 'admin') throw createNotFoundError(roundNotFound);
  return { round, entries };
}

export async function getMonitoringRound(deps: ServiceDeps, input: { actor: Actor; id: string; query?: RoundEntriesQuery }): Promise<RoundDetail> {
  const { actor } = input;
  const query = input.query ?? roundEntriesQuerySchema.parse({});
  const rounds = deps.repositories.monitoringRounds;
  const round = await rounds.getRound(input.id);
  if (!round) throw createNotFoundError(roundNotFound);
  // `under` as in the overview by level: the reader's own organisation or one below it.
  let underPath: string[] | undefined;
  if (query.under) {
    const organisation = await deps.repositories.organisations.getById(query.under);
    if (!organisation || (actor.role !== 'admin' && !canSeeOrganisation(actor, organisation.path))) throw createNotFoundError('找不到该单位，或您无权查看。');
    underPath = organisation.path;
  }
  const now = deps.now();
  const isPastDeadline = countDaysOverdue({ deadline: round.deadline, now }) > 0;
  const scope = toEntryScope(actor);
  const readScope = getReadScope(actor);
  const conditions = toEntryConditions(query, { isPastDeadline, underPath });
  const counted = (await rounds.countRoundEntries({ roundIds: [round.id], scope, readScope, unsubmittedStates, matching: conditions })).get(round.id);
  if (!counted && !isOpenerOf(actor, round) && actor.role !== 'admin') throw createNotFoundError(roundNotFound);
  const total = counted?.matching ?? 0;
  const offset = (query.page - 1) * query.pageSize;
  const rows = offset < total ? await rounds.listRoundEntryPage({ roundId: round.id, scope, readScope, conditions, offset, limit: query.pageSize }) : [];
  const lastReminded = await rounds.listLastReminders({ roundId: round.id, organisationIds: rows.map((row) => row.organisationId) });
  const counts = toRoundCounts(counted, isPastDeadline);
  return {
    ...toRoundSummary(round, counts),
    counts,
    page: { page: query.page, pageSize: query.pageSize, total },
    entries: rows.map((row) => {
      const { executedToDate: _executed, budgetBase: _base, ...entry } = toLoadedEntry(row, { actor, round, now, lastReminded });
      return entry;
    }),
  };
}
