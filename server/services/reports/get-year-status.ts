/**
 * The year view (issue 10), paged in SQL at 10,000 units (issue 14 item 2): for a fiscal year, the
 * units under the chosen organisation (default: the actor's own; finance any subtree of its tree, a
 * 主管部门 only its own units, the administrator anything), counted over the whole scope, and one
 * page of them with the state of their 绩效目标表, 绩效自评表 and 评价报告, their monitoring table in
 * the year's latest round with entries here, overdue days, the last 催报 and whether the actor may
 * remind them. A document the actor may not open (a unit's draft) is named by its state only.
 */
import type { YearStatus, YearStatusQuery, YearUnitStatus } from '../../../contract/year-status.ts';
import { countDaysOverdue } from '../../../core/monitoring/index.ts';
import { canRemindOrganisation, canSeeOrganisation, editableStates } from '../../../core/review/index.ts';
import { countUnitDaysOverdue, describeDeadlineOwners } from '../../../core/unit-deadlines.ts';
import type { DocumentFiguresSummary } from '../../db/documents.repository.ts';
import type { YearRemindRule, YearUnitConditions, YearUnitsScope } from '../../db/year-status.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { describeYearReminderKey } from '../notifications/reminder-limit.ts';
import { createNotFoundError } from '../service-error.ts';
import { describeYearDocument, describeYearMonitoring } from './describe-year-document.ts';
import { findDueDate, remindedKinds } from './year-outstanding.ts';

/** Who the actor may remind (core canRemindOrganisation: finance or a 主管部门 over the unit). */
function toRemindRule(actor: Actor, input: { year: number; now: Date }): YearRemindRule {
  const remindedTodayKey = describeYearReminderKey(input);
  const isReminder = actor.role === 'finance-reviewer' || actor.role === 'supervisor-reviewer';
  return { belowPath: isReminder ? actor.organisationPath : null, remindedTodayKey };
}

export async function getYearStatus(deps: ServiceDeps, input: { actor: Actor; query: YearStatusQuery }): Promise<YearStatus> {
  const { actor, query } = input;
  const { year } = query;
  const repository = deps.repositories.yearStatus;
  const rootId = query.organisationId ?? (actor.role === 'admin' ? null : actor.organisationId);
  const root = rootId ? await deps.repositories.organisations.getById(rootId) : null;
  if (rootId && (!root || !canSeeOrganisation(actor, root.path))) throw createNotFoundError('找不到该组织，或您无权查看。');
  const withinPath = root?.path ?? null;
  const now = deps.now();
  const deadlines = (await deps.repositories.fiscalYears.getByYear(year))?.deadlines ?? null;
  const dueDates = Object.fromEntries(remindedKinds.map((kind) => [kind, findDueDate(kind, deadlines)])) as YearStatus['dueDates'];
  // Past deadlines; whether each is a unit's own (it existed then, or has documents of the year) is core/unit-deadlines.ts's rule.
  const pastDueDates = remindedKinds.flatMap((kind) => {
    const dueDate = dueDates[kind];
    return dueDate && countDaysOverdue({ deadline: dueDate, now }) > 0 ? [{ kind, dueDate }] : [];
  });
  const rounds = await deps.repositories.monitoringRounds.listRounds({ year });
  const roundId = await repository.findLatestRoundWithUnits({ roundIds: rounds.map((round) => round.id), withinPath });
  const round = rounds.find((candidate) => candidate.id === roundId) ?? null;

  const scope: YearUnitsScope = {
    year,
    withinPath,
    editableStates,
    overdueKinds: pastDueDates.map(({ kind, dueDate }) => ({ kind, owners: describeDeadlineOwners({ year, dueDate }) })),
    round: round ? { id: round.id, isPastDeadline: countDaysOverdue({ deadline: round.deadline, now }) > 0 } : null,
    remind: toRemindRule(actor, { year, now }),
  };
  const search = query.search?.trim().toLowerCase();
  const conditions: YearUnitConditions = {
    filter: query.filter,
    ...(query.kind && query.status ? { kindStatus: { kind: query.kind, status: query.status } } : {}),
    ...(search ? { search } : {}),
  };
  const { units: rows, counts: counted } = await repository.listYearUnitPage({ scope, conditions, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
  const { matching: total, hasSeveralSupervisors, ...counts } = counted;

  const unitIds = rows.map((row) => row.id);
  const documents = unitIds.length > 0 ? await deps.repositories.documents.listFigures({ year, kinds: remindedKinds, project: null, organisationIds: unitIds }) : [];
  const documentsByUnit = new Map<string, DocumentFiguresSummary[]>();
  for (const document of documents) documentsByUnit.set(document.organisationId, [...(documentsByUnit.get(document.organisationId) ?? []), document]);
  const lastReminded = await deps.repositories.notifications.listLastReminded({ dedupeKeyPrefix: describeYearReminderKey({ year }), organisationIds: unitIds });

  const units = rows.map((row): YearUnitStatus => {
    const unitDocuments = documentsByUnit.get(row.id) ?? [];
    const countOwnDaysOverdue = (kind: (typeof remindedKinds)[number]) => {
      const dueDate = dueDates[kind];
      return row.statuses[kind] === 'handed-in' || !dueDate ? 0 : countUnitDaysOverdue({ unit: row.start, year, dueDate, now });
    };
    const statuses = Object.fromEntries(
      remindedKinds.map((kind) => [
        kind,
        describeYearDocument({ actor, kind, documents: unitDocuments, dueDate: dueDates[kind], daysOverdue: countOwnDaysOverdue(kind) }),
      ]),
    ) as YearUnitStatus['documents'];
    return {
      organisationId: row.id,
      organisationName: row.name,
      supervisor: row.supervisorName,
      documents: statuses,
      monitoring: round && row.isInRound ? describeYearMonitoring({ state: row.monitoringState, roundDeadline: round.deadline, now }) : null,
      isOutstanding: row.isOutstanding,
      isReturned: row.isReturned,
      isOverdue: row.isOverdue,
      lastRemindedAt: lastReminded.get(row.id) ?? null,
      canRemind: canRemindOrganisation(actor, row.path),
    };
  });
  return {
    year,
    scope: { organisationId: root?.id ?? null, organisationName: root?.name ?? '全部单位' },
    round: round ? { id: round.id, title: round.title, deadline: round.deadline } : null,
    dueDates,
    hasSeveralSupervisors,
    counts,
    page: { page: query.page, pageSize: query.pageSize, total },
    units,
  };
}
