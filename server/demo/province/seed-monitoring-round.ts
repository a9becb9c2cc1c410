/**
 * A monitoring round over a generated province (issue 11, the overview at 10,000 units): every
 * unit's target table of `year` gives one monitoring table (core buildMonitoringFromTargets), filled
 * as units would fill it (执行数 around 序时进度, 完成值 around the share due, some behind), lit and
 * checked by the year's rule pack, in states across the review flow, with the summary columns and
 * one round entry each. A load generator: every target table counts, approved or not (a real round
 * takes approved targets only). Deterministic by seed; rows go in with multi-row INSERTs.
 */
import type { Kysely } from 'kysely';
import { parseIndicatorValue } from '../../../core/indicator-value/index.ts';
import type { Indicator, PerformanceDocument } from '../../../core/model.ts';
import { buildMonitoringFromTargets, type MonitoringPeriod } from '../../../core/monitoring/index.ts';
import { listStatesOfKind } from '../../../core/review/states.ts';
import { analyseWithPack } from '../../../core/rule-packs/index.ts';
import { toBodyColumns } from '../../db/body-columns.ts';
import { createRulePacksRepository } from '../../db/rule-packs.repository.ts';
import type { Database, NewDocumentRow } from '../../db/schema.ts';
import { packForYear } from '../../services/rule-packs/pack-for-year.ts';
import { deriveRandom, type Random } from './random.ts';

export interface MonitoringRoundOptions {
  year: number;
  seed: number;
  /** The round's id (default `province-<year>-<month>`), so tests and benchmarks can address it. */
  roundId?: string;
  throughMonth?: number;
  /** YYYY-MM-DD; default the end of the month after the window. */
  deadline?: string;
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** Target tables read per page, and rows per INSERT (documents have 23 columns: 500 × 23 < 65,535). */
const pageSize = 500;
const defaultThroughMonth = 6;
/** How far units are: 执行数 as a share of what 序时进度 asks, and 完成值 likewise. */
const paceRange: readonly [number, number] = [0.35, 1.25];
/** States in flow order, weighted for mid-year: most still filling or in review. */
const stateWeights = [8, 2, 6, 4, 2, 1];

function drawState(random: Random) {
  const states = listStatesOfKind('monitoring');
  let draw = random.next() * stateWeights.reduce((sum, weight) => sum + weight, 0);
  for (const [index, state] of states.entries()) {
    draw -= stateWeights[index]!;
    if (draw < 0) return state;
  }
  return states.at(-1)!;
}

function fillIndicator(random: Random, indicator: Indicator, share: number): Indicator {
  const target = indicator.target;
  let text: string;
  if (!target || target.value === null || target.direction === 'qualitative') text = random.pick(['达成', '达成', '部分达成', '未达成']);
  else {
    const isLevel = target.unit === '%' || target.unit === '分';
    const written = Number(target.value) * (isLevel ? random.between(0.9, 1.02) : share * random.between(...paceRange));
    text = `${written.toFixed(isLevel ? 1 : 0)}${target.unit ?? ''}`;
  }
  const actualToDate = parseIndicatorValue(text, { name: indicator.name });
  return { ...indicator, monitoring: { ...indicator.monitoring, actualToDate, forecast: indicator.target ?? null, likelihood: 'certain' } };
}

/** The table a unit hands in: 执行数 and every 完成值 drawn around what the window asks. */
function fillTable(random: Random, table: PerformanceDocument, throughMonth: number): PerformanceDocument {
  const share = throughMonth / 12;
  const base = Number(table.budget.adjusted ?? table.budget.total ?? 0);
  const executed = base > 0 ? (base * share * random.between(...paceRange)).toFixed(2) : null;
  return {
    ...table,
    budget: { ...table.budget, executedToDate: executed, forecast: table.budget.adjusted ?? null },
    goals: table.goals.map((goal) => ({ ...goal, indicators: goal.indicators.map((indicator) => fillIndicator(random, indicator, share)) })),
  };
}

/** Seeds the round into a database holding a generated province; returns the round id and the tables written. */
export async function seedMonitoringRound(db: Kysely<Database>, options: MonitoringRoundOptions): Promise<{ roundId: string; tables: number }> {
  const throughMonth = options.throughMonth ?? defaultThroughMonth;
  const period: MonitoringPeriod = { throughMonth };
  const roundId = options.roundId ?? `province-${options.year}-${throughMonth}`;
  const deadline = options.deadline ?? `${options.year}-${String(throughMonth + 1).padStart(2, '0')}-28`;
  const createdAt = `${options.year}-${String(throughMonth + 1).padStart(2, '0')}-01T00:00:00.000Z`;
  const finance = await db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id as user_id', 'organisations.id as organisation_id'])
    .where('organisations.parent_id', 'is', null)
    .where('users.role', '=', 'finance-reviewer')
    .orderBy('users.id')
    .executeTakeFirstOrThrow();
  const total = Number(
    (await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).where('kind', '=', 'target-table').where('year', '=', options.year).executeTakeFirstOrThrow()).count,
  );
  await db
    .insertInto('monitoring_rounds')
    .values({ id: roundId, organisation_id: finance.organisation_id, year: options.year, title: `${options.year}年1-${throughMonth}月绩效运行监控`, period: JSON.stringify(period), deadline, is_selective: 0, created_by: finance.user_id, created_at: createdAt })
    .execute();
  const pack = await packForYear({ rulePacks: createRulePacksRepository(db) }, options.year);
  let after = '';
  let done = 0;
  for (;;) {
    const targets = await db
      .selectFrom('documents')
      .select(['id', 'organisation_id', 'project', 'body'])
      .where('kind', '=', 'target-table')
      .where('year', '=', options.year)
      .where('id', '>', after)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (targets.length === 0) break;
    after = targets.at(-1)!.id;
    const documents: NewDocumentRow[] = targets.map((targetRow, index) => {
      const random = deriveRandom(options.seed, options.year, throughMonth, done + index);
      const prefilled = buildMonitoringFromTargets(JSON.parse(targetRow.body) as PerformanceDocument, period);
      const body = analyseWithPack(fillTable(random, prefilled, throughMonth), pack);
      return {
        id: `m-${roundId}-${String(done + index + 1).padStart(6, '0')}`,
        organisation_id: targetRow.organisation_id,
        year: options.year,
        kind: 'monitoring',
        project: targetRow.project,
        revision: 1,
        state: drawState(random),
        version: 1,
        ...toBodyColumns(body),
        score: null,
        grade: null,
        created_at: createdAt,
        updated_at: createdAt,
        updated_by: null,
      };
    });
    await db.transaction().execute(async (transaction) => {
      await transaction.insertInto('documents').values(documents).execute();
      await transaction
        .insertInto('monitoring_round_entries')
        .values(documents.map((document) => ({ round_id: roundId, organisation_id: document.organisation_id, project: document.project ?? '', document_id: document.id })))
        .execute();
    });
    done += targets.length;
    options.onProgress?.({ done, total });
  }
  return { roundId, tables: done };
}
