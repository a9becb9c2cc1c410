/**
 * Finance opens a monitoring round (issue 11): for the year and window, every unit under the
 * bureau (or a chosen list of 重点监控 units/projects) gets a monitoring table per approved target
 * table (its newest approved revision, so a 调整 counts), pre-filled and in 草稿 for the unit.
 * Round, tables, entries and one audit entry per table are written in one transaction.
 * At 10,000 units nothing is done per unit in SQL: the year's rule-pack choices are read once,
 * tables and audit entries go in with multi-row INSERTs (bench/monitoring-overview.bench.ts).
 */
import { choosePack, loadPackChoices } from '../rule-packs/pack-for-year.ts';
import { buildMonitoringFromTargets, carryMonitoringForward, describeWindow, isLaterWindow } from '../../../core/monitoring/index.ts';
import type { OpenRoundRequest, OpenRoundResponse } from '../../../contract/monitoring-rounds.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { ApprovedTargets } from '../../db/monitoring-rounds.repository.ts';
import { isUniqueViolation } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureYearOpen } from '../documents/ensure-year-open.ts';
import { createForbiddenError, ServiceError } from '../service-error.ts';
import { getMonitoringRound } from './get-monitoring-round.ts';

export async function openMonitoringRound(deps: ServiceDeps, input: { actor: Actor; request: OpenRoundRequest }): Promise<OpenRoundResponse> {
  const { actor, request } = input;
  if (actor.role !== 'finance-reviewer') throw createForbiddenError('只有财政部门可以开启监控轮次。');
  await ensureYearOpen(deps.repositories, request.year);
  const subtree = await deps.repositories.organisations.listSubtree(actor.organisationPath);
  const approved = await deps.repositories.monitoringRounds.listApprovedTargets({ year: request.year, withinPath: actor.organisationPath });
  const { chosen, withoutTargets } = chooseTargets({ approved, subtree, request, ownId: actor.organisationId });
  if (chosen.length === 0) {
    throw new ServiceError({ code: 'no-approved-targets', message: `${request.year} 年度所选范围内没有已批复的绩效目标表，无法生成监控表。`, httpStatus: 409 });
  }
  const previous = await findPreviousTables(deps, { year: request.year, period: request.period, chosen });

  // Pre-filled tables are scored under the year's rule pack in worker threads, before the transaction:
  // from the approved targets, or (a later round of the year) from the unit's table of the round before.
  // The pack of each unit (its region's choice, else the year's) from one read of the year's choices.
  const choices = await loadPackChoices(deps.repositories, request.year);
  // Target tables are read whole only for units without a table to carry forward (a first round: all).
  const targetBodies = await deps.repositories.monitoringRounds.listDocumentBodies(chosen.filter((targets) => !previous.has(identityKey(targets))).map((targets) => targets.id));
  const paths = new Map(subtree.map((organisation) => [organisation.id, organisation.path]));
  const bodies = await analyseInFlight(
    chosen.map((targets) => () => {
      const before = previous.get(identityKey(targets));
      const body = before ? carryMonitoringForward(before.body, request.period) : buildMonitoringFromTargets(targetBodies.get(targets.id)!, request.period);
      const pack = choosePack(paths.get(targets.organisationId) ?? [targets.organisationId], choices).pack;
      return deps.heavyWork.analyse({ ...body, unit: targets.organisationName, year: request.year }, pack.name);
    }),
  );
  const now = deps.now().toISOString();
  const roundId = deps.createId();
  const title = request.title?.trim() || `${request.year}年${describeWindow(request.period)}绩效运行监控`;
  try {
    await insertRoundWithTables(deps, { actor, request, roundId, title, now, chosen, bodies, previous, withoutTargets });
  } catch (error) {
    // Another round or an import gave one of these units its table since the check above: the
    // documents' identity (unique in the database) refuses the second, and nothing is written.
    if (isUniqueViolation(error)) {
      throw new ServiceError({ code: 'monitoring-table-exists', message: `所选单位中有单位${request.year}年度刚刚有了监控表（他人同时生成或导入），本轮次未开启，请刷新后重试。`, httpStatus: 409 });
    }
    throw error;
  }
  return { round: await getMonitoringRound(deps, { actor, id: roundId }), created: chosen.length, withoutTargets };
}

async function insertRoundWithTables(
  deps: ServiceDeps,
  input: {
    actor: Actor;
    request: OpenRoundRequest;
    roundId: string;
    title: string;
    now: string;
    chosen: ApprovedTargets[];
    bodies: PerformanceDocument[];
    previous: Map<string, PreviousTable>;
    withoutTargets: { organisationId: string; organisationName: string }[];
  },
): Promise<void> {
  const { actor, request, roundId, title, now, chosen, bodies, previous, withoutTargets } = input;
  await deps.transaction(async (repositories) => {
    await repositories.monitoringRounds.insertRound({
      id: roundId,
      organisationId: actor.organisationId,
      year: request.year,
      title,
      period: request.period,
      deadline: request.deadline,
      isSelective: (request.targets?.length ?? 0) > 0,
      createdBy: actor.userId,
      createdAt: now,
    });
    const ids = chosen.map(() => deps.createId());
    await repositories.documents.insertMany(
      chosen.map((targets, index) => ({
        id: ids[index]!,
        organisationId: targets.organisationId,
        year: request.year,
        kind: 'monitoring' as const,
        project: targets.project,
        // A later round of the year: the next revision of the unit's table (the documents' identity).
        revision: (previous.get(identityKey(targets))?.revision ?? 0) + 1,
        state: 'draft' as const,
        body: bodies[index]!,
        score: null,
        grade: null,
        createdAt: now,
        updatedAt: now,
        updatedBy: actor.userId,
      })),
    );
    await repositories.auditEntries.appendMany(
      chosen.map((targets, index) => {
        const before = previous.get(identityKey(targets));
        return {
          documentId: ids[index]!,
          actorId: actor.userId,
          at: now,
          action: 'open-monitoring-round',
          fromState: null,
          toState: 'draft' as const,
          reason: before
            ? `${title}：由上一轮监控表（第 ${before.revision} 版）带入，请更新至本期并于 ${request.deadline} 前填报提交`
            : `${title}：由第 ${targets.revision} 版已批复的绩效目标表生成，请于 ${request.deadline} 前填报提交`,
        };
      }),
    );
    const entries: Array<{ roundId: string; organisationId: string; project: string | null; documentId: string | null }> = chosen.map((targets, index) => ({
      roundId,
      organisationId: targets.organisationId,
      project: targets.project,
      documentId: ids[index]!,
    }));
    entries.push(...withoutTargets.map((unit) => ({ roundId, organisationId: unit.organisationId, project: null, documentId: null })));
    await repositories.monitoringRounds.insertEntries(entries);
  });
}

function chooseTargets(input: {
  approved: ApprovedTargets[];
  subtree: { id: string; kind: string; name: string }[];
  request: OpenRoundRequest;
  ownId: string;
}): { chosen: ApprovedTargets[]; withoutTargets: { organisationId: string; organisationName: string }[] } {
  const byId = new Map(input.subtree.map((organisation) => [organisation.id, organisation]));
  const choices = input.request.targets ?? [];
  if (choices.length === 0) {
    const withTables = new Set(input.approved.map((targets) => targets.organisationId));
    const withoutTargets = input.subtree
      .filter((organisation) => organisation.kind === 'unit' && !withTables.has(organisation.id))
      .map((organisation) => ({ organisationId: organisation.id, organisationName: organisation.name }));
    return { chosen: input.approved, withoutTargets };
  }
  const chosen = new Map<string, ApprovedTargets>();
  const withoutTargets: { organisationId: string; organisationName: string }[] = [];
  for (const choice of choices) {
    const organisation = byId.get(choice.organisationId);
    if (!organisation || organisation.id === input.ownId) {
      throw new ServiceError({ code: 'invalid-input', message: '所选单位不在本财政部门管辖范围内。', httpStatus: 400 });
    }
    const project = choice.project?.trim() || null;
    const matches = input.approved.filter((targets) => targets.organisationId === choice.organisationId && (project === null || targets.project === project));
    if (matches.length === 0) withoutTargets.push({ organisationId: organisation.id, organisationName: organisation.name + (project ? `（${project}）` : '') });
    for (const targets of matches) chosen.set(targets.id, targets);
  }
  const unique = new Map(withoutTargets.map((unit) => [unit.organisationId, unit]));
  return { chosen: [...chosen.values()], withoutTargets: [...unique.values()].filter((unit) => ![...chosen.values()].some((targets) => targets.organisationId === unit.organisationId)) };
}

type PreviousTable = Awaited<ReturnType<ServiceDeps['repositories']['monitoringRounds']['listNewestMonitoringTables']>>[number];

const identityKey = (table: { organisationId: string; project: string | null }) => `${table.organisationId}|${table.project ?? ''}`;

/** States in which the unit has not yet handed its table in. */
const openStates = new Set(['draft', 'returned']);

/**
 * A unit keeps one monitoring table per year, project and round: a later round of the year (1-9月
 * after 1-6月) gives it the next revision of its table, pre-filled from the previous one. Refused by
 * name: a unit whose table already covers this window (or a later one), or whose previous table is
 * not handed in yet (two drafts of one table would compete).
 */
async function findPreviousTables(deps: ServiceDeps, input: { year: number; period: OpenRoundRequest['period']; chosen: ApprovedTargets[] }): Promise<Map<string, PreviousTable>> {
  const tables = await deps.repositories.monitoringRounds.listNewestMonitoringTables({ year: input.year, organisationIds: input.chosen.map((targets) => targets.organisationId) });
  const byKey = new Map(tables.map((table) => [identityKey(table), table]));
  const previous = new Map<string, PreviousTable>();
  const covered: ApprovedTargets[] = [];
  const open: ApprovedTargets[] = [];
  for (const targets of input.chosen) {
    const table = byKey.get(identityKey(targets));
    if (!table) continue;
    if (!isLaterWindow({ next: input.period, previous: table.body.monitoring?.period, year: input.year })) covered.push(targets);
    else if (openStates.has(table.state)) open.push(targets);
    else previous.set(identityKey(targets), table);
  }
  const name = (list: ApprovedTargets[]) =>
    list.slice(0, 10).map((targets) => targets.organisationName + (targets.project ? `（${targets.project}）` : '')).join('、') + (list.length > 10 ? ` 等 ${list.length} 个` : '');
  if (covered.length > 0) {
    throw new ServiceError({ code: 'monitoring-table-exists', message: `以下单位${input.year}年度已有本期或更晚一期的监控表，不能重复生成：${name(covered)}。`, httpStatus: 409 });
  }
  if (open.length > 0) {
    throw new ServiceError({ code: 'monitoring-table-exists', message: `以下单位上一轮的监控表尚未提交，请先催报或待其提交后再开启新一轮：${name(open)}。`, httpStatus: 409 });
  }
  return previous;
}

/**
 * Analyses waiting in the worker pool at once: the pool refuses jobs beyond 128 queued per thread
 * (server/workers/heavy-work.ts), and a round of 10,000 tables must not be refused with 503.
 */
export const analysesInFlight = 32;

async function analyseInFlight(jobs: ReadonlyArray<() => Promise<PerformanceDocument>>): Promise<PerformanceDocument[]> {
  const results = new Array<PerformanceDocument>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(analysesInFlight, jobs.length) }, worker));
  return results;
}
