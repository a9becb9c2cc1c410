import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';
import { migrateToLatest } from './migrate.ts';

const expectedTables = ['audit_entries', 'documents', 'fiscal_years', 'known_devices', 'login_throttles', 'organisations', 'review_opinions', 'sessions', 'users'];

describe.each(await listTestDialects())('migrations on $dialect', ({ dialect, isAvailable }) => {
  it.skipIf(!isAvailable)('creates every table from an empty database and is idempotent', async () => {
    const database = await createTestDatabase(dialect, { shouldMigrate: false });
    try {
      const applied = await migrateToLatest(database.db, { schema: database.schema });
      expect(applied.length).toBeGreaterThanOrEqual(3);
      expect(applied).toEqual([...applied].sort());
      const tables = (await database.db.introspection.getTables()).map((table) => table.name).sort();
      expect(tables).toEqual(expect.arrayContaining(expectedTables));
      expect(await migrateToLatest(database.db, { schema: database.schema })).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it.skipIf(!isAvailable)('numbers serial keys itself, increasing', async () => {
    const database = await createTestDatabase(dialect);
    try {
      await sql`insert into organisations (id, parent_id, kind, name, path, created_at) values ('o', null, 'unit', 'o', '/o/', 'x')`.execute(database.db);
      await sql`insert into documents (id, organisation_id, year, kind, project, revision, state, version, body, created_at, updated_at) values ('d', 'o', 2026, 'target-table', '', 1, 'draft', 1, '{}', 'x', 'x')`.execute(database.db);
      await sql`insert into audit_entries (document_id, at, action) values ('d', 'x', 'a'), ('d', 'y', 'b')`.execute(database.db);
      const ids = (await database.db.selectFrom('audit_entries').select('id').orderBy('id').execute()).map((row) => Number(row.id));
      expect(ids[1]).toBeGreaterThan(ids[0]!);
    } finally {
      await database.close();
    }
  });
});
