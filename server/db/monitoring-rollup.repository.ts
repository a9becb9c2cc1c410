/**
 * A round's entries summed per child organisation of one organisation (issue 11, the monitoring
 * overview at 10,000 units), in one SQL statement over the tables' summary columns
 * (monitoring-summary-columns.ts), so a province reads a dozen rows, not every unit.
 * The child of an entry is the path segment after the viewed organisation's path; '' stands for the
 * viewed organisation's own entries. Lights, indicator counts and money count only where the
 * reader's scope (core/review getReadScope) lets them read the table, as the per-unit overview
 * does; entries, tables and lateness count everywhere. Money is summed exactly: numeric on
 * PostgreSQL, money_sum (sqlite-decimal-sum.ts) on SQLite.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { ReadScope } from '../../core/review/read-scope.ts';
import type { ReviewState } from '../../core/review/states.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database } from './schema.ts';

export interface RollupTotals {
  /** The child organisation's id; '' for the viewed organisation's own entries. */
  childId: string;
  childName: string | null;
  entries: number;
  tables: number;
  units: number;
  /** Entries of organisations below the child (so it can be drilled into). */
  deeperEntries: number;
  budget: { green: number; yellow: number; red: number; blue: number };
  target: { green: number; yellow: number; red: number; blue: number };
  redIndicators: number;
  yellowIndicators: number;
  /** Exact decimal text, or null when no readable table has figures. */
  executedToDate: string | null;
  budgetBase: string | null;
  /** Units with a table in one of `unsubmittedStates`. */
  unsubmittedUnits: number;
}

const countedLights = ['green', 'yellow', 'red', 'blue'] as const;

/** The scope as a condition on the joined documents and organisations rows. */
export function toReadableCondition(scope: ReadScope): RawBuilder<boolean> {
  // '' keeps IN lists non-empty (no state is ''), as in documents.repository.ts.
  const inStates = (states: readonly string[]) => sql.join([...states, ''].map((state) => sql.lit(state)));
  switch (scope.kind) {
    case 'everything':
      return sql<boolean>`documents.state is not null`;
    case 'subtree':
      return sql<boolean>`((organisations.has_supervisor = 1 and documents.state in (${inStates(scope.statesWithSupervisor)})) or (organisations.has_supervisor = 0 and documents.state in (${inStates(scope.statesWithoutSupervisor)})))`;
    case 'organisation':
      return sql<boolean>`(documents.state is not null and entries.organisation_id = ${scope.organisationId})`;
    case 'states':
      return sql<boolean>`documents.state in (${inStates(scope.states)})`;
    case 'nothing':
      return sql<boolean>`1 = 0`;
  }
}

export function createMonitoringRollupQueries(db: Kysely<Database>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const sumMoney = (value: RawBuilder<unknown>) => (isPostgres ? sql<string | null>`sum(cast(${value} as numeric))` : sql<string | null>`money_sum(${value})`);

  return {
    /** The round's entries under `underPath` (the viewed organisation, itself last), summed per child. */
    async sumRoundUnder(input: { roundId: string; underPath: string[]; readScope: ReadScope; unsubmittedStates: readonly ReviewState[] }): Promise<RollupTotals[]> {
      const prefix = formatOrganisationPath(input.underPath);
      const underId = input.underPath.at(-1)!;
      // Text after the viewed organisation's path up to the next '/'; the position is a literal so
      // both databases see the same expression in select and group by.
      const rest = sql`substr(organisations.path, ${sql.lit(prefix.length + 1)})`;
      const childKey = isPostgres ? sql<string>`split_part(${rest}, '/', 1)` : sql<string>`substr(${rest}, 1, instr(${rest}, '/') - 1)`;
      const readable = toReadableCondition(input.readScope);
      const lightCount = (column: 'monitoring_budget_light' | 'monitoring_target_light', light: string) =>
        sql<number>`sum(case when ${readable} and documents.${sql.raw(column)} = ${sql.lit(light)} then 1 else 0 end)`;
      const hasFigures = sql`${readable} and documents.monitoring_executed is not null and documents.monitoring_budget_base is not null`;
      const unsubmitted = sql.join(input.unsubmittedStates.map((state) => sql.lit(state)));
      const totals = db
        .selectFrom('monitoring_round_entries as entries')
        .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
        // kind in the join: read from the covering index documents_monitoring_summary_index.
        .leftJoin('documents', (join) => join.onRef('documents.id', '=', 'entries.document_id').on('documents.kind', '=', 'monitoring'))
        .select([
          childKey.as('child_id'),
          sql<number>`count(*)`.as('entries'),
          sql<number>`count(entries.document_id)`.as('tables'),
          sql<number>`count(distinct case when entries.document_id is not null then entries.organisation_id end)`.as('units'),
          sql<number>`sum(case when organisations.id = ${underId} or organisations.parent_id = ${underId} then 0 else 1 end)`.as('deeper_entries'),
          ...countedLights.map((light) => lightCount('monitoring_budget_light', light).as(`budget_${light}`)),
          ...countedLights.map((light) => lightCount('monitoring_target_light', light).as(`target_${light}`)),
          sql<number>`sum(case when ${readable} then coalesce(documents.monitoring_red_count, 0) else 0 end)`.as('red_indicators'),
          sql<number>`sum(case when ${readable} then coalesce(documents.monitoring_yellow_count, 0) else 0 end)`.as('yellow_indicators'),
          sumMoney(sql`case when ${hasFigures} then documents.monitoring_executed end`).as('executed'),
          sumMoney(sql`case when ${hasFigures} then documents.monitoring_budget_base end`).as('budget_base'),
          sql<number>`count(distinct case when documents.state in (${unsubmitted}) then entries.organisation_id end)`.as('unsubmitted_units'),
        ])
        .where('entries.round_id', '=', input.roundId)
        .where('organisations.path', 'like', `${prefix}%`)
        .groupBy('child_id');
      const rows = await db
        .selectFrom(totals.as('totals'))
        .leftJoin('organisations as child', 'child.id', 'totals.child_id')
        .selectAll('totals')
        .select(['child.name as child_name'])
        .orderBy('child.path')
        .execute();
      return rows.map((row) => {
        const counts = (side: 'budget' | 'target') =>
          Object.fromEntries(countedLights.map((light) => [light, Number(row[`${side}_${light}` as keyof typeof row] ?? 0)])) as RollupTotals['budget'];
        return {
          childId: row.child_id,
          childName: row.child_name ?? null,
          entries: Number(row.entries),
          tables: Number(row.tables),
          units: Number(row.units),
          deeperEntries: Number(row.deeper_entries ?? 0),
          budget: counts('budget'),
          target: counts('target'),
          redIndicators: Number(row.red_indicators ?? 0),
          yellowIndicators: Number(row.yellow_indicators ?? 0),
          executedToDate: row.executed === null || row.executed === undefined ? null : String(row.executed),
          budgetBase: row.budget_base === null || row.budget_base === undefined ? null : String(row.budget_base),
          unsubmittedUnits: Number(row.unsubmitted_units),
        };
      });
    },

    /** Names of some organisations by id (the way back up from a drilled-down level). */
    async listOrganisationNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
      return new Map(rows.map((row) => [row.id, row.name]));
    },

    /** Whether the round has any entry under `withinPath` (a reader who sees none may not learn of the round). */
    async hasEntriesWithin(input: { roundId: string; withinPath: string[] }): Promise<boolean> {
      const row = await db
        .selectFrom('monitoring_round_entries as entries')
        .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
        .select('entries.round_id')
        .where('entries.round_id', '=', input.roundId)
        .where('organisations.path', 'like', `${formatOrganisationPath(input.withinPath)}%`)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
