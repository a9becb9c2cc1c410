/** 指标库 entries: the only SQL on indicator_library_entries (docs/indicator-library.md). */
import type { Kysely } from 'kysely';
import { entrySchema, type LibraryEntry } from '../../core/indicator-library/entry.ts';
import type { Database, IndicatorLibraryEntriesTable } from './schema.ts';

type EntryRow = IndicatorLibraryEntriesTable;

export interface EntryFilter {
  q?: string | undefined;
  status?: LibraryEntry['status'] | undefined;
  kind?: LibraryEntry['kind'] | undefined;
  level1?: string | undefined;
  sector?: string | undefined;
  limit: number;
  offset: number;
}

// Stored JSON is ours, still parsed through the schema so a bad row fails loudly, not silently.
function toEntry(row: EntryRow): LibraryEntry {
  return entrySchema.parse({
    id: row.id,
    name: row.name,
    nameKey: row.name_key,
    level1: row.level1,
    level2: row.level2,
    kind: row.kind,
    definition: row.definition,
    formula: row.formula,
    unit: row.unit,
    direction: row.direction,
    scoringMethod: row.scoring_method,
    referenceValues: JSON.parse(row.reference_values) as unknown,
    tags: { sectors: JSON.parse(row.sectors) as unknown, function: row.function, scope: row.scope },
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: row.status,
    source: row.source,
    mergedInto: row.merged_into,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function toRow(entry: LibraryEntry, proposedBy: string | null): EntryRow {
  return {
    id: entry.id,
    name: entry.name,
    name_key: entry.nameKey,
    level1: entry.level1,
    level2: entry.level2,
    kind: entry.kind,
    definition: entry.definition,
    formula: entry.formula,
    unit: entry.unit,
    direction: entry.direction,
    scoring_method: entry.scoringMethod,
    reference_values: JSON.stringify(entry.referenceValues),
    sectors: JSON.stringify(entry.tags.sectors),
    function: entry.tags.function,
    scope: entry.tags.scope,
    valid_from: entry.validFrom,
    valid_to: entry.validTo,
    status: entry.status,
    source: entry.source,
    merged_into: entry.mergedInto,
    proposed_by: proposedBy,
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export function createIndicatorLibraryRepository(db: Kysely<Database>) {
  return {
    async insert(entry: LibraryEntry, proposedBy: string | null): Promise<LibraryEntry> {
      await db.insertInto('indicator_library_entries').values(toRow(entry, proposedBy)).execute();
      return entry;
    },

    async getById(id: string): Promise<LibraryEntry | null> {
      const row = await db.selectFrom('indicator_library_entries').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toEntry(row) : null;
    },

    /** Replaces every field but id, createdAt and who proposed it. */
    async update(entry: LibraryEntry): Promise<LibraryEntry> {
      const { id: _id, created_at: _created, proposed_by: _proposed, ...changes } = toRow(entry, null);
      await db.updateTable('indicator_library_entries').set(changes).where('id', '=', entry.id).execute();
      return entry;
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('indicator_library_entries').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** A page of entries, 共性 first then by name; merged entries are left out. */
    async list(filter: EntryFilter): Promise<{ items: LibraryEntry[]; total: number }> {
      let query = db.selectFrom('indicator_library_entries').where('merged_into', 'is', null);
      if (filter.q) query = query.where('name', 'like', `%${escapeLike(filter.q)}%`);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.level1) query = query.where('level1', '=', filter.level1);
      if (filter.sector) query = query.where('sectors', 'like', `%${escapeLike(JSON.stringify(filter.sector))}%`);
      const [rows, total] = await Promise.all([
        query.selectAll().orderBy('kind').orderBy('name').orderBy('id').limit(filter.limit).offset(filter.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toEntry), total: Number(total.count) };
    },

    /** Entries by id (suggestions join them to the names found). */
    async listByIds(ids: readonly string[]): Promise<LibraryEntry[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('indicator_library_entries').selectAll().where('id', 'in', [...ids]).execute();
      return rows.map(toEntry);
    },

    /** The live (not merged, not retired; with includeRetired, retired too) entry with this name key, if any. */
    async findLiveByNameKey(nameKey: string, options: { includeRetired?: boolean } = {}): Promise<LibraryEntry | null> {
      let query = db.selectFrom('indicator_library_entries').selectAll().where('name_key', '=', nameKey).where('merged_into', 'is', null);
      if (!options.includeRetired) query = query.where('status', '!=', 'retired');
      const row = await query.orderBy('created_at').executeTakeFirst();
      return row ? toEntry(row) : null;
    },

    /** Whether any entry, live or not, was ever keyed so (shipped entries are loaded once). */
    async hasNameKey(nameKey: string): Promise<boolean> {
      const row = await db.selectFrom('indicator_library_entries').select('id').where('name_key', '=', nameKey).executeTakeFirst();
      return row !== undefined;
    },

    /** Every entry, for the .xlsx export. */
    async listAll(): Promise<LibraryEntry[]> {
      const rows = await db.selectFrom('indicator_library_entries').selectAll().orderBy('kind').orderBy('name').execute();
      return rows.map(toEntry);
    },
  };
}

export type IndicatorLibraryRepository = ReturnType<typeof createIndicatorLibraryRepository>;
