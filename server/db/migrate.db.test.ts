import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';
import { migrateToLatest } from './migrate.ts';

const expectedTables = ['audit_entries', 'documents', 'fiscal_years', 'login_attempts', 'organisations', 'review_opinions', 'sessions', 'users'];

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
      await sql`insert into login_attempts (username, ip, at) values ('a', '1', 'x'), ('a', '1', 'y')`.execute(database.db);
      const ids = (await database.db.selectFrom('login_attempts').select('id').orderBy('id').execute()).map((row) => Number(row.id));
      expect(ids[1]).toBeGreaterThan(ids[0]!);
    } finally {
      await database.close();
    }
  });
});
