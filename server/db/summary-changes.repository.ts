/**
 * The finance summary's generations (migration 20261206100000): triggers note every write that
 * changes what the summary shows; a generation is the sum of the noted weights of a year and of
 * year 0 (organisations). It only grows, so a kept answer is current while its generation is.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Above this many rows for the years asked, PostgreSQL's per-transaction rows are folded into one. */
const foldAbove = 256;

export interface SummaryGeneration {
  /** The sum of the weights, as text (a bigint on PostgreSQL). */
  generation: string;
  /** How many rows it summed (PostgreSQL: writing transactions since the last fold). */
  rows: number;
}

export function createSummaryChangesRepository(db: Kysely<Database>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  /**
   * Folds a year's rows into one of the same total, in one statement: rows committed meanwhile are
   * not deleted and still count; a fold that finds nothing (another one took the rows) adds nothing.
   */
  async function fold(year: number): Promise<void> {
    await sql`with folded as (delete from summary_changes where year = ${year} returning weight)
      insert into summary_changes (year, transaction_id, weight)
      select ${year}, txid_current(), sum(weight) from folded having count(*) > 0
      on conflict (year, transaction_id) do update set weight = summary_changes.weight + excluded.weight`.execute(
      db,
    );
  }

  return {
    /** The generation of one year's summary (with the organisations'), or of every year's. */
    async readGeneration(year: number | undefined): Promise<SummaryGeneration> {
      let query = db
        .selectFrom('summary_changes')
        .select([
          sql<string | number>`coalesce(sum(weight), 0)`.as('generation'),
          sql<string | number>`count(*)`.as('rows'),
        ]);
      if (year !== undefined) query = query.where('year', 'in', [year, 0]);
      const row = await query.executeTakeFirstOrThrow();
      const result = { generation: String(row.generation), rows: Number(row.rows) };
      // Folding leaves the sum as it is: the generation read above stays right.
      if (isPostgres && result.rows > foldAbove) {
        const years = await db
          .selectFrom('summary_changes')
          .select('year')
          .distinct()
          .$if(year !== undefined, (q) => q.where('year', 'in', [year!, 0]))
          .execute();
        for (const { year: each } of years) await fold(each);
      }
      return result;
    },
  };
}

export type SummaryChangesRepository = ReturnType<typeof createSummaryChangesRepository>;
