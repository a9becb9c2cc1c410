import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import { createFiscalYearsRepository } from './fiscal-years.repository.ts';

const postgres = (await listTestDialects()).find((each) => each.dialect === 'postgres');

describe.skipIf(!postgres?.isAvailable)('statements sent named on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('prepares a hot lookup by name on the connection and leaves other statements unnamed', async () => {
    const prepared = await database.db.transaction().execute(async (transaction) => {
      // isClosed runs a prepared-statement.ts lookup; list is an ordinary query.
      expect(await createFiscalYearsRepository(transaction).isClosed(2031)).toBe(false);
      expect(await createFiscalYearsRepository(transaction).isClosed(2032)).toBe(false);
      await createFiscalYearsRepository(transaction).list();
      return (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(transaction)).rows;
    });
    const lookups = prepared.filter((each) => each.statement.includes('"fiscal_years"'));
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.name).toMatch(/^jixiao_\d+$/);
    expect(lookups[0]?.statement).toContain('"is_open"');
  });
});
