/**
 * Past indicators and what is derived from them: indicator_history (one row per indicator of an
 * approved document), indicator_names (one row per name key, searched by trigrams) and
 * indicator_statistics (per name key, year and sector). The only SQL on these tables (the
 * suggestions statement is in indicator-suggestions.repository.ts).
 */
import { PostgresAdapter, sql, type Kysely, type Selectable } from 'kysely';
import { createIndicatorSuggestionsQuery } from './indicator-suggestions.repository.ts';
import type { Database, IndicatorNamesTable, IndicatorStatisticsTable } from './schema.ts';

export interface HistoryRow {
  documentId: string;
  organisationId: string;
  year: number;
  kind: string;
  project: string;
  sector: string;
  nameKey: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  targetText: string | null;
  targetValue: number | null;
  actualText: string | null;
  actualValue: number | null;
}

export interface IndicatorName {
  nameKey: string;
  name: string;
  level1: string;
  level2: string;
  unit: string;
  direction: string;
  uses: number;
  entryId: string | null;
}

export type StatisticsRow = IndicatorStatisticsTable;

export interface ObservationRow {
  organisationId: string;
  sector: string;
  target: number | null;
  actual: number | null;
}

/** Rows per INSERT: under SQLite's 32,766 bound parameters with 15 columns. */
const INSERT_BATCH = 1000;

function toIndicatorName(row: Selectable<IndicatorNamesTable>): IndicatorName {
  return { nameKey: row.name_key, name: row.name, level1: row.level1, level2: row.level2, unit: row.unit, direction: row.direction, uses: row.uses, entryId: row.entry_id };
}

export function createIndicatorHistoryRepository(db: Kysely<Database>) {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;

  /**
   * Adds `uses` to each name (creating it, and its search row on SQLite, the first time). The
   * first wording seen stays the name shown; an entry link is kept once set.
   */
  async function addNameUses(names: ReadonlyArray<Omit<IndicatorName, 'entryId'>>): Promise<void> {
    if (names.length === 0) return;
    const keys = names.map((name) => name.nameKey);
    const existing = new Set<string>();
    for (let start = 0; start < keys.length; start += INSERT_BATCH) {
      const rows = await db.selectFrom('indicator_names').select('name_key').where('name_key', 'in', keys.slice(start, start + INSERT_BATCH)).execute();
      for (const row of rows) existing.add(row.name_key);
    }
    for (const name of names) {
      if (existing.has(name.nameKey)) {
        if (name.uses !== 0) await db.updateTable('indicator_names').set({ uses: sql<number>`uses + ${name.uses}` }).where('name_key', '=', name.nameKey).execute();
        continue;
      }
      await db
        .insertInto('indicator_names')
        .values({ name_key: name.nameKey, name: name.name, level1: name.level1, level2: name.level2, unit: name.unit, direction: name.direction, uses: name.uses, entry_id: null })
        .execute();
      if (!isPostgres) await db.insertInto('indicator_names_search').values({ name: name.name, name_key: name.nameKey }).execute();
      existing.add(name.nameKey);
    }
  }

  return {
    addNameUses,
    ...createIndicatorSuggestionsQuery(db),

    /** Removes the rows of a document and its earlier revisions; returns the name keys and years touched. */
    async deleteByDocument(input: { organisationId: string; year: number; kind: string; project: string }): Promise<Array<{ nameKey: string; year: number }>> {
      const rows = await db
        .deleteFrom('indicator_history')
        .where('organisation_id', '=', input.organisationId)
        .where('year', '=', input.year)
        .where('kind', '=', input.kind)
        .where('project', '=', input.project)
        .returning(['name_key', 'year'])
        .execute();
      return rows.map((row) => ({ nameKey: row.name_key, year: row.year }));
    },

    async insertMany(rows: readonly HistoryRow[]): Promise<void> {
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        const values = rows.slice(start, start + INSERT_BATCH).map((row) => ({
          document_id: row.documentId,
          organisation_id: row.organisationId,
          year: row.year,
          kind: row.kind,
          project: row.project,
          sector: row.sector,
          name_key: row.nameKey,
          name: row.name,
          level1: row.level1,
          level2: row.level2,
          unit: row.unit,
          direction: row.direction,
          target_text: row.targetText,
          target_value: row.targetValue,
          actual_text: row.actualText,
          actual_value: row.actualValue,
        }));
        await db.insertInto('indicator_history').values(values).execute();
      }
    },

    /** Points a name key at an entry (creating the name with no uses when new); returns nothing. */
    async linkEntry(input: Omit<IndicatorName, 'uses'> & { entryId: string }): Promise<void> {
      const found = await db.selectFrom('indicator_names').select('name_key').where('name_key', '=', input.nameKey).executeTakeFirst();
      if (found) {
        await db.updateTable('indicator_names').set({ entry_id: input.entryId }).where('name_key', '=', input.nameKey).execute();
        return;
      }
      await addNameUses([{ ...input, uses: 0 }]);
      await db.updateTable('indicator_names').set({ entry_id: input.entryId }).where('name_key', '=', input.nameKey).execute();
    },

    /** Moves every name of one entry to another (merge). */
    async relinkEntry(input: { fromEntryId: string; toEntryId: string }): Promise<void> {
      await db.updateTable('indicator_names').set({ entry_id: input.toEntryId }).where('entry_id', '=', input.fromEntryId).execute();
    },

    async listNamesByKeys(keys: readonly string[]): Promise<IndicatorName[]> {
      if (keys.length === 0) return [];
      const rows = await db.selectFrom('indicator_names').selectAll().where('name_key', 'in', [...keys]).execute();
      return rows.map(toIndicatorName);
    },

    /** Every indicator of one name key and year (to recompute its statistics). */
    async listObservations(input: { nameKey: string; year: number }): Promise<ObservationRow[]> {
      const rows = await db
        .selectFrom('indicator_history')
        .select(['organisation_id', 'sector', 'target_value', 'actual_value'])
        .where('name_key', '=', input.nameKey)
        .where('year', '=', input.year)
        .execute();
      return rows.map((row) => ({ organisationId: row.organisation_id, sector: row.sector, target: row.target_value, actual: row.actual_value }));
    },

    /** Replaces the statistics of one name key and year (every sector, '' for all). */
    async replaceStatistics(input: { nameKey: string; year: number; rows: readonly StatisticsRow[] }): Promise<void> {
      await db.deleteFrom('indicator_statistics').where('name_key', '=', input.nameKey).where('year', '=', input.year).execute();
      if (input.rows.length > 0) await db.insertInto('indicator_statistics').values([...input.rows]).execute();
    },

    /** Adds statistics rows computed elsewhere (bulk loads: demo and benchmark seeding). */
    async insertStatistics(rows: readonly StatisticsRow[]): Promise<void> {
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await db.insertInto('indicator_statistics').values(rows.slice(start, start + INSERT_BATCH)).execute();
      }
    },

    /** Statistics rows of some name keys for some sectors ('' = all), newest year first. */
    async listStatistics(input: { nameKeys: readonly string[]; sectors: readonly string[]; beforeYear: number }): Promise<StatisticsRow[]> {
      if (input.nameKeys.length === 0) return [];
      return db
        .selectFrom('indicator_statistics')
        .selectAll()
        .where('name_key', 'in', [...input.nameKeys])
        .where('sector', 'in', [...input.sectors])
        .where('year', '<', input.beforeYear)
        .orderBy('year', 'desc')
        .execute();
    },

    /** A unit's own rows for some name keys before a year, newest first. */
    async listUnitRows(input: { organisationId: string; nameKeys: readonly string[]; beforeYear: number }): Promise<HistoryRow[]> {
      if (input.nameKeys.length === 0) return [];
      const rows = await db
        .selectFrom('indicator_history')
        .selectAll()
        .where('organisation_id', '=', input.organisationId)
        .where('name_key', 'in', [...input.nameKeys])
        .where('year', '<', input.beforeYear)
        .orderBy('year', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => ({
        documentId: row.document_id,
        organisationId: row.organisation_id,
        year: row.year,
        kind: row.kind,
        project: row.project,
        sector: row.sector,
        nameKey: row.name_key,
        name: row.name,
        level1: row.level1,
        level2: row.level2,
        unit: row.unit,
        direction: row.direction,
        targetText: row.target_text,
        targetValue: row.target_value,
        actualText: row.actual_text,
        actualValue: row.actual_value,
      }));
    },
  };
}

export type IndicatorHistoryRepository = ReturnType<typeof createIndicatorHistoryRepository>;
