/**
 * 绩效总览 counted in the database (issue 14 item 2): for one year and one level of the
 * organisation tree, counts and sums per child organisation, in one statement over the latest
 * revision of each document the reader can see. A province's answer is a few dozen rows instead
 * of one row per document (BENCHMARKS.md, 2026-12-03: 22,228 rows, 12–17 s).
 */
import { expressionBuilder, PostgresAdapter, sql, type Kysely } from 'kysely';
import type { ReadScope } from '../../core/review/read-scope.ts';
import { createDocumentsRepository } from './documents.repository.ts';
import { bandOf, childOfPath, countOf, decimalValue, sumOf, type OverviewDialect } from './report-overview-sql.ts';
import type { Database } from './schema.ts';

/** The kinds tracked per unit and the states in which the unit still has to act (contract/report-overview.ts). */
const trackedKinds = ['target-table', 'self-evaluation', 'evaluation-report'];
const pendingStates = ['draft', 'returned'];
export const executionRateEdges = [60, 80, 90, 100] as const;
export const scoreEdges = [60, 70, 80, 90] as const;

/** One row of the overview statement; which fields are set depends on `section`. */
export interface OverviewSectionRow {
  section: 'states' | 'self' | 'rate-band' | 'score-band' | 'grade' | 'units' | 'unit-document';
  /** The child organisation ('' for documents of the level itself); the unit for 'unit-document'. */
  child: string | null;
  kind: string | null;
  state: string | null;
  documentId: string | null;
  band: number | null;
  grade: string | null;
  count: number;
  /** 'units': units behind; 'self': how many plain 执行率 and scores. */
  behind: number;
  rateSum: string | null;
  rateCount: number;
  scoreSum: string | null;
  scoreCount: number;
  executionRate: string | null;
  score: string | null;
}

export interface LevelOrganisation {
  id: string;
  name: string;
  kind: string;
  path: string[];
}

export interface LevelOrganisations {
  ancestors: LevelOrganisation[];
  /** Finance bureaus directly below the level: one counted row each. */
  financeChildren: LevelOrganisation[];
  /** 主管部门 and units of the level itself (not below a lower finance bureau). */
  members: LevelOrganisation[];
}

export function createReportOverviewRepository(db: Kysely<Database>) {
  const dialect: OverviewDialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  const documents = createDocumentsRepository(db);
  // Subqueries are built from an expression builder, so the query counter sees one statement each.
  const subquery = expressionBuilder<Database, never>();

  return {
    /**
     * In one statement: the organisations on the level's path (its trail), those directly below it,
     * and its own members: the 主管部门 and units below it that no lower finance bureau covers
     * (a county's units are rows of the county's overview; a city's are counted in its counties).
     */
    async listLevelOrganisations(input: { path: readonly string[]; prefix: string; parentId: string | null }): Promise<LevelOrganisations> {
      const isChild = (reference: string) => (input.parentId === null ? sql<boolean>`${sql.ref(reference)} is null` : sql<boolean>`${sql.ref(reference)} = ${input.parentId}`);
      const child = childOfPath(dialect, sql.ref('organisations.path'), input.prefix);
      const rows = await db
        .selectFrom('organisations')
        .select(['id', 'name', 'kind', 'parent_id', 'path'])
        .where((eb) =>
          eb.or([
            ...(input.path.length ? [eb('id', 'in', [...input.path])] : []),
            isChild('parent_id'),
            eb.and([
              eb('path', 'like', `${input.prefix}%`),
              eb('kind', '!=', 'finance-bureau'),
              sql<boolean>`${child} not in (select below.id from organisations as below where ${isChild('below.parent_id')} and below.kind = 'finance-bureau')`,
            ]),
          ]),
        )
        .execute();
      const toOrganisation = (row: (typeof rows)[number]) => ({ id: row.id, name: row.name, kind: row.kind, path: row.path.split('/').filter(Boolean) });
      const isBelow = (row: (typeof rows)[number]) => row.path.startsWith(input.prefix) && !input.path.includes(row.id);
      const children = rows.filter((row) => row.parent_id === input.parentId);
      const financeChildren = new Set(children.filter((row) => row.kind === 'finance-bureau').map((row) => row.id));
      return {
        ancestors: rows.filter((row) => input.path.includes(row.id)).map(toOrganisation),
        financeChildren: children.filter((row) => financeChildren.has(row.id)).map(toOrganisation),
        members: rows.filter((row) => isBelow(row) && row.kind !== 'finance-bureau').map(toOrganisation),
      };
    },

    /**
     * Years with documents the reader can see below the path, newest first, and whether each has
     * self-evaluations: per stored year, two EXISTS that stop at the first match, instead of
     * reading every document of every year (0.8 s for a province at 5 years).
     */
    async listYears(filter: { withinOrganisationPath: string[] | null; readScope: ReadScope }): Promise<Array<{ year: number; hasSelfEvaluations: boolean }>> {
      const readable = (kind: string | null) =>
        documents
          .selectRankedFigures({ readScope: filter.readScope, ...(filter.withinOrganisationPath ? { withinOrganisationPath: filter.withinOrganisationPath } : {}) }, subquery)
          .clearSelect()
          .select(sql.lit(1).as('found'))
          .where(sql<boolean>`documents.year = stored.year`)
          .$if(kind !== null, (query) => query.where('documents.kind', '=', kind as 'self-evaluation'));
      const { rows } = await sql<{ year: number; has_documents: boolean | number; has_self_evaluations: boolean | number }>`
        select stored.year, exists ${readable(null)} as has_documents, exists ${readable('self-evaluation')} as has_self_evaluations
        from (select distinct year from documents) as stored
        order by stored.year desc`.execute(db);
      return rows.filter((row) => Boolean(row.has_documents)).map((row) => ({ year: Number(row.year), hasSelfEvaluations: Boolean(row.has_self_evaluations) }));
    },

    /**
     * The overview's counts for the level at `prefix` ('/a/b/', or '/' for everything): per child
     * organisation, per kind × state, per band and grade, and the tracked documents of the level's own
     * units (those not below one of `financeChildIds`).
     */
    async countLevel(input: { year: number; prefix: string; financeChildIds: readonly string[]; readScope: ReadScope }): Promise<OverviewSectionRow[]> {
      const within = input.prefix === '/' ? {} : { withinOrganisationPath: input.prefix.split('/').filter(Boolean) };
      const ranked = documents.selectRankedFigures({ year: input.year, readScope: input.readScope, ...within }, subquery);
      const child = childOfPath(dialect, sql.ref('latest.organisation_path'), input.prefix);
      const unitChild = childOfPath(dialect, sql.ref('organisations.path'), input.prefix);
      const rate = sql.ref('rate_value');
      const score = sql.ref('score_value');
      const tracked = sql.join(trackedKinds.map((kind) => sql.lit(kind)));
      const pending = sql.join(pendingStates.map((state) => sql.lit(state)));
      // The level's own units: not below one of its finance bureaus.
      const isMember = input.financeChildIds.length
        ? sql`${child} not in (${sql.join(input.financeChildIds.map((id) => sql`${id}`))})`
        : sql`1 = 1`;
      // Every section has the same columns (a UNION ALL): typed nulls, for PostgreSQL.
      const nullText = sql`cast(null as text)`;
      const nullNumber = sql`cast(null as integer)`;
      const { rows } = await sql<Record<string, unknown>>`
        with latest as materialized (
          select * from (${ranked}) as ranked where revision_rank = 1
        ),
        self as materialized (
          select ${child} as child, ${decimalValue(dialect, sql.ref('execution_rate'))} as rate_value,
            ${decimalValue(dialect, sql.ref('summary_score'))} as score_value, summary_grade
          from latest where kind = 'self-evaluation'
        ),
        handed_in as (
          select organisation_id, count(*) as done from latest
          where kind in (${tracked}) and project = '' and state not in (${pending})
          group by organisation_id
        )
        select 'states' as section, ${nullText} as child, kind, state, ${nullText} as document_id, ${nullNumber} as band, ${nullText} as grade,
          count(*) as count, 0 as behind, ${nullText} as rate_sum, 0 as rate_count, ${nullText} as score_sum, 0 as score_count, ${nullText} as execution_rate, ${nullText} as score
        from latest group by kind, state
        union all
        select 'self', child, ${nullText}, ${nullText}, ${nullText}, ${nullNumber}, ${nullText},
          count(*), 0, ${sumOf(dialect, rate)}, ${countOf(dialect, rate)}, ${sumOf(dialect, score)}, ${countOf(dialect, score)}, ${nullText}, ${nullText}
        from self group by child
        union all
        select 'rate-band', ${nullText}, ${nullText}, ${nullText}, ${nullText}, band, ${nullText}, count(*), 0, ${nullText}, 0, ${nullText}, 0, ${nullText}, ${nullText}
        from (select ${bandOf(dialect, rate, executionRateEdges)} as band from self) as bands where band is not null group by band
        union all
        select 'score-band', ${nullText}, ${nullText}, ${nullText}, ${nullText}, band, ${nullText}, count(*), 0, ${nullText}, 0, ${nullText}, 0, ${nullText}, ${nullText}
        from (select ${bandOf(dialect, score, scoreEdges)} as band from self) as bands where band is not null group by band
        union all
        select 'grade', ${nullText}, ${nullText}, ${nullText}, ${nullText}, ${nullNumber}, summary_grade, count(*), 0, ${nullText}, 0, ${nullText}, 0, ${nullText}, ${nullText}
        from self group by summary_grade
        union all
        select 'units', ${unitChild}, ${nullText}, ${nullText}, ${nullText}, ${nullNumber}, ${nullText},
          count(*), sum(case when coalesce(handed_in.done, 0) < ${sql.lit(trackedKinds.length)} then 1 else 0 end), ${nullText}, 0, ${nullText}, 0, ${nullText}, ${nullText}
        from organisations left join handed_in on handed_in.organisation_id = organisations.id
        where organisations.kind = 'unit' and organisations.path like ${`${input.prefix}%`}
        group by ${unitChild}
        union all
        select 'unit-document', organisation_id, kind, state, id, ${nullNumber}, summary_grade, 1, 0, ${nullText}, 0, ${nullText}, 0, execution_rate, summary_score
        from latest where organisation_kind = 'unit' and kind in (${tracked}) and project = '' and ${isMember}
      `.execute(db);
      return rows.map((row) => ({
        section: row.section as OverviewSectionRow['section'],
        child: (row.child as string | null) ?? null,
        kind: (row.kind as string | null) ?? null,
        state: (row.state as string | null) ?? null,
        documentId: (row.document_id as string | null) ?? null,
        band: row.band === null ? null : Number(row.band),
        grade: (row.grade as string | null) ?? null,
        count: Number(row.count),
        behind: Number(row.behind ?? 0),
        rateSum: (row.rate_sum as string | null) ?? null,
        rateCount: Number(row.rate_count ?? 0),
        scoreSum: (row.score_sum as string | null) ?? null,
        scoreCount: Number(row.score_count ?? 0),
        executionRate: (row.execution_rate as string | null) ?? null,
        score: (row.score as string | null) ?? null,
      }));
    },
  };
}

export type ReportOverviewRepository = ReturnType<typeof createReportOverviewRepository>;
