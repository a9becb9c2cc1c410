/**
 * The unit change log (summary_unit_changes) is cut now and then (summary-changes.repository.ts readChanges): a
 * year's rows are cut when its oldest row, or its last cut, lies far behind where the log stands. A young log is
 * never cut, however far the database's counter stands (a new database on a PostgreSQL server long in use:
 * transaction ids in the hundreds of thousands; before, every year's first read cut, in four statements more).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import { createSummaryChangesRepository } from './summary-changes.repository.ts';

const year = 2031;

describe.each(await listTestDialects())('cutting the unit change log on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  /** A row of the log `behind` positions before where it stands (PostgreSQL: transaction ids; SQLite: row numbers). */
  async function noteChange(db: TestDatabase['db'], behind: number): Promise<void> {
    const position =
      dialect === 'postgres' ? Number((await sql<{ id: string }>`select txid_current() as id`.execute(db)).rows[0]!.id) : 1_000_000;
    await sql`insert into summary_unit_changes (year, transaction_id, organisation_id) values (${year}, ${position - behind}, ${`o-${behind}`})`.execute(db);
  }
  const horizons = async (db: TestDatabase['db']) =>
    Number((await sql<{ count: string | number }>`select count(*) as count from summary_change_horizons where year = ${year}`.execute(db)).rows[0]!.count);

  it.skipIf(!isAvailable)('leaves a young log as it is, far as the counter stands', async () => {
    database = await createTestDatabase(dialect);
    await noteChange(database.db, 0);
    await createSummaryChangesRepository(database.db, { cutAfter: 100 }).readChanges(year);
    expect(await horizons(database.db)).toBe(0);
  });

  it.skipIf(!isAvailable)('cuts a log whose oldest row lies further behind than the cut distance', async () => {
    database = await createTestDatabase(dialect);
    await noteChange(database.db, 0);
    await noteChange(database.db, 1_000);
    await createSummaryChangesRepository(database.db, { cutAfter: 100 }).readChanges(year);
    expect(await horizons(database.db)).toBe(1);
  });
});
