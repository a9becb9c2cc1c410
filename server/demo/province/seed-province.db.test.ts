import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentKinds } from '../../../core/model.ts';
import { listStatesOfKind } from '../../../core/review/states.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../../test-support/test-database.ts';
import { seedProvince, type ProvinceCounts } from './seed-province.ts';

const small = { units: 20, years: 2, passwordHash: 'not-a-real-hash' };

/** Every row the generator wrote, as one digest per table (same seed → same digests). */
async function digestRows(database: TestDatabase): Promise<Record<string, string>> {
  const digest = (rows: unknown[]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  return {
    organisations: digest(await database.db.selectFrom('organisations').selectAll().orderBy('id').execute()),
    users: digest(await database.db.selectFrom('users').selectAll().orderBy('id').execute()),
    documents: digest(await database.db.selectFrom('documents').selectAll().orderBy('id').execute()),
  };
}

describe.each(await listTestDialects())('province generator on $dialect', ({ dialect, isAvailable }) => {
  const databases: TestDatabase[] = [];
  let first: TestDatabase;
  let counts: ProvinceCounts;

  beforeAll(async () => {
    if (!isAvailable) return;
    first = await createTestDatabase(dialect);
    databases.push(first);
    counts = await seedProvince(first.db, { ...small, seed: 7 });
  });
  afterAll(async () => {
    for (const database of databases) await database.close();
  });

  it.skipIf(!isAvailable)('writes the counts it reports: 20 units under bureaus and supervisors, 2 years, documents with indicators', async () => {
    const countRows = async (table: 'organisations' | 'users' | 'documents' | 'fiscal_years') =>
      Number((await first.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);
    expect(await countRows('organisations')).toBe(counts.organisations);
    expect(await countRows('users')).toBe(counts.users);
    expect(await countRows('documents')).toBe(counts.documents);
    expect(await countRows('fiscal_years')).toBe(2);
    const byKind = await first.db.selectFrom('organisations').select(['kind', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('kind').execute();
    expect(Object.fromEntries(byKind.map((row) => [row.kind, Number(row.count)]))).toMatchObject({ unit: 20 });
    expect(byKind.find((row) => row.kind === 'supervisor')?.count).toBeGreaterThan(0);
    // A target table for every unit-year, and a self-evaluation for every unit in the closed year.
    const targetTables = await first.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).where('kind', '=', 'target-table').executeTakeFirstOrThrow();
    expect(Number(targetTables.count)).toBe(40);
    expect(counts.indicators).toBeGreaterThan(counts.documents * 5);
    const years = await first.db.selectFrom('fiscal_years').selectAll().orderBy('year').execute();
    expect(years.map((year) => [year.year, Boolean(year.is_open)])).toEqual([[2025, false], [2026, true]]);
  });

  it.skipIf(!isAvailable)('leaves documents of every kind it generates in every state of its flow', async () => {
    const rows = await first.db.selectFrom('documents').select(['kind', 'state']).distinct().execute();
    // Monitoring tables (绩效运行监控表) are not generated yet: the province has no monitoring rounds.
    for (const kind of documentKinds.filter((kind) => kind !== 'monitoring')) {
      const states = rows.filter((row) => row.kind === kind).map((row) => row.state);
      expect(states.sort(), kind).toEqual([...listStatesOfKind(kind)].sort());
    }
  });

  it.skipIf(!isAvailable)('plants mistakes the checks find, and scores self-evaluations', async () => {
    const bodies = await first.db.selectFrom('documents').select(['body', 'kind', 'score']).execute();
    const codes = new Set(bodies.flatMap((row) => (JSON.parse(row.body) as { findings: { code: string }[] }).findings.map((finding) => finding.code)));
    expect(codes.size).toBeGreaterThan(0);
    const selfEvaluations = bodies.filter((row) => row.kind === 'self-evaluation');
    expect(selfEvaluations.every((row) => row.score !== null && Number(row.score) > 50)).toBe(true);
  });

  it.skipIf(!isAvailable)('writes the same rows for the same seed and other rows for another seed', async () => {
    const again = await createTestDatabase(dialect);
    const other = await createTestDatabase(dialect);
    databases.push(again, other);
    await seedProvince(again.db, { ...small, seed: 7 });
    await seedProvince(other.db, { ...small, seed: 8 });
    const expected = await digestRows(first);
    expect(await digestRows(again)).toEqual(expected);
    const different = await digestRows(other);
    expect(different.documents).not.toBe(expected.documents);
    expect(different.organisations).not.toBe(expected.organisations);
  });
});
