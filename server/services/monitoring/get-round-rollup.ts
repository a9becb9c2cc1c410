/**
 * The monitoring overview by level (issue 11): a round's lights, 执行率 and late units summed per
 * child of the organisation being viewed, in SQL (monitoring-rollup.repository.ts), so the
 * province's finance bureau reads its cities, a city its counties, and so on down to the units.
 * The sums are those of the per-unit overview (get-round-overview.ts) grouped by child: lights only
 * of tables the reader may read, 执行率 = Σ 执行数 / Σ 基数. Whom a reader may view: the
 * organisation of the reader and everything below it; the administrator everything.
 */
import type { RollupRow, RoundRollup } from '../../../contract/monitoring-rollup.ts';
import { Dec, roundDecimal } from '../../../core/decimal.ts';
import { computeTimeProgress, countDaysOverdue, defaultLightPolicy } from '../../../core/monitoring/index.ts';
import { canSeeOrganisation, getReadScope } from '../../../core/review/index.ts';
import type { RollupTotals } from '../../db/monitoring-rollup.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { unsubmittedStates } from './load-round-entries.ts';

const roundNotFound = '找不到该监控轮次，或您无权查看。';

function toExecutionRate(executed: string | null, base: string | null): string | null {
  if (executed === null || base === null) return null;
  const divisor = new Dec(base);
  return divisor.greaterThan(0) ? roundDecimal(new Dec(executed).div(divisor).times(100)) : null;
}

function toRow(totals: RollupTotals, input: { organisationId: string; organisationName: string; isSelf: boolean; isPastDeadline: boolean }): RollupRow {
  const none = (counts: RollupTotals['budget']) => totals.tables - counts.green - counts.yellow - counts.red - counts.blue;
  const executedToDate = totals.executedToDate === null ? null : new Dec(totals.executedToDate).toFixed();
  const budgetBase = totals.budgetBase === null ? null : new Dec(totals.budgetBase).toFixed();
  return {
    organisationId: input.organisationId,
    organisationName: input.organisationName,
    isSelf: input.isSelf,
    hasSubordinates: !input.isSelf && totals.deeperEntries > 0,
    units: totals.units,
    tables: totals.tables,
    withoutTable: totals.entries - totals.tables,
    budget: { ...totals.budget, none: none(totals.budget) },
    target: { ...totals.target, none: none(totals.target) },
    redIndicators: totals.redIndicators,
    yellowIndicators: totals.yellowIndicators,
    executedToDate,
    budgetBase,
    executionRate: toExecutionRate(executedToDate, budgetBase),
    // The same deadline holds for every entry of the round, so a unit is late when it has not handed in after it.
    lateUnits: input.isPastDeadline ? totals.unsubmittedUnits : 0,
  };
}

/** Adds the children's sums into the level's total (units are distinct per child, so they add up). */
function sumTotals(rows: readonly RollupTotals[]): RollupTotals {
  const addMoney = (values: Array<string | null>) => {
    const present = values.filter((value): value is string => value !== null);
    return present.length === 0 ? null : present.reduce((sum, value) => sum.plus(value), new Dec(0)).toFixed();
  };
  const addLights = (side: 'budget' | 'target') => ({
    green: rows.reduce((sum, row) => sum + row[side].green, 0),
    yellow: rows.reduce((sum, row) => sum + row[side].yellow, 0),
    red: rows.reduce((sum, row) => sum + row[side].red, 0),
    blue: rows.reduce((sum, row) => sum + row[side].blue, 0),
  });
  const add = (key: 'entries' | 'tables' | 'units' | 'deeperEntries' | 'redIndicators' | 'yellowIndicators' | 'unsubmittedUnits') => rows.reduce((sum, row) => sum + row[key], 0);
  return {
    childId: '',
    childName: null,
    entries: add('entries'),
    tables: add('tables'),
    units: add('units'),
    deeperEntries: add('deeperEntries'),
    budget: addLights('budget'),
    target: addLights('target'),
    redIndicators: add('redIndicators'),
    yellowIndicators: add('yellowIndicators'),
    executedToDate: addMoney(rows.map((row) => row.executedToDate)),
    budgetBase: addMoney(rows.map((row) => row.budgetBase)),
    unsubmittedUnits: add('unsubmittedUnits'),
  };
}

export async function getRoundRollup(deps: ServiceDeps, input: { actor: Actor; id: string; under?: string }): Promise<RoundRollup> {
  const { actor } = input;
  const rounds = deps.repositories.monitoringRounds;
  const round = await rounds.getRound(input.id);
  if (!round) throw createNotFoundError(roundNotFound);
  const isAdmin = actor.role === 'admin';
  const underId = input.under ?? (isAdmin ? round.organisationId : actor.organisationId);
  const organisation = underId ? await deps.repositories.organisations.getById(underId) : null;
  if (!organisation || (!isAdmin && !canSeeOrganisation(actor, organisation.path))) throw createNotFoundError('找不到该单位，或您无权查看。');

  const totals = await rounds.sumRoundUnder({ roundId: round.id, underPath: organisation.path, readScope: getReadScope(actor), unsubmittedStates });
  const total = sumTotals(totals);
  const isOpener = actor.role === 'finance-reviewer' && actor.organisationPath.includes(round.organisationId);
  // As for the round's page: a reader with no entry in the round may not learn that it exists.
  if (total.entries === 0 && !isOpener && !isAdmin && !(await rounds.hasEntriesWithin({ roundId: round.id, withinPath: actor.organisationPath }))) {
    throw createNotFoundError(roundNotFound);
  }

  // The way back up: from the reader's own organisation (the administrator: the root) to the viewed one.
  const top = isAdmin ? 0 : Math.max(0, organisation.path.indexOf(actor.organisationId ?? ''));
  const trailIds = organisation.path.slice(top);
  const ancestorIds = trailIds.filter((id) => id !== organisation.id);
  const names = ancestorIds.length ? await rounds.listOrganisationNames(ancestorIds) : new Map<string, string>();
  names.set(organisation.id, organisation.name);

  const isPastDeadline = countDaysOverdue({ deadline: round.deadline, now: deps.now() }) > 0;
  const children = totals.map((row) =>
    toRow(row, {
      organisationId: row.childId === '' ? organisation.id : row.childId,
      organisationName: row.childId === '' ? `${organisation.name}（本级）` : (row.childName ?? row.childId),
      isSelf: row.childId === '',
      isPastDeadline,
    }),
  );
  const progress = computeTimeProgress({ period: round.period, mode: defaultLightPolicy.timeProgress, year: round.year });
  return {
    roundId: round.id,
    timeProgress: progress ? roundDecimal(new Dec(progress.numerator).times(100).dividedBy(progress.denominator)) : null,
    organisation: { id: organisation.id, name: organisation.name },
    trail: trailIds.map((id) => ({ id, name: names.get(id) ?? id })),
    total: { ...toRow(total, { organisationId: organisation.id, organisationName: organisation.name, isSelf: false, isPastDeadline }), hasSubordinates: children.some((row) => !row.isSelf) },
    children,
  };
}
