/**
 * A round's entries as the actor may see them (issue 11): a unit its own, a 主管部门 its
 * subordinates, finance its subtree, the administrator all. States, lights and rates of a table are
 * shown only when the actor may read the table itself (core/review canActorRead): a unit's draft
 * stays the unit's business. Lateness and the last 催报 are computed at `now`.
 */
import { Dec, roundDecimal } from '../../../core/decimal.ts';
import { countDaysOverdue, describeWindow, monitoringConclusionNames } from '../../../core/monitoring/index.ts';
import { canActorRead, canSeeOrganisation, reviewStateNames, type ReviewState } from '../../../core/review/index.ts';
import type { RoundEntry, RoundSummary } from '../../../contract/monitoring-rounds.ts';
import type { MonitoringRound, RoundEntryRow } from '../../db/monitoring-rounds.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';

/** States in which the unit has not yet handed the table in. */
export const unsubmittedStates: readonly ReviewState[] = ['draft', 'returned'];

export interface LoadedEntry extends RoundEntry {
  /** For sums: 1-N月执行数 and its base, when the actor may read the table. */
  executedToDate: string | null;
  budgetBase: string | null;
}

/** The entries of rounds the actor sees (all of them, for sums over the scope); of one organisation when `organisationId` is given. */
export async function listVisibleEntryRows(deps: ServiceDeps, input: { actor: Actor; roundIds: string[]; organisationId?: string }): Promise<RoundEntryRow[]> {
  const { actor, organisationId } = input;
  if (actor.role === 'unit-filler' || actor.role === 'unit-leader') {
    if (organisationId !== undefined && organisationId !== actor.organisationId) return [];
    return deps.repositories.monitoringRounds.listEntries({ roundIds: input.roundIds, organisationId: actor.organisationId });
  }
  if (actor.role === 'admin') return deps.repositories.monitoringRounds.listEntries({ roundIds: input.roundIds, organisationId });
  const rows = await deps.repositories.monitoringRounds.listEntries({ roundIds: input.roundIds, withinPath: actor.organisationPath, organisationId });
  return rows.filter((row) => canSeeOrganisation(actor, row.organisationPath));
}

export async function loadRoundEntries(deps: ServiceDeps, input: { actor: Actor; round: MonitoringRound; organisationId?: string }): Promise<LoadedEntry[]> {
  const { actor, round } = input;
  const rows = await listVisibleEntryRows(deps, { actor, roundIds: [round.id], organisationId: input.organisationId });
  const reminders = await deps.repositories.monitoringRounds.listReminders({ roundIds: [round.id] });
  const lastReminded = new Map<string, string>();
  for (const reminder of reminders) if (!lastReminded.has(reminder.organisationId)) lastReminded.set(reminder.organisationId, reminder.at);
  const now = deps.now();
  return rows.map((row) => toLoadedEntry(row, { actor, round, now, lastReminded }));
}

/** One entry as the actor may see it: the table's summary columns only where it may read the table (no body is read). */
export function toLoadedEntry(row: RoundEntryRow, context: { actor: Actor; round: MonitoringRound; now: Date; lastReminded: ReadonlyMap<string, string> }): LoadedEntry {
  const isReadable =
    row.documentId !== null &&
    row.documentState !== null &&
    canActorRead(context.actor, { kind: 'monitoring', state: row.documentState, organisationId: row.organisationId, organisationPath: row.organisationPath, hasSupervisor: row.hasSupervisor });
  const summary = isReadable ? row.summary : null;
  const isUnsubmitted = row.documentState !== null && unsubmittedStates.includes(row.documentState);
  const daysOverdue = isUnsubmitted ? countDaysOverdue({ deadline: context.round.deadline, now: context.now }) : 0;
  return {
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    project: row.project,
    documentId: row.documentId,
    state: row.documentState,
    stateName: row.documentState ? reviewStateNames[row.documentState] : null,
    budgetLight: summary?.budgetLight ?? null,
    targetLight: summary?.targetLight ?? null,
    executionRate: summary?.executionRate ?? null,
    timeProgress: summary?.timeProgress ?? null,
    daysOverdue,
    isLate: daysOverdue > 0,
    lastRemindedAt: context.lastReminded.get(row.organisationId) ?? null,
    conclusion: row.conclusion,
    conclusionName: row.conclusion ? monitoringConclusionNames[row.conclusion] : null,
    conclusionNote: row.conclusionNote,
    executedToDate: summary?.executedToDate ?? null,
    budgetBase: summary?.budgetBase ?? null,
  };
}

/** The round as listed, with counts of the tables the actor sees (counted in SQL: monitoring-round-page.repository.ts). */
export function toRoundSummary(round: MonitoringRound, counts: { tables: number; submitted: number }): RoundSummary {
  return {
    id: round.id,
    year: round.year,
    title: round.title,
    period: round.period,
    periodName: describeWindow(round.period),
    deadline: round.deadline,
    isSelective: round.isSelective,
    createdAt: round.createdAt,
    tables: counts.tables,
    submitted: counts.submitted,
  };
}

/** Σ 执行数 / Σ 基数 over some entries, percent; null when no base. */
export function sumExecutionRate(entries: readonly LoadedEntry[]): string | null {
  // Most units hand in one table: its stored 执行率 is that same quotient (core summariseMonitoring),
  // and 10,000 decimal sums were the overview's largest cost (bench/monitoring-overview.bench.ts).
  if (entries.length === 1) return entries[0]!.executedToDate !== null && entries[0]!.budgetBase !== null ? entries[0]!.executionRate : null;
  let executed = new Dec(0);
  let base = new Dec(0);
  for (const entry of entries) {
    if (entry.executedToDate === null || entry.budgetBase === null) continue;
    executed = executed.plus(entry.executedToDate);
    base = base.plus(entry.budgetBase);
  }
  return base.greaterThan(0) ? roundDecimal(executed.div(base).times(100)) : null;
}
