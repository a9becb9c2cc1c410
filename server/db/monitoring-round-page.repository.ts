/**
 * A round's page at 10,000 units (issue 11): the entries the actor sees, filtered and one page at a
 * time, and the round's counts over the whole scope, in SQL. Where an entry may be seen (`EntryScope`)
 * is the rule of load-round-entries.ts (a unit its own, a 主管部门 or finance its subtree, the
 * administrator all); a light matches a filter only where the reader may read the table
 * (core/review getReadScope, the condition the overview by level uses). Order: the organisation
 * tree (path), then the project, as the full list had it.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Light, MonitoringConclusion } from '../../core/monitoring/index.ts';
import type { ReadScope } from '../../core/review/read-scope.ts';
import type { ReviewState } from '../../core/review/states.ts';
import { toReadableCondition } from './monitoring-rollup.repository.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { RoundEntryRow } from './monitoring-rounds.repository.ts';
import type { DocumentMonitoringSummaryColumns } from './monitoring-schema.ts';
import type { Database } from './schema.ts';

/** Which entries of a round the actor sees at all. */
export type EntryScope = { kind: 'everything' } | { kind: 'nothing' } | { kind: 'organisation'; organisationId: string } | { kind: 'within'; path: string[] };

/** Conditions on the entries (all must hold). */
export interface EntryConditions {
  /** The table's state is one of these (an entry without a table never matches). */
  states?: readonly ReviewState[];
  /** The entry has no table, or its state is none of these. */
  excludeStates?: readonly ReviewState[];
  hasTable?: boolean;
  /** A light the reader may see: the budget's, the target's, or either. */
  light?: { value: Light; side?: 'budget' | 'target' };
  conclusion?: MonitoringConclusion | 'none';
  /** Text in the unit's name or the project's. */
  search?: string;
  /** Only this organisation and those below it (top first, itself last). */
  underPath?: string[];
}

export interface RoundCountRow {
  roundId: string;
  entries: number;
  tables: number;
  submitted: number;
  unsubmitted: number;
  unsubmittedUnits: number;
  concluded: number;
  /** Entries meeting the conditions (0 when none were given to match). */
  matching: number;
}

/** '' keeps IN lists non-empty (no state is ''), as in documents.repository.ts. */
const inList = (values: readonly string[]) => sql.join([...values, ''].map((value) => sql.lit(value)));

function toScopeCondition(scope: EntryScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'everything':
      return sql<SqlBool>`1 = 1`;
    case 'nothing':
      return sql<SqlBool>`1 = 0`;
    case 'organisation':
      return sql<SqlBool>`entries.organisation_id = ${scope.organisationId}`;
    case 'within':
      return sql<SqlBool>`organisations.path like ${`${formatOrganisationPath(scope.path)}%`}`;
  }
}

function toConditions(conditions: EntryConditions, readScope: ReadScope): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (conditions.states) parts.push(sql<SqlBool>`documents.state in (${inList(conditions.states)})`);
  if (conditions.excludeStates) parts.push(sql<SqlBool>`(documents.state is null or documents.state not in (${inList(conditions.excludeStates)}))`);
  if (conditions.hasTable !== undefined) parts.push(conditions.hasTable ? sql<SqlBool>`entries.document_id is not null` : sql<SqlBool>`entries.document_id is null`);
  if (conditions.light) {
    const { value, side } = conditions.light;
    const budget = sql<SqlBool>`documents.monitoring_budget_light = ${value}`;
    const target = sql<SqlBool>`documents.monitoring_target_light = ${value}`;
    const lit = side === 'budget' ? budget : side === 'target' ? target : sql<SqlBool>`(${budget} or ${target})`;
    parts.push(sql<SqlBool>`(${toReadableCondition(readScope)} and ${lit})`);
  }
  if (conditions.conclusion) parts.push(conditions.conclusion === 'none' ? sql<SqlBool>`entries.conclusion is null` : sql<SqlBool>`entries.conclusion = ${conditions.conclusion}`);
  if (conditions.search) {
    // LIKE with an explicit escape character, the same on both databases; % and _ typed are literal.
    const pattern = `%${conditions.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    parts.push(sql<SqlBool>`(lower(organisations.name) like ${pattern} escape '\\' or lower(entries.project) like ${pattern} escape '\\')`);
  }
  if (conditions.underPath) parts.push(sql<SqlBool>`organisations.path like ${`${formatOrganisationPath(conditions.underPath)}%`}`);
  return parts.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

export function createMonitoringRoundPageQueries(db: Kysely<Database>) {
  const joined = () =>
    db
      .selectFrom('monitoring_round_entries as entries')
      .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
      // kind in the join: state and summary come from the covering index documents_monitoring_summary_index.
      .leftJoin('documents', (join) => join.onRef('documents.id', '=', 'entries.document_id').on('documents.kind', '=', 'monitoring'));

  return {
    /** Per round, in one statement: the entries the scope sees counted, and how many meet `matching`. */
    async countRoundEntries(input: {
      roundIds: readonly string[];
      scope: EntryScope;
      readScope: ReadScope;
      unsubmittedStates: readonly ReviewState[];
      matching?: EntryConditions;
    }): Promise<Map<string, RoundCountRow>> {
      if (input.roundIds.length === 0) return new Map();
      const unsubmitted = inList(input.unsubmittedStates);
      const matching = input.matching ? toConditions(input.matching, input.readScope) : sql<SqlBool>`1 = 0`;
      const rows = await joined()
        .select([
          'entries.round_id',
          sql<number>`count(*)`.as('entries'),
          sql<number>`count(entries.document_id)`.as('tables'),
          sql<number>`sum(case when documents.state in (${unsubmitted}) then 1 else 0 end)`.as('unsubmitted'),
          sql<number>`sum(case when documents.state is not null and documents.state not in (${unsubmitted}) then 1 else 0 end)`.as('submitted'),
          sql<number>`count(distinct case when documents.state in (${unsubmitted}) then entries.organisation_id end)`.as('unsubmitted_units'),
          sql<number>`sum(case when entries.conclusion is not null then 1 else 0 end)`.as('concluded'),
          sql<number>`sum(case when ${matching} then 1 else 0 end)`.as('matching'),
        ])
        .where('entries.round_id', 'in', input.roundIds)
        .where(toScopeCondition(input.scope))
        .groupBy('entries.round_id')
        .execute();
      return new Map(
        rows.map((row) => [
          row.round_id,
          {
            roundId: row.round_id,
            entries: Number(row.entries),
            tables: Number(row.tables),
            submitted: Number(row.submitted ?? 0),
            unsubmitted: Number(row.unsubmitted ?? 0),
            unsubmittedUnits: Number(row.unsubmitted_units ?? 0),
            concluded: Number(row.concluded ?? 0),
            matching: Number(row.matching ?? 0),
          },
        ]),
      );
    },

    /** One page of the round's entries the scope sees and that meet `conditions`, in the tree's order. */
    async listRoundEntryPage(input: { roundId: string; scope: EntryScope; readScope: ReadScope; conditions: EntryConditions; offset: number; limit: number }): Promise<RoundEntryRow[]> {
      const rows = await joined()
        .select(roundEntryColumns)
        .where('entries.round_id', '=', input.roundId)
        .where(toScopeCondition(input.scope))
        .where(toConditions(input.conditions, input.readScope))
        .orderBy('organisations.path')
        .orderBy('entries.project')
        .orderBy('entries.organisation_id')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      return rows.map(toEntryRow);
    },

    /** The newest 催报 of each of these organisations in the round. */
    async listLastReminders(input: { roundId: string; organisationIds: readonly string[] }): Promise<Map<string, string>> {
      const ids = [...new Set(input.organisationIds)];
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('monitoring_reminders')
        .select(['organisation_id', sql<string>`max(at)`.as('at')])
        .where('round_id', '=', input.roundId)
        .where('organisation_id', 'in', ids)
        .groupBy('organisation_id')
        .execute();
      return new Map(rows.map((row) => [row.organisation_id, row.at]));
    },
  };
}

/** What a round's entry is read with (entries joined to organisations and left-joined to documents); toEntryRow maps it. */
export const roundEntryColumns = [
  'entries.round_id',
  'entries.organisation_id',
  'entries.project',
  'entries.document_id',
  'entries.conclusion',
  'entries.conclusion_note',
  'organisations.name as organisation_name',
  'organisations.path as organisation_path',
  'organisations.has_supervisor',
  'documents.state as document_state',
  'documents.monitoring_budget_light',
  'documents.monitoring_target_light',
  'documents.monitoring_worst_light',
  'documents.monitoring_red_count',
  'documents.monitoring_yellow_count',
  'documents.monitoring_executed',
  'documents.monitoring_budget_base',
  'documents.monitoring_execution_rate',
  'documents.monitoring_time_progress',
] as const;

/** The row as listEntries (monitoring-rounds.repository.ts) maps it. */
export function toEntryRow(row: {
  round_id: string;
  organisation_id: string;
  project: string;
  document_id: string | null;
  conclusion: string | null;
  conclusion_note: string | null;
  organisation_name: string;
  organisation_path: string;
  has_supervisor: number;
  document_state: string | null;
} & DocumentMonitoringSummaryColumns): RoundEntryRow {
  return {
    roundId: row.round_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationPath: row.organisation_path.split('/').filter(Boolean),
    hasSupervisor: Boolean(row.has_supervisor),
    project: row.project === '' ? null : row.project,
    documentId: row.document_id,
    documentState: (row.document_state as ReviewState | null) ?? null,
    conclusion: (row.conclusion as MonitoringConclusion | null) ?? null,
    conclusionNote: row.conclusion_note,
    summary:
      row.document_id === null
        ? null
        : {
            // Written from core Light ids by monitoring-summary-columns.ts only.
            budgetLight: (row.monitoring_budget_light as Light | null) ?? null,
            targetLight: (row.monitoring_target_light as Light | null) ?? null,
            worstLight: (row.monitoring_worst_light as Light | null) ?? null,
            redCount: Number(row.monitoring_red_count ?? 0),
            yellowCount: Number(row.monitoring_yellow_count ?? 0),
            executedToDate: row.monitoring_executed ?? null,
            budgetBase: row.monitoring_budget_base ?? null,
            executionRate: row.monitoring_execution_rate ?? null,
            timeProgress: row.monitoring_time_progress ?? null,
          },
  };
}
