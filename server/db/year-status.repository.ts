/**
 * The year view at 10,000 units (issue 14 item 2): each unit of a subtree with the status of its
 * department-scope 目标表, 自评表 and 评价报告 for the year and its monitoring table in a round,
 * computed in SQL, so the counts over the whole scope and one page of units are two statements
 * instead of every unit built in memory. The rules are get-year-status.ts's (the furthest revision
 * handed in, else the latest; lateness from the year's deadlines and the round's), given here as
 * data the service works out: which kinds are past their deadline, whether the round is.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ReviewState } from '../../core/review/states.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database } from './schema.ts';

/** The kinds in the order of their columns (target, self-evaluation, report). */
export const yearStatusKinds = ['target-table', 'self-evaluation', 'evaluation-report'] as const;
export type YearStatusKind = (typeof yearStatusKinds)[number];
export type YearKindStatus = 'missing' | 'draft' | 'returned' | 'handed-in';

export interface YearUnitsScope {
  year: number;
  /** The chosen organisation's path; null for every unit (the administrator without a choice). */
  withinPath: string[] | null;
  /** States in which a document has not been handed in (core editableStates). */
  editableStates: readonly ReviewState[];
  /** The kinds whose deadline has passed: a unit that has not handed one in is overdue. */
  overdueKinds: readonly YearStatusKind[];
  /** The year's latest round with entries in the scope, and whether its deadline has passed. */
  round: { id: string; isPastDeadline: boolean } | null;
}

export interface YearUnitConditions {
  filter: 'all' | 'outstanding' | 'returned' | 'overdue';
  /** The unit's document of this kind has this status. */
  kindStatus?: { kind: YearStatusKind; status: YearKindStatus };
  /** Text in the unit's name, or units whose parent is one of these (their 主管部门's name matched). */
  search?: { text: string; parentIds: readonly string[] };
}

export interface YearUnitCountRow {
  parentId: string | null;
  all: number;
  outstanding: number;
  returned: number;
  overdue: number;
  remindable: number;
  matching: number;
}

export interface YearUnitRow {
  id: string;
  name: string;
  path: string[];
  parentId: string | null;
  statuses: Record<YearStatusKind, YearKindStatus>;
  /** Whether the unit has an entry in the round; its shown entry's table state (null: no table). */
  isInRound: boolean;
  monitoringState: ReviewState | null;
  isOutstanding: boolean;
  isReturned: boolean;
  isOverdue: boolean;
}

/** Who may remind which units (core canRemindOrganisation), and today's 催报 dedupe key. */
export interface YearRemindRule {
  /** Units strictly below this organisation may be reminded by the actor; null: none. */
  belowPath: string[] | null;
  remindedTodayKey: string;
}

/** '' keeps IN lists non-empty (no state or id is ''). */
const inList = (values: readonly string[]) => sql.join([...values, ''].map((value) => sql`${value}`));
const truth = (value: boolean) => (value ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`);
const columnPrefixes: Record<YearStatusKind, string> = { 'target-table': 'target', 'self-evaluation': 'self', 'evaluation-report': 'report' };

/** One row per unit of the scope with its three statuses, its round state and the three flags. */
function selectUnitStatus(scope: YearUnitsScope): RawBuilder<unknown> {
  const within = scope.withinPath ? `${formatOrganisationPath(scope.withinPath)}%` : '/%';
  const editable = inList(scope.editableStates);
  // Per unit and kind: handed in (any revision), the latest revision returned, anything written.
  const perKind = yearStatusKinds.map((kind) => {
    const prefix = columnPrefixes[kind];
    return sql`max(case when ranked.kind = ${kind} and ranked.state not in (${editable}) then 1 else 0 end) as ${sql.ref(`${prefix}_in`)},
      max(case when ranked.kind = ${kind} and ranked.revision_rank = 1 and ranked.state = 'returned' then 1 else 0 end) as ${sql.ref(`${prefix}_returned`)},
      max(case when ranked.kind = ${kind} then 1 else 0 end) as ${sql.ref(`${prefix}_any`)}`;
  });
  const statusOf = (kind: YearStatusKind) => {
    const prefix = columnPrefixes[kind];
    return sql`case when ${sql.ref(`docs.${prefix}_in`)} = 1 then 'handed-in' when ${sql.ref(`docs.${prefix}_returned`)} = 1 then 'returned' when ${sql.ref(`docs.${prefix}_any`)} = 1 then 'draft' else 'missing' end as ${sql.ref(`${prefix}_status`)}`;
  };
  const monitoring = scope.round
    ? sql`left join (
        select entries.organisation_id, documents.state,
          row_number() over (partition by entries.organisation_id order by entries.project) as entry_rank
        from monitoring_round_entries as entries
        left join documents on documents.id = entries.document_id and documents.kind = 'monitoring'
        where entries.round_id = ${scope.round.id}
      ) as monitoring on monitoring.organisation_id = units.id and monitoring.entry_rank = 1`
    : sql``;
  const monitoringState = scope.round ? sql`monitoring.state` : sql`null`;
  const isInRound = scope.round ? sql`case when monitoring.organisation_id is null then 0 else 1 end` : sql`0`;
  const notIn = (kind: YearStatusKind) => sql`${sql.ref(`${columnPrefixes[kind]}_status`)} <> 'handed-in'`;
  const overdueParts = [
    ...scope.overdueKinds.map(notIn),
    ...(scope.round?.isPastDeadline ? [sql`monitoring_state in (${editable})`] : []),
  ];
  return sql`select statuses.*,
      case when ${sql.join(yearStatusKinds.map(notIn), sql` or `)} then 1 else 0 end as is_outstanding,
      case when target_status = 'returned' or self_status = 'returned' or report_status = 'returned' or monitoring_state = 'returned' then 1 else 0 end as is_returned,
      case when ${overdueParts.length ? sql.join(overdueParts, sql` or `) : truth(false)} then 1 else 0 end as is_overdue
    from (
      select units.id, units.name, units.path, units.parent_id,
        ${sql.join(yearStatusKinds.map(statusOf))},
        ${monitoringState} as monitoring_state, ${isInRound} as is_in_round
      from organisations as units
      left join (
        select ranked.organisation_id, ${sql.join(perKind)}
        from (
          select documents.organisation_id, documents.kind, documents.state,
            row_number() over (partition by documents.organisation_id, documents.kind order by documents.revision desc) as revision_rank
          from documents
          inner join organisations on organisations.id = documents.organisation_id
          where documents.year = ${scope.year} and documents.project = '' and documents.kind in (${inList(yearStatusKinds)})
            and organisations.kind = 'unit' and organisations.path like ${within}
        ) as ranked
        group by ranked.organisation_id
      ) as docs on docs.organisation_id = units.id
      ${monitoring}
      where units.kind = 'unit' and units.path like ${within}
    ) as statuses`;
}

function toConditions(conditions: YearUnitConditions): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  if (conditions.filter !== 'all') parts.push(sql<SqlBool>`${sql.ref(`is_${conditions.filter}`)} = 1`);
  if (conditions.kindStatus) parts.push(sql<SqlBool>`${sql.ref(`${columnPrefixes[conditions.kindStatus.kind]}_status`)} = ${conditions.kindStatus.status}`);
  if (conditions.search) {
    // LIKE with an explicit escape character, the same on both databases; % and _ typed are literal.
    const pattern = `%${conditions.search.text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    parts.push(sql<SqlBool>`(lower(name) like ${pattern} escape '\\' or parent_id in (${inList(conditions.search.parentIds)}))`);
  }
  return parts.length === 0 ? truth(true) : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

function toRemindable(rule: YearRemindRule): RawBuilder<SqlBool> {
  if (!rule.belowPath) return truth(false);
  return sql<SqlBool>`(is_outstanding = 1 and path like ${`${formatOrganisationPath(rule.belowPath)}_%`}
    and not exists (select 1 from notifications where notifications.organisation_id = unit_status.id and notifications.dedupe_key = ${rule.remindedTodayKey} and notifications.kind = 'reminder'))`;
}

const toFlag = (value: unknown) => Number(value) === 1;

export function createYearStatusQueries(db: Kysely<Database>) {
  return {
    /** Counts per parent organisation (few: the 主管部门), of every unit and of those meeting `matching`. */
    async countYearUnits(input: { scope: YearUnitsScope; remind: YearRemindRule; matching: YearUnitConditions }): Promise<YearUnitCountRow[]> {
      const result = await sql<Record<string, string | number | null>>`
        select parent_id, count(*) as all_units, sum(is_outstanding) as outstanding, sum(is_returned) as returned, sum(is_overdue) as overdue,
          sum(case when ${toRemindable(input.remind)} then 1 else 0 end) as remindable,
          sum(case when ${toConditions(input.matching)} then 1 else 0 end) as matching
        from (${selectUnitStatus(input.scope)}) as unit_status
        group by parent_id`.execute(db);
      return result.rows.map((row) => ({
        parentId: (row.parent_id as string | null) ?? null,
        all: Number(row.all_units),
        outstanding: Number(row.outstanding ?? 0),
        returned: Number(row.returned ?? 0),
        overdue: Number(row.overdue ?? 0),
        remindable: Number(row.remindable ?? 0),
        matching: Number(row.matching ?? 0),
      }));
    },

    /** One page of the units meeting `conditions`: overdue first, then outstanding, then the tree's order. */
    async listYearUnitPage(input: { scope: YearUnitsScope; conditions: YearUnitConditions; offset: number; limit: number }): Promise<YearUnitRow[]> {
      const result = await sql<Record<string, string | number | null>>`
        select * from (${selectUnitStatus(input.scope)}) as unit_status
        where ${toConditions(input.conditions)}
        order by is_overdue desc, is_outstanding desc, path, id
        limit ${input.limit} offset ${input.offset}`.execute(db);
      return result.rows.map((row) => ({
        id: String(row.id),
        name: String(row.name),
        path: String(row.path).split('/').filter(Boolean),
        parentId: (row.parent_id as string | null) ?? null,
        statuses: Object.fromEntries(yearStatusKinds.map((kind) => [kind, row[`${columnPrefixes[kind]}_status`] as YearKindStatus])) as Record<YearStatusKind, YearKindStatus>,
        isInRound: toFlag(row.is_in_round),
        monitoringState: (row.monitoring_state as ReviewState | null) ?? null,
        isOutstanding: toFlag(row.is_outstanding),
        isReturned: toFlag(row.is_returned),
        isOverdue: toFlag(row.is_overdue),
      }));
    },

    /** The 财政部门 and 主管部门 at or below `withinPath` (every one when null): the units' parents, few beside the units. */
    async listParentOrganisations(input: { withinPath: string[] | null }): Promise<Array<{ id: string; kind: string; name: string; path: string[] }>> {
      let query = db.selectFrom('organisations').select(['id', 'kind', 'name', 'path']).where('kind', '<>', 'unit');
      if (input.withinPath) query = query.where('path', 'like', `${formatOrganisationPath(input.withinPath)}%`);
      const rows = await query.execute();
      return rows.map((row) => ({ id: row.id, kind: row.kind, name: row.name, path: row.path.split('/').filter(Boolean) }));
    },

    /** Of these rounds (newest first), the first with an entry for a unit of the subtree. */
    async findLatestRoundWithUnits(input: { roundIds: readonly string[]; withinPath: string[] | null }): Promise<string | null> {
      if (input.roundIds.length === 0) return null;
      const within = input.withinPath ? `${formatOrganisationPath(input.withinPath)}%` : '/%';
      const rows = await db
        .selectFrom('monitoring_round_entries as entries')
        .innerJoin('organisations', 'organisations.id', 'entries.organisation_id')
        .select('entries.round_id')
        .distinct()
        .where('entries.round_id', 'in', input.roundIds)
        .where('organisations.kind', '=', 'unit')
        .where('organisations.path', 'like', within)
        .execute();
      const found = new Set(rows.map((row) => row.round_id));
      return input.roundIds.find((id) => found.has(id)) ?? null;
    },
  };
}
