/** 评价结果通报 (published snapshots) and 结果应用 records. */
import type { Kysely, Selectable } from 'kysely';
import type { Grade } from '../../core/model.ts';
import type { BudgetSuggestion, ResultsNotice } from '../../core/results/index.ts';
import type { ResultsApplicationsTable } from './results-schema.ts';
import type { Database } from './schema.ts';

export interface PublishedNotice {
  year: number;
  notice: ResultsNotice;
  publishedBy: string;
  publishedAt: string;
}

export interface StoredApplication {
  organisationId: string;
  year: number;
  /** null for 部门整体. */
  project: string | null;
  grade: Grade | null;
  suggestion: BudgetSuggestion;
  changePercent: number | null;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

function toApplication(row: Selectable<ResultsApplicationsTable>): StoredApplication {
  return {
    organisationId: row.organisation_id,
    year: Number(row.year),
    project: row.project === '' ? null : row.project,
    grade: row.grade as Grade | null,
    suggestion: row.suggestion as BudgetSuggestion,
    changePercent: row.change_percent === null ? null : Number(row.change_percent),
    note: row.note,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export function createResultsRepository(db: Kysely<Database>) {
  return {
    async findPublished(year: number): Promise<PublishedNotice | null> {
      const row = await db.selectFrom('results_notices').selectAll().where('year', '=', year).executeTakeFirst();
      return row ? { year: Number(row.year), notice: JSON.parse(row.notice) as ResultsNotice, publishedBy: row.published_by, publishedAt: row.published_at } : null;
    },

    /** The years published, newest first, without their bodies. */
    async listPublished(): Promise<Array<{ year: number; publishedAt: string }>> {
      const rows = await db.selectFrom('results_notices').select(['year', 'published_at']).orderBy('year', 'desc').execute();
      return rows.map((row) => ({ year: Number(row.year), publishedAt: row.published_at }));
    },

    /** Publishes (or publishes again, replacing) the notice of its year. */
    async publish(input: PublishedNotice): Promise<void> {
      const values = { notice: JSON.stringify(input.notice), published_by: input.publishedBy, published_at: input.publishedAt };
      await db
        .insertInto('results_notices')
        .values({ year: input.year, ...values })
        .onConflict((conflict) => conflict.column('year').doUpdateSet(values))
        .execute();
    },

    async listApplications(filter: { year: number; organisationId?: string }): Promise<StoredApplication[]> {
      let query = db.selectFrom('results_applications').selectAll().where('year', '=', filter.year);
      if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
      return (await query.execute()).map(toApplication);
    },

    async saveApplication(application: StoredApplication): Promise<void> {
      const values = {
        grade: application.grade,
        suggestion: application.suggestion,
        change_percent: application.changePercent,
        note: application.note,
        updated_by: application.updatedBy,
        updated_at: application.updatedAt,
      };
      await db
        .insertInto('results_applications')
        .values({ organisation_id: application.organisationId, year: application.year, project: application.project ?? '', ...values })
        .onConflict((conflict) => conflict.columns(['organisation_id', 'year', 'project']).doUpdateSet(values))
        .execute();
    },
  };
}

export type ResultsRepository = ReturnType<typeof createResultsRepository>;
