/** money_sum on SQLite adds decimal text exactly, where sum() would go through floating point. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

describe('money_sum on SQLite', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite', { shouldMigrate: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('adds 0.1 and 0.2 to exactly 0.3 and skips nulls, where sum() gives 0.30000000000000004', async () => {
    const values = sql`(select '0.1' as x union all select '0.2' union all select null)`;
    const row = await sql<{ exact: string; floating: number }>`select money_sum(x) as exact, sum(x) as floating from ${values}`.execute(database.db);
    expect(row.rows[0]).toEqual({ exact: '0.3', floating: 0.30000000000000004 });
  });

  it('keeps large amounts with many places exact and gives null for no value at all', async () => {
    const row = await sql<{ total: string }>`select money_sum(x) as total from (select '123456789012.345678' as x union all select '0.000001')`.execute(database.db);
    expect(row.rows[0]!.total).toBe('123456789012.345679');
    const empty = await sql<{ total: string | null }>`select money_sum(x) as total from (select null as x)`.execute(database.db);
    expect(empty.rows[0]!.total).toBeNull();
  });
});
