import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects } from '../test-support/test-database.ts';

const postgres = (await listTestDialects()).find((each) => each.dialect === 'postgres');

describe('stored bodies on PostgreSQL (migration 20261205140000)', () => {
  it.skipIf(!postgres?.isAvailable)('are compressed with lz4 where the server has it, and read back as written', async () => {
    const database = await createTestDatabase('postgres');
    try {
      const { rows } = await sql<{ available: boolean }>`select 'lz4' = any(enumvals) as available from pg_settings where name = 'default_toast_compression'`.execute(database.db);
      // A body large enough to be compressed: repeated indicator-like text, as a document's rows are.
      const body = JSON.stringify({ goals: Array.from({ length: 400 }, (_, index) => ({ name: `巡逻次数${index % 7}`, target: '≥95%' })) });
      await sql`insert into organisations (id, parent_id, kind, name, path, created_at) values ('o', null, 'unit', 'o', '/o/', 'x')`.execute(database.db);
      await sql`insert into documents (id, organisation_id, year, kind, project, revision, state, version, body, created_at, updated_at) values ('d', 'o', 2026, 'target-table', '', 1, 'draft', 1, ${body}, 'x', 'x')`.execute(database.db);
      const stored = await sql<{ body: string; compression: string | null }>`select body, pg_column_compression(body) as compression from documents where id = 'd'`.execute(database.db);
      expect(stored.rows[0]?.body).toBe(body);
      expect(stored.rows[0]?.compression).toBe(rows[0]?.available ? 'lz4' : 'pglz');
    } finally {
      await database.close();
    }
  });
});
