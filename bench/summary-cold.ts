/**
 * The kept summary's cold request against the path it replaced (issue 14 item 2), in one process
 * on one seeded province, request by request: each request follows the same UPDATE of one
 * document of the year, and each pair runs in the other order every round (ABBA), so the garbage
 * of one request does not always fall on the same line. Prints p50 wall and p50 CPU of the whole
 * process (worker threads included) per request, and on a local PostgreSQL p50 of the cluster's
 * own CPU (its processes from /proc, 10 ms ticks) and p95 of wall. "kept, cold" is the first
 * download after the write: since issue 14 item 2's patching, the kept answer patched.
 * `npx tsx bench/summary-cold.ts postgres://…` (or a SQLite file) [year] [rounds]
 */
import { readConfig } from '../server/config.ts';
import { connectPostgres, connectSqlite } from '../server/db/connect.ts';
import { createServiceDeps } from '../server/services/deps.ts';
import { exportSummaryWorkbook } from '../server/services/exports/export-summary-workbook.ts';
import { listSummaryRows } from '../server/services/reports/list-summary-rows.ts';
import { readSummaryJson, readSummaryWorkbook } from '../server/services/reports/read-kept-summary.ts';
import { toSummaryJson } from '../server/services/reports/summary-json.ts';
import { actorAt } from '../server/services/reports/summary-province-test-support.ts';
import { createHeavyWorkPool } from '../server/workers/heavy-work.ts';
import { median } from './measurement.ts';
import { createPostgresCpuReader } from './postgres-cpu.ts';

const target = process.argv[2] ?? process.env.DATABASE_URL ?? '';
const year = Number(process.argv[3] ?? 2025);
const rounds = Number(process.argv[4] ?? 16);
if (!target) throw new Error('usage: npx tsx bench/summary-cold.ts postgres://…|file.sqlite [year] [rounds]');

const connection = target.startsWith('postgres') ? connectPostgres({ url: target }) : connectSqlite(target);
const config = readConfig({ DEMO_DATA: 'false' });
// As the server runs it: the workbook is written in a warm worker thread.
const heavyWork = createHeavyWorkPool(config.workers, { isWarm: true });
await heavyWork.warmUp();
const deps = createServiceDeps({ db: connection.db, config, heavyWork });
const input = { actor: await actorAt(deps, 'o000001', 'finance-reviewer'), year };
const written = await connection.db
  .selectFrom('documents')
  .select('id')
  .where('year', '=', year)
  .orderBy('id')
  .limit(1)
  .executeTakeFirstOrThrow();
// A write that changes no value: the year's generation moves on all the same.
const write = () =>
  connection.db
    .updateTable('documents')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', written.id)
    .execute();

const pairs: Array<[string, () => Promise<unknown>]> = [
  ['rows, built as before', async () => toSummaryJson(await listSummaryRows(deps, input))],
  ['rows, kept, cold', () => readSummaryJson(deps, input)],
  ['workbook, built as before', () => exportSummaryWorkbook(deps, input)],
  ['workbook, kept, cold', () => readSummaryWorkbook(deps, input)],
];
const times = new Map(pairs.map(([name]) => [name, { wall: [] as number[], cpu: [] as number[], database: [] as number[] }]));
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the reader only runs `select pg_backend_pid()`
const readDatabaseCpu = target.startsWith('postgres') ? await createPostgresCpuReader(connection.db as any) : null;
try {
  // Round 0 warms up and is not counted.
  for (let round = 0; round <= rounds; round += 1) {
    const order = round % 2 === 0 ? pairs : [pairs[1]!, pairs[0]!, pairs[3]!, pairs[2]!];
    for (const [name, run] of order) {
      await write();
      const databaseBefore = readDatabaseCpu?.() ?? 0;
      const cpuBefore = process.cpuUsage();
      const startedAt = performance.now();
      await run();
      const wall = performance.now() - startedAt;
      const cpu = process.cpuUsage(cpuBefore);
      const database = (readDatabaseCpu?.() ?? 0) - databaseBefore;
      if (round === 0) continue;
      times.get(name)!.wall.push(wall);
      times.get(name)!.cpu.push((cpu.user + cpu.system) / 1000);
      times.get(name)!.database.push(database / 1000);
    }
  }
} finally {
  await heavyWork.close();
  await connection.db.destroy();
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
for (const [name, { wall, cpu, database }] of times)
  console.log(
    `${name}: wall p50 ${Math.round(median(wall))} / p95 ${Math.round(p95(wall))} ms, CPU p50 ${Math.round(median(cpu))} ms` +
      `${readDatabaseCpu ? `, PostgreSQL CPU p50 ${Math.round(median(database))} ms` : ''} (${wall.length} requests)`,
  );
