/**
 * Suggestions in one statement (issue 13 "Speed"): the names found by trigram search, each joined
 * with its library entry, the latest earlier statistics of all units and of the unit's sector
 * (with the sector's values, to leave the unit out), and the unit's own rows of that name.
 * One round trip whatever the load: under 24 runnable processes on 2 cores each round trip
 * through the pool cost 2–15 ms, and the earlier two rounds of several queries missed 50 ms p95.
 * Part of the indicator history repository (indicator-history.repository.ts).
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';

/** More names than this containing a fragment: walk the names by use instead of sorting them all. */
export const CANDIDATE_LIMIT = 200;
const TRIGRAM_LENGTH = 3;

export interface SuggestionStatistics {
  year: number;
  users: number;
  targetCount: number;
  p10: number | null;
  median: number | null;
  p90: number | null;
  completionMedian: number | null;
}

export interface SuggestionRow {
  nameKey: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  uses: number;
  entry: {
    id: string;
    name: string;
    status: string;
    kind: string;
    unit: string;
    direction: string;
    definition: string;
    formula: string;
    scoringMethod: string;
    referenceValues: unknown;
  } | null;
  /** Latest earlier year, all units. */
  all: SuggestionStatistics | null;
  /** Latest earlier year, the unit's sector, with its sorted values. */
  peers: (SuggestionStatistics & { targetValues: number[]; completionValues: number[] }) | null;
  /** The unit's own rows of this name before the year, newest first. */
  own: Array<{ year: number; sector: string; targetText: string | null; targetValue: number | null; actualText: string | null; actualValue: number | null }>;
}

interface RawRow {
  name_key: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  uses: number | string;
  entry_id: string | null;
  entry_name: string | null;
  entry_status: string | null;
  entry_kind: string | null;
  entry_unit: string | null;
  entry_direction: string | null;
  entry_definition: string | null;
  entry_formula: string | null;
  entry_scoring_method: string | null;
  entry_reference_values: string | null;
  [statistic: string]: unknown;
  own_rows: string;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function readStatistics(row: RawRow, prefix: 'all' | 'peer'): SuggestionStatistics | null {
  const year = row[`${prefix}_year`];
  if (year === null || year === undefined) return null;
  const number = (name: string) => (row[`${prefix}_${name}`] === null ? null : Number(row[`${prefix}_${name}`]));
  return {
    year: Number(year),
    users: Number(row[`${prefix}_users`]),
    targetCount: Number(row[`${prefix}_target_count`]),
    p10: number('p10'),
    median: number('median'),
    p90: number('p90'),
    completionMedian: number('completion_median'),
  };
}

function parseNumbers(text: unknown): number[] {
  return typeof text === 'string' ? (JSON.parse(text) as number[]) : [];
}

function toSuggestionRow(row: RawRow): SuggestionRow {
  const peers = readStatistics(row, 'peer');
  const own = JSON.parse(row.own_rows) as Array<[number, string, string | null, number | null, string | null, number | null]>;
  return {
    nameKey: row.name_key,
    name: row.name,
    level1: row.level1,
    level2: row.level2,
    unit: row.unit,
    direction: row.direction,
    uses: Number(row.uses),
    entry:
      row.entry_id && row.entry_name !== null
        ? {
            id: row.entry_id,
            name: row.entry_name,
            status: row.entry_status ?? '',
            kind: row.entry_kind ?? '',
            unit: row.entry_unit ?? '',
            direction: row.entry_direction ?? '',
            definition: row.entry_definition ?? '',
            formula: row.entry_formula ?? '',
            scoringMethod: row.entry_scoring_method ?? '',
            referenceValues: JSON.parse(row.entry_reference_values ?? '[]') as unknown,
          }
        : null,
    all: readStatistics(row, 'all'),
    peers: peers ? { ...peers, targetValues: parseNumbers(row.peer_target_values), completionValues: parseNumbers(row.peer_completion_values) } : null,
    own: own.map(([year, sector, targetText, targetValue, actualText, actualValue]) => ({ year: Number(year), sector, targetText, targetValue, actualText, actualValue })),
  };
}

export function createIndicatorSuggestionsQuery(db: Kysely<Database>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const orderByUse = sql`order by n.uses desc, n.name, n.name_key`;

  /** The names to suggest: trigram candidates when few, else (or for 1–2 characters) a walk by use. */
  function pickNames(q: string, limit: number): { with: RawBuilder<unknown>; picked: RawBuilder<unknown> } {
    // SQLite's LIKE ignores ASCII case already. PostgreSQL's ILIKE folds every character and took
    // 8 times LIKE's time on 20,000 names; a fragment without cased letters (most Chinese) needs no folding.
    const hasCase = q.toLowerCase() !== q.toUpperCase();
    const contains = sql`n.name ${sql.raw(isPostgres && hasCase ? 'ilike' : 'like')} ${`%${escapeLike(q)}%`} escape '\\'`;
    if (Array.from(q).length < TRIGRAM_LENGTH) {
      return { with: sql``, picked: sql`picked as (select n.* from indicator_names n where ${contains} ${orderByUse} limit ${limit})` };
    }
    const candidates = isPostgres
      ? sql`select n.name_key from indicator_names n where ${contains} limit ${CANDIDATE_LIMIT}`
      : sql`select name_key from indicator_names_search where indicator_names_search match ${`"${q.replace(/"/g, '""')}"`} limit ${CANDIDATE_LIMIT}`;
    const count = sql`(select count(*) from candidates)`;
    return {
      with: sql`candidates as materialized (${candidates}),`,
      picked: sql`picked as (
        select * from (select n.* from indicator_names n where ${count} < ${CANDIDATE_LIMIT} and n.name_key in (select name_key from candidates) ${orderByUse} limit ${limit}) few
        union all
        select * from (select n.* from indicator_names n where ${count} >= ${CANDIDATE_LIMIT} and ${contains} ${orderByUse} limit ${limit}) walked
      )`,
    };
  }

  const ownRow = sql`h.year, h.sector, h.target_text, h.target_value, h.actual_text, h.actual_value`;
  const ownRows = isPostgres
    ? sql`coalesce(json_agg(json_build_array(${ownRow}) order by h.year desc, h.id desc)::text, '[]')`
    : sql`coalesce(json_group_array(json_array(${ownRow}) order by h.year desc, h.id desc), '[]')`;

  function statistics(alias: string, prefix: string, withValues: boolean) {
    const a = sql.raw(alias);
    const p = (name: string) => sql.raw(`${prefix}_${name}`);
    const values = withValues ? sql`, ${a}.target_values as ${p('target_values')}, ${a}.completion_values as ${p('completion_values')}` : sql``;
    return sql`${a}.year as ${p('year')}, ${a}.users as ${p('users')}, ${a}.target_count as ${p('target_count')}, ${a}.target_p10 as ${p('p10')},
      ${a}.target_median as ${p('median')}, ${a}.target_p90 as ${p('p90')}, ${a}.completion_median as ${p('completion_median')}${values}`;
  }

  function latestYear(sector: RawBuilder<unknown> | string, year: number) {
    return sql`(select max(x.year) from indicator_statistics x where x.name_key = p.name_key and x.sector = ${sector} and x.year < ${year})`;
  }

  return {
    /**
     * Up to `limit` names containing `q`, most used first, each with what a suggestion shows for
     * `organisationId` of `sector` ('' = no peers) writing a table of `year`.
     */
    async suggest(input: { q: string; limit: number; organisationId: string; sector: string; year: number }): Promise<SuggestionRow[]> {
      const q = input.q.trim();
      if (q === '') return [];
      const names = pickNames(q, input.limit);
      const result = await sql<RawRow>`
        with ${names.with} ${names.picked}
        select p.name_key, p.name, p.level1, p.level2, p.unit, p.direction, p.uses, p.entry_id,
          e.name as entry_name, e.status as entry_status, e.kind as entry_kind, e.unit as entry_unit, e.direction as entry_direction,
          e.definition as entry_definition, e.formula as entry_formula, e.scoring_method as entry_scoring_method, e.reference_values as entry_reference_values,
          ${statistics('sa', 'all', false)},
          ${statistics('sp', 'peer', true)},
          (select ${ownRows} from indicator_history h where h.organisation_id = ${input.organisationId} and h.name_key = p.name_key and h.year < ${input.year}) as own_rows
        from picked p
        left join indicator_library_entries e on e.id = p.entry_id
        left join indicator_statistics sa on sa.name_key = p.name_key and sa.sector = '' and sa.year = ${latestYear('', input.year)}
        left join indicator_statistics sp on sp.name_key = p.name_key and ${input.sector} <> '' and sp.sector = ${input.sector} and sp.year = ${latestYear(input.sector, input.year)}
        order by p.uses desc, p.name, p.name_key`.execute(db);
      return result.rows.map(toSuggestionRow);
    },
  };
}
