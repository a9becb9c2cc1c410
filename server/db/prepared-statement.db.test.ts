/** prepareStatement: the same rows as the statement built anew, for every value, counted by plugins, inside transactions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import { createQueryCounter } from './query-counter.ts';
import { prepareStatement } from './prepared-statement.ts';

const yearsFrom = prepareStatement(['from', 'open'], (db, values) =>
  db.selectFrom('fiscal_years').select(['year', 'is_open']).where('year', '>=', values.from).where('is_open', '=', values.open).orderBy('year'),
);

describe.each(await listTestDialects())('prepareStatement on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    await database.db
      .insertInto('fiscal_years')
      .values([2022, 2023, 2024, 2025].map((year) => ({ year, is_open: year === 2023 ? 0 : 1 })))
      .execute();
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('gives each run its own values, as the statement built anew would', async () => {
    for (const [from, open] of [[2023, 1], [2020, 0], [2024, 1], [2030, 1]] as const) {
      const built = await database.db.selectFrom('fiscal_years').select(['year', 'is_open']).where('year', '>=', from).where('is_open', '=', open).orderBy('year').execute();
      expect(await yearsFrom.execute(database.db, { from, open })).toEqual(built);
    }
    expect((await yearsFrom.execute(database.db, { from: 2024, open: 1 })).map((row) => row.year)).toEqual([2024, 2025]);
    expect(await yearsFrom.executeTakeFirst(database.db, { from: 2030, open: 1 })).toBeUndefined();
  });

  it.skipIf(!isAvailable)('passes every run through the handle’s plugins (the query counter counts it)', async () => {
    const counter = createQueryCounter();
    const counted = database.db.withPlugin(counter.plugin);
    await yearsFrom.execute(counted, { from: 2022, open: 1 });
    await yearsFrom.execute(counted, { from: 2023, open: 0 });
    expect(counter.count).toBe(2);
  });

  it.skipIf(!isAvailable)('runs on a transaction’s handle and sees its uncommitted writes', async () => {
    const seen = await database.db
      .transaction()
      .execute(async (transaction) => {
        await transaction.updateTable('fiscal_years').set({ is_open: 0 }).where('year', '=', 2025).execute();
        const inside = await yearsFrom.execute(transaction, { from: 2025, open: 0 });
        throw Object.assign(new Error('roll back'), { inside });
      })
      .catch((error: { inside: unknown }) => error.inside);
    expect(seen).toEqual([{ year: 2025, is_open: 0 }]);
    expect(await yearsFrom.execute(database.db, { from: 2025, open: 0 })).toEqual([]);
  });
});
