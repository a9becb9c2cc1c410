/**
 * The few SQL fragments of the overview that differ between SQLite and PostgreSQL: the child
 * organisation's id taken from a path, and exact decimal bands and sums of text columns (core's
 * toDecimal rule: a plain decimal, surrounding white space allowed; anything else is not counted).
 * SQLite uses the functions of sqlite-decimal-functions.ts; PostgreSQL numeric, which is exact.
 */
import { sql, type RawBuilder } from 'kysely';

export type OverviewDialect = 'sqlite' | 'postgres';

// JavaScript's trim() strips \s, which includes the no-break and ideographic spaces and the BOM.
const postgresSpace = String.raw`[\s\u00a0\u3000\ufeff]`;
const postgresDecimalPattern = String.raw`^${postgresSpace}*-?[0-9]+(\.[0-9]+)?${postgresSpace}*$`;

function postgresNumeric(column: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(case when ${column} ~ ${postgresDecimalPattern} then cast(regexp_replace(${column}, ${postgresSpace}, '', 'g') as numeric) end)`;
}

/** The id of the organisation directly below `prefix` ('/a/b/') on `path`; '' for the organisation at the prefix itself. */
export function childOfPath(dialect: OverviewDialect, path: RawBuilder<unknown>, prefix: string): RawBuilder<string> {
  // A literal, not a parameter: PostgreSQL must see the same text in the select list and GROUP BY.
  const rest = sql`substr(${path}, ${sql.lit(prefix.length + 1)})`;
  return dialect === 'postgres'
    ? sql<string>`split_part(${rest}, '/', 1)`
    : sql<string>`substr(${rest}, 1, instr(${rest}, '/') - 1)`;
}

/**
 * The decimal a text column holds, computed once per row: numeric (null when not a plain decimal)
 * on PostgreSQL; on SQLite the text itself, which decimal_band and decimal_sum parse.
 */
export function decimalValue(dialect: OverviewDialect, column: RawBuilder<unknown>): RawBuilder<unknown> {
  return dialect === 'postgres' ? postgresNumeric(column) : column;
}

/** 0 below the first edge, 1 from the first edge, …; null when there is no value. `value`: from decimalValue. */
export function bandOf(dialect: OverviewDialect, value: RawBuilder<unknown>, edges: readonly number[]): RawBuilder<number | null> {
  if (dialect === 'sqlite') return sql<number | null>`decimal_band(${sql.join([value, ...edges.map((edge) => sql.lit(edge))])})`;
  const steps = edges.map((edge) => sql`(case when ${value} >= ${sql.lit(edge)} then 1 else 0 end)`);
  return sql<number | null>`(case when ${value} is null then null else ${steps.length ? sql.join(steps, sql` + `) : sql.lit(0)} end)`;
}

/** Aggregate: the exact sum of the values, as text. `value`: from decimalValue. */
export function sumOf(dialect: OverviewDialect, value: RawBuilder<unknown>): RawBuilder<string | null> {
  return dialect === 'sqlite' ? sql<string | null>`decimal_sum(${value})` : sql<string | null>`cast(sum(${value}) as text)`;
}

/** Aggregate: how many values. `value`: from decimalValue. */
export function countOf(dialect: OverviewDialect, value: RawBuilder<unknown>): RawBuilder<number> {
  return dialect === 'sqlite' ? sql<number>`count(decimal_band(${value}))` : sql<number>`count(${value})`;
}
