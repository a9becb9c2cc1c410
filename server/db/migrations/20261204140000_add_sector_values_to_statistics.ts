import { sql } from 'kysely';
import { isPostgres, type MigrationDb } from './helpers.ts';

/**
 * Issue 13, peers without the asking unit: a sector's statistics row keeps its year's targets and
 * completions (JSON text, sorted numbers), so a suggestion takes the unit's own values out of
 * the peers' spread in the same query instead of reading the history. Rows of all sectors ('')
 * keep none. Existing sector rows are filled from indicator_history (completion as
 * core/indicator-library/statistics.ts computeCompletion: actual ÷ target, inverted for 反向).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('indicator_statistics').addColumn('target_values', 'text').execute();
  await db.schema.alterTable('indicator_statistics').addColumn('completion_values', 'text').execute();
  const postgres = isPostgres(db);
  const aggregate = (value: ReturnType<typeof sql>) =>
    postgres ? sql`coalesce(json_agg(${value} order by ${value})::text, '[]')` : sql`coalesce(json_group_array(${value} order by ${value}), '[]')`;
  const completion = sql`case
      when n.direction = 'qualitative' or h.target_value is null or h.actual_value is null then null
      when n.direction = 'lower-better' then case when h.actual_value > 0 and h.target_value >= 0 then h.target_value / h.actual_value end
      else case when h.target_value > 0 and h.actual_value >= 0 then h.actual_value / h.target_value end
    end`;
  const target = sql`h.target_value`;
  await sql`update indicator_statistics set
      target_values = (select ${aggregate(target)} from indicator_history h
        where h.name_key = indicator_statistics.name_key and h.year = indicator_statistics.year and h.sector = indicator_statistics.sector and h.target_value is not null),
      completion_values = (select ${aggregate(sql`c.value`)} from (
          select ${completion} as value from indicator_history h join indicator_names n on n.name_key = h.name_key
          where h.name_key = indicator_statistics.name_key and h.year = indicator_statistics.year and h.sector = indicator_statistics.sector
        ) c where c.value is not null)
    where sector <> ''`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('indicator_statistics').dropColumn('completion_values').execute();
  await db.schema.alterTable('indicator_statistics').dropColumn('target_values').execute();
}
