/**
 * The year view at 10,000 units (issue 14 item 2): each unit of a subtree with the status of its
 * department-scope 目标表, 自评表 and 评价报告 for the year and its monitoring table in a round,
 * computed in SQL, so the counts over the whole scope and one page of units come in one statement
 * (window sums over every unit, then the page) instead of every unit built in memory. The rules are
 * get-year-status.ts's (the furthest revision handed in, else the latest; lateness from the year's
 * deadlines and the round's), given here as data the service works out: which kinds are past their
 * deadline and which units owe them (core/unit-deadlines.ts: set up before the deadline, or with
 * documents of the year or before), whether the round is past, who may be reminded.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ReviewState } from '../../core/review/states.ts';
import type { DeadlineOwners, UnitStart } from '../../core/unit-deadlines.ts';
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
  /** The kinds whose deadline has passed, with the units that owed it: one of those that has not handed it in is overdue. */
  overdueKinds: readonly { kind: YearStatusKind; owners: DeadlineOwners }[];
  /** The year's latest round with entries in the scope, and whether its deadline has passed. */
  round: { id: string; isPastDeadline: boolean } | null;
  remind: YearRemindRule;
}

export interface YearUnitConditions {
  filter: 'all' | 'outstanding' | 'returned' | 'overdue';
  /** The unit's document of this kind has this status. */
  kindStatus?: { kind: YearStatusKind; status: YearKindStatus };
  /** Text (lower case) in the unit's name or its 主管部门's. */
  search?: string;
}

export interface YearUnitCounts {
  all: number;
  outstanding: number;
  returned: number;
  overdue: number;
  remindable: number;
  /** Units meeting the conditions. */
  matching: number;
  /** The units do not all have the same 主管部门 (or none). */
  hasSeveralSupervisors: boolean;
}

export interface YearUnitRow {
  id: string;
  name: string;
  path: string[];
  /** The 主管部门 the unit sits under (core organisation-kinds: a unit's parent is a 主管部门 or a 财政部门). */
  supervisorName: string | null;
  /** When the unit was set up and its first documents' year: whether a deadline was its own. */
  start: UnitStart;
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
  // core isDeadlineOfUnit in SQL: created_at is an ISO instant (toISOString) on both databases, so text order is time order.
  const owes = (owners: DeadlineOwners) =>
    sql`(created_at < ${owners.createdBefore} or first_document_year <= ${owners.documentYearAtMost})`;
  const overdueParts = [
    ...scope.overdueKinds.map(({ kind, owners }) => sql`(${notIn(kind)} and ${owes(owners)})`),
    ...(scope.round?.isPastDeadline ? [sql`monitoring_state in (${editable})`] : []),
  ];
  const remindable = scope.remind.belowPath
    ? sql`case when units.path like ${`${formatOrganisationPath(scope.remind.belowPath)}_%`} and reminded.organisation_id is null then 1 else 0 end`
    : sql`0`;
  return sql`select statuses.*,
      case when ${sql.join(yearStatusKinds.map(notIn), sql` or `)} then 1 else 0 end as is_outstanding,
      case when target_status = 'returned' or self_status = 'returned' or report_status = 'returned' or monitoring_state = 'returned' then 1 else 0 end as is_returned,
      case when ${overdueParts.length ? sql.join(overdueParts, sql` or `) : truth(false)} then 1 else 0 end as is_overdue
    from (
      select units.id, units.name, units.path, units.created_at,
        (select min(earliest.year) from documents as earliest where earliest.organisation_id = units.id) as first_document_year,
        case when parents.kind = 'supervisor' then parents.name end as supervisor_name,
        ${sql.join(yearStatusKinds.map(statusOf))},
        ${monitoringState} as monitoring_state, ${isInRound} as is_in_round,
        ${remindable} as may_remind
      from organisations as units
      left join organisations as parents on parents.id = units.parent_id
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
      left join (
        select distinct organisation_id from notifications where dedupe_key = ${scope.remind.remindedTodayKey} and kind = 'reminder'
      ) as reminded on reminded.organisation_id = units.id
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
    const pattern = `%${conditions.search.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    parts.push(sql<SqlBool>`(lower(name) like ${pattern} escape '\\' or lower(supervisor_name) like ${pattern} escape '\\')`);
  }
  return parts.length === 0 ? truth(true) : sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

const toFlag = (value: unknown) => Number(value) === 1;

/** The sums over every unit of the scope; a window over the rows (`over ()`) or an aggregate of them. */
function selectCounts(matching: RawBuilder<SqlBool>, over: RawBuilder<unknown>) {
  return sql`count(*) ${over} as count_all, sum(is_outstanding) ${over} as count_outstanding, sum(is_returned) ${over} as count_returned,
    sum(is_overdue) ${over} as count_overdue, sum(case when is_outstanding = 1 and may_remind = 1 then 1 else 0 end) ${over} as count_remindable,
    sum(case when ${matching} then 1 else 0 end) ${over} as count_matching,
    min(coalesce(supervisor_name, '')) ${over} as first_supervisor, max(coalesce(supervisor_name, '')) ${over} as last_supervisor`;
}

function toCounts(row: Record<string, unknown> | undefined): YearUnitCounts {
  const count = (name: string) => Number(row?.[name] ?? 0);
  return {
    all: count('count_all'),
    outstanding: count('count_outstanding'),
    returned: count('count_returned'),
    overdue: count('count_overdue'),
    remindable: count('count_remindable'),
    matching: count('count_matching'),
    hasSeveralSupervisors: row !== undefined && row.first_supervisor !== row.last_supervisor,
  };
}

export function createYearStatusQueries(db: Kysely<Database>) {
  return {
    /**
     * One page of the units meeting `conditions` (overdue first, then outstanding, then the tree's
     * order) and the counts over every unit of the scope, in one statement: the counts ride on the
     * page's rows; a page with no rows (past the end, or nothing matches) counts in a second one.
     */
    async listYearUnitPage(input: { scope: YearUnitsScope; conditions: YearUnitConditions; offset: number; limit: number }): Promise<{ units: YearUnitRow[]; counts: YearUnitCounts }> {
      const matching = toConditions(input.conditions);
      const result = await sql<Record<string, string | number | null>>`
        select * from (
          select unit_status.*, ${selectCounts(matching, sql`over ()`)}, case when ${matching} then 1 else 0 end as is_matching
          from (${selectUnitStatus(input.scope)}) as unit_status
        ) as counted
        where is_matching = 1
        order by is_overdue desc, is_outstanding desc, path, id
        limit ${input.limit} offset ${input.offset}`.execute(db);
      let countRow: Record<string, unknown> | undefined = result.rows[0];
      if (!countRow) {
        const counted = await sql<Record<string, string | number | null>>`
          select ${selectCounts(matching, sql``)} from (${selectUnitStatus(input.scope)}) as unit_status`.execute(db);
        countRow = counted.rows[0];
      }
      const units = result.rows.map((row) => ({
        id: String(row.id),
        name: String(row.name),
        path: String(row.path).split('/').filter(Boolean),
        supervisorName: (row.supervisor_name as string | null) ?? null,
        start: { createdAt: String(row.created_at), firstDocumentYear: row.first_document_year === null ? null : Number(row.first_document_year) },
        statuses: Object.fromEntries(yearStatusKinds.map((kind) => [kind, row[`${columnPrefixes[kind]}_status`] as YearKindStatus])) as Record<YearStatusKind, YearKindStatus>,
        isInRound: toFlag(row.is_in_round),
        monitoringState: (row.monitoring_state as ReviewState | null) ?? null,
        isOutstanding: toFlag(row.is_outstanding),
        isReturned: toFlag(row.is_returned),
        isOverdue: toFlag(row.is_overdue),
      }));
      return { units, counts: toCounts(countRow) };
    },

    /** The earliest fiscal year each unit of the subtree has documents of (core UnitStart); units with none are left out. */
    async listFirstDocumentYears(input: { withinPath: string[] | null }): Promise<Map<string, number>> {
      const within = input.withinPath ? `${formatOrganisationPath(input.withinPath)}%` : '/%';
      const rows = await db
        .selectFrom('documents')
        .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
        .select(['documents.organisation_id', (eb) => eb.fn.min('documents.year').as('first_year')])
        .where('organisations.kind', '=', 'unit')
        .where('organisations.path', 'like', within)
        .groupBy('documents.organisation_id')
        .execute();
      return new Map(rows.map((row) => [row.organisation_id, Number(row.first_year)]));
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
