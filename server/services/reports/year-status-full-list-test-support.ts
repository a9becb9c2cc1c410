/**
 * The year view as it was built before paging (issue 10): every unit of the scope in memory, from
 * loadYearScope, loadRoundEntries and listOutstandingKinds. The paged view's tests compare each page
 * with this list filtered in memory; it shares only describe-year-document.ts with the SQL path.
 */
import type { YearUnitStatus } from '../../../contract/year-status.ts';
import { canRemindOrganisation } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadRoundEntries, type LoadedEntry } from '../monitoring/load-round-entries.ts';
import { describeYearReminderKey } from '../notifications/reminder-limit.ts';
import { describeYearDocument, describeYearMonitoring } from './describe-year-document.ts';
import { loadYearScope } from './load-year-scope.ts';
import { findDueDate, listOutstandingKinds, remindedKinds } from './year-outstanding.ts';

export interface FullYearUnit extends YearUnitStatus {
  organisationPath: string[];
}

export async function listFullYearUnits(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string | undefined },
): Promise<{ units: FullYearUnit[]; round: { id: string; deadline: string } | null }> {
  const { actor, year } = input;
  const scope = await loadYearScope(deps, input);
  const now = deps.now();
  const unitIds = new Set(scope.units.map((unit) => unit.id));
  let latest: { round: { id: string; deadline: string }; entries: LoadedEntry[] } | null = null;
  for (const round of await deps.repositories.monitoringRounds.listRounds({ year })) {
    const entries = (await loadRoundEntries(deps, { actor, round })).filter((entry) => unitIds.has(entry.organisationId));
    if (entries.length > 0) {
      latest = { round, entries };
      break;
    }
  }
  const lastReminded = await deps.repositories.notifications.listLastReminded({ dedupeKeyPrefix: describeYearReminderKey({ year }) });
  const units = scope.units.map((unit): FullYearUnit => {
    const documents = scope.documentsByUnit.get(unit.id) ?? [];
    const outstanding = listOutstandingKinds({ year, unit: scope.startOf(unit), documents, deadlines: scope.deadlines, now });
    const statuses = Object.fromEntries(
      remindedKinds.map((kind) => [
        kind,
        describeYearDocument({ actor, kind, documents, dueDate: findDueDate(kind, scope.deadlines), daysOverdue: outstanding.find((entry) => entry.kind === kind)?.daysOverdue ?? 0 }),
      ]),
    ) as YearUnitStatus['documents'];
    const entries = latest?.entries.filter((entry) => entry.organisationId === unit.id) ?? [];
    const entry = entries.find((candidate) => candidate.project === null) ?? entries[0];
    const monitoring = latest && entry ? describeYearMonitoring({ state: entry.state, roundDeadline: latest.round.deadline, now }) : null;
    return {
      organisationId: unit.id,
      organisationName: unit.name,
      organisationPath: unit.path,
      supervisor: scope.supervisors.get(unit.id) ?? null,
      documents: statuses,
      monitoring,
      isOutstanding: outstanding.length > 0,
      isReturned: Object.values(statuses).some((status) => status.status === 'returned') || monitoring?.state === 'returned',
      isOverdue: outstanding.some((entry) => entry.daysOverdue > 0) || (monitoring?.daysOverdue ?? 0) > 0,
      lastRemindedAt: lastReminded.get(unit.id) ?? null,
      canRemind: canRemindOrganisation(actor, unit.path),
    };
  });
  // The paged view's order: overdue first, then outstanding, then the organisation tree (path, id).
  const pathOf = (unit: FullYearUnit) => `/${unit.organisationPath.join('/')}/`;
  units.sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) ||
      Number(b.isOutstanding) - Number(a.isOutstanding) ||
      (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0) ||
      (a.organisationId < b.organisationId ? -1 : 1),
  );
  return { units, round: latest ? { id: latest.round.id, deadline: latest.round.deadline } : null };
}
