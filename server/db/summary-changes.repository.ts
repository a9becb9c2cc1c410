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

/**
 * What changed in a year's summary since a kept answer was read (readChanges). `marker` is where
 * this read stands (PostgreSQL: its snapshot as text; SQLite: the highest change number), to be
 * given back as `since` by the next read of an answer kept from this one.
 */
export interface SummaryChanges extends SummaryGeneration {
  /** The organisations' part alone (year 0): renames and moves change every row, so no patch. */
  organisationsGeneration: string;
  marker: string;
  /**
   * The units whose documents of the year were written since `since` (possibly already seen: a
   * superset), or null when the rows that would tell were cut (or no `since`, or every year).
   */
  changedOrganisationIds: string[] | null;
}

export interface SummaryChangesOptions {
  /**
   * Cut summary_unit_changes when the marker moved this far past the last cut, or before any cut
   * past the year's oldest row (PostgreSQL: transaction ids; SQLite: rows written): the rows before the previous cut are deleted, so a kept
   * answer read since that cut can still be patched.
   */
  cutAfter?: number;
}

export function createSummaryChangesRepository(db: Kysely<Database>, options: SummaryChangesOptions = {}) {
  const cutAfter = options.cutAfter ?? 100_000;
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

  /**
   * Deletes the year's unit rows below the cut the previous cutting set, and sets the next cut
   * at where the log stands now. In one transaction; a concurrent cutting of the same year waits
   * on the horizon row (PostgreSQL) or the write lock (SQLite) and then finds nothing far enough.
   */
  async function cut(year: number): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const position = isPostgres
        ? sql<string>`txid_snapshot_xmin(txid_current_snapshot())`
        : sql<string>`coalesce((select seq from sqlite_sequence where name = 'summary_unit_changes'), 0)`;
      await trx
        .insertInto('summary_change_horizons')
        .values({ year, pruned_below: 0, next_cut: 0 })
        .onConflict((conflict) => conflict.column('year').doNothing())
        .execute();
      const horizon = await trx
        .selectFrom('summary_change_horizons')
        .select(['next_cut', position.as('position')])
        .where('year', '=', year)
        .$if(isPostgres, (query) => query.forUpdate())
        .executeTakeFirstOrThrow();
      if (BigInt(horizon.position) - BigInt(horizon.next_cut) <= BigInt(cutAfter)) return;
      // PostgreSQL: every transaction below a snapshot's xmin has ended; SQLite: numbers up to the cut.
      await trx
        .deleteFrom('summary_unit_changes')
        .where('year', '=', year)
        .where('transaction_id', isPostgres ? '<' : '<=', horizon.next_cut)
        .execute();
      await trx
        .updateTable('summary_change_horizons')
        .set({ pruned_below: horizon.next_cut, next_cut: horizon.position })
        .where('year', '=', year)
        .execute();
    });
  }

  return {
    /**
     * The generation of a year with what changed in it since `since` (a marker of an earlier
     * read), in one statement: the marker, the generation and the changed units are of one
     * snapshot, so every write the marker stands after is in the generation and the units, and
     * the rows read after this statement are at least as new.
     */
    async readChanges(year: number | undefined, since?: string): Promise<SummaryChanges> {
      const years = year === undefined ? sql`` : sql`where year in (${year}, 0)`;
      const position = isPostgres
        ? sql<string>`txid_current_snapshot()::text`
        : sql<string>`coalesce((select seq from sqlite_sequence where name = 'summary_unit_changes'), 0)`;
      const changed =
        year === undefined || since === undefined
          ? sql<null>`null`
          : isPostgres
            ? sql<string[] | null>`(select case when txid_snapshot_xmin(${since}::txid_snapshot) >= coalesce(
                  (select pruned_below from summary_change_horizons where year = ${year}), 0)
                then coalesce(array_agg(distinct organisation_id), '{}') end
                from summary_unit_changes where year = ${year}
                  and transaction_id >= txid_snapshot_xmin(${since}::txid_snapshot)
                  and not txid_visible_in_snapshot(transaction_id, ${since}::txid_snapshot))`
            : sql<string | null>`(select case when ${Number(since)} >= coalesce(
                  (select pruned_below from summary_change_horizons where year = ${year}), 0)
                then json_group_array(organisation_id) end
                from (select distinct organisation_id from summary_unit_changes
                  where year = ${year} and transaction_id > ${Number(since)}))`;
      const { rows } = await sql<{
        generation: string | number;
        organisations_generation: string | number;
        rows: string | number;
        marker: string | number;
        changed: string[] | string | null;
        next_cut: string | number | null;
      }>`select
          (select coalesce(sum(weight), 0) from summary_changes ${years}) as generation,
          (select coalesce(sum(weight), 0) from summary_changes where year = 0) as organisations_generation,
          (select count(*) from summary_changes ${years}) as rows,
          ${position} as marker,
          ${changed} as changed,
          coalesce((select next_cut from summary_change_horizons where year = ${year ?? -1}),
            (select min(transaction_id) from summary_unit_changes where year = ${year ?? -1})) as next_cut`.execute(db);
      const row = rows[0]!;
      const marker = String(row.marker);
      const changedOrganisationIds =
        row.changed === null ? null : typeof row.changed === 'string' ? (JSON.parse(row.changed) as string[]) : row.changed;
      const result: SummaryChanges = {
        generation: String(row.generation),
        rows: Number(row.rows),
        organisationsGeneration: String(row.organisations_generation),
        marker,
        changedOrganisationIds,
      };
      await tidy(year, result.rows);
      if (year !== undefined) {
        const at = isPostgres ? BigInt(marker.slice(0, marker.indexOf(':'))) : BigInt(marker);
        // Before the first cut, the oldest row stands for the cut: a year whose log is young is not cut, however
        // far the database's transaction ids are (a new database on a PostgreSQL server long in use).
        if (row.next_cut !== null && at - BigInt(row.next_cut) > BigInt(cutAfter)) await cut(year);
      }
      return result;
    },

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
      await tidy(year, result.rows);
      return result;
    },
  };

  /** Folding leaves the sum as it is: a generation read before stays right. */
  async function tidy(year: number | undefined, rows: number): Promise<void> {
    if (isPostgres && rows > foldAbove) {
      const years = await db
        .selectFrom('summary_changes')
        .select('year')
        .distinct()
        .$if(year !== undefined, (q) => q.where('year', 'in', [year!, 0]))
        .execute();
      for (const { year: each } of years) await fold(each);
    }
  }
}

export type SummaryChangesRepository = ReturnType<typeof createSummaryChangesRepository>;
