/**
 * The year view (issue 10): for a fiscal year, each unit under the chosen organisation with the
 * state of its 绩效目标表, 绩效自评表 and 评价报告, its monitoring table in the year's latest round
 * with entries here, overdue days, the last 催报 and whether the actor may remind it. A document
 * the actor may not open (a unit's draft) is named by its state only.
 */
import type { YearDocumentStatus, YearStatus, YearUnitStatus } from '../../../contract/year-status.ts';
import { canRemindOrganisation, reviewStateNames } from '../../../core/review/index.ts';
import type { DocumentFiguresSummary } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { canActorReadSummary } from '../documents/can-read.ts';
import { loadRoundEntries, type LoadedEntry } from '../monitoring/load-round-entries.ts';
import { describeYearReminderKey } from '../notifications/reminder-limit.ts';
import { loadYearScope } from './load-year-scope.ts';
import { findDueDate, isHandedIn, listOutstandingKinds, remindedKinds, type RemindedKind } from './year-outstanding.ts';

const statusNames = { missing: '未填报', draft: '未提交' } as const;

function describeDocument(input: {
  actor: Actor;
  kind: RemindedKind;
  documents: readonly DocumentFiguresSummary[];
  dueDate: string | null;
  daysOverdue: number;
}): YearDocumentStatus {
  const ofKind = input.documents.filter((document) => document.kind === input.kind);
  // A revised table (revision 2 in draft) does not undo the approved revision 1: show the furthest handed in, else the latest.
  const latest = (list: DocumentFiguresSummary[]) => list.sort((a, b) => b.revision - a.revision)[0];
  const shown = latest(ofKind.filter((document) => isHandedIn(document.state))) ?? latest(ofKind);
  if (!shown) return { status: 'missing', state: null, stateName: statusNames.missing, documentId: null, dueDate: input.dueDate, daysOverdue: input.daysOverdue };
  const status = isHandedIn(shown.state) ? 'handed-in' : shown.state === 'returned' ? 'returned' : 'draft';
  return {
    status,
    state: shown.state,
    stateName: status === 'draft' ? statusNames.draft : reviewStateNames[shown.state],
    documentId: canActorReadSummary(input.actor, shown) ? shown.id : null,
    dueDate: input.dueDate,
    daysOverdue: status === 'handed-in' ? 0 : input.daysOverdue,
  };
}

/** The year's latest monitoring round with entries the actor sees under the scope, and those entries. */
async function loadLatestRound(deps: ServiceDeps, input: { actor: Actor; year: number; unitIds: Set<string> }) {
  for (const round of await deps.repositories.monitoringRounds.listRounds({ year: input.year })) {
    const entries = (await loadRoundEntries(deps, { actor: input.actor, round })).filter((entry) => input.unitIds.has(entry.organisationId));
    if (entries.length > 0) return { round, entries };
  }
  return null;
}

function describeMonitoring(entries: readonly LoadedEntry[]): YearUnitStatus['monitoring'] {
  // The department's own table first; a unit monitored for projects only shows its first project.
  // No document link: the round page (linked by the web view) shows what the actor may open.
  const entry = entries.find((candidate) => candidate.project === null) ?? entries[0];
  if (!entry) return null;
  return {
    state: entry.state,
    stateName: entry.state === null ? '未生成' : entry.state === 'draft' ? statusNames.draft : (entry.stateName ?? ''),
    daysOverdue: entry.daysOverdue,
  };
}

export async function getYearStatus(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string | undefined },
): Promise<YearStatus> {
  const { actor, year } = input;
  const scope = await loadYearScope(deps, input);
  const now = deps.now();
  const latestRound = await loadLatestRound(deps, { actor, year, unitIds: new Set(scope.units.map((unit) => unit.id)) });
  const lastReminded = await deps.repositories.notifications.listLastReminded({ dedupeKeyPrefix: describeYearReminderKey({ year }) });
  // Grouped once: a province's round has an entry per unit, and filtering it per unit is quadratic.
  const entriesByUnit = new Map<string, LoadedEntry[]>();
  for (const entry of latestRound?.entries ?? []) {
    const list = entriesByUnit.get(entry.organisationId);
    if (list) list.push(entry);
    else entriesByUnit.set(entry.organisationId, [entry]);
  }
  const units = scope.units.map((unit): YearUnitStatus => {
    const documents = scope.documentsByUnit.get(unit.id) ?? [];
    const outstanding = listOutstandingKinds({ documents, deadlines: scope.deadlines, now });
    const statuses = Object.fromEntries(
      remindedKinds.map((kind) => [
        kind,
        describeDocument({
          actor,
          kind,
          documents,
          dueDate: findDueDate(kind, scope.deadlines),
          daysOverdue: outstanding.find((entry) => entry.kind === kind)?.daysOverdue ?? 0,
        }),
      ]),
    ) as YearUnitStatus['documents'];
    const monitoring = latestRound ? describeMonitoring(entriesByUnit.get(unit.id) ?? []) : null;
    return {
      organisationId: unit.id,
      organisationName: unit.name,
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
  const chineseOrder = new Intl.Collator('zh-CN');
  units.sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) ||
      Number(b.isOutstanding) - Number(a.isOutstanding) ||
      chineseOrder.compare(a.organisationName, b.organisationName),
  );
  return {
    year,
    scope: { organisationId: scope.root?.id ?? null, organisationName: scope.root?.name ?? '全部单位' },
    round: latestRound ? { id: latestRound.round.id, title: latestRound.round.title, deadline: latestRound.round.deadline } : null,
    units,
  };
}
