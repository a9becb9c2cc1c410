/**
 * What ONE read and ONE save cost the server, one request at a time (no concurrency, so the
 * numbers hardly move with the machine's load): CPU µs per request of this thread (app.inject:
 * routing, hooks, handler, serialisation; the HTTP parser and socket write left out), and the SQL
 * statements each sends. `npx tsx bench/api-request-cost.ts` (DATABASE_URL for PostgreSQL);
 * `node --cpu-prof --import tsx bench/api-request-cost.ts` for a CPU profile of the same loop.
 * BENCH_COST_REQUESTS sets the requests per line and round (default 1,000; 3 rounds, BENCH_COST_ROUNDS), BENCH_COST_LINES=read,save and
 * BENCH_API_DIALECTS=sqlite,postgres pick what runs. SQLite runs in a file with its WAL, as the server
 * runs it (BENCH_API_SQLITE=memory: in memory, as runs before 2026-12-05 did).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeed } from '../test-support/seeds.ts';
import { readText } from '../documents/text/read-text.ts';
import { analyseDocument } from '../core/analyse.ts';
import { createTestApp } from '../server/test-support/create-test-app.ts';
import { listTestDialects } from '../server/test-support/test-database.ts';
import { createQueryCounter } from '../server/db/query-counter.ts';
import type { Dialect } from '../server/db/connect.ts';
import { createPostgresCpuReader } from './postgres-cpu.ts';
import { prepareCostRuns } from './cost-runs.ts';

const requests = Number(process.env.BENCH_COST_REQUESTS ?? 1000);
const rounds = Number(process.env.BENCH_COST_ROUNDS ?? 3);
const lines = process.env.BENCH_COST_LINES?.split(',') ?? ['read', 'save'];
const dialects = process.env.BENCH_API_DIALECTS?.split(',');

async function measureDialect(dialect: Dialect): Promise<void> {
  const counter = createQueryCounter();
  const sqliteDirectory = dialect === 'sqlite' && process.env.BENCH_API_SQLITE !== 'memory' ? mkdtempSync(path.join(tmpdir(), 'jixiao-cost-')) : null;
  const testApp = await createTestApp({
    dialect,
    withDemoDocuments: true,
    responseCheck: 'fast',
    kyselyPlugins: [counter.plugin],
    ...(sqliteDirectory ? { sqliteFile: path.join(sqliteDirectory, 'jixiao.sqlite') } : {}),
  });
  try {
    const runs = await prepareCostRuns({ testApp, readSeed, readText, analyseDocument });
    // Rounds alternate the lines; the least CPU of the rounds is printed (other processes on a
    // shared machine only ever add to it).
    const best = new Map<string, { cpu: number; system: number; wall: number; statements: number; databaseCpu: number | null }>();
    const readDatabaseCpu = dialect === 'postgres' ? await createPostgresCpuReader(testApp.database.db as never) : null;
    for (let round = 0; round < rounds; round += 1) {
      for (const line of lines) {
        const run = runs[line];
        if (!run) throw new Error(`unknown line ${line}`);
        for (let index = 0; index < 100; index += 1) await run(); // warm-up
        counter.reset();
        const cpu = process.cpuUsage();
        const databaseCpuBefore = readDatabaseCpu?.();
        const started = performance.now();
        for (let index = 0; index < requests; index += 1) await run();
        const used = process.cpuUsage(cpu);
        const databaseCpu = readDatabaseCpu && databaseCpuBefore !== undefined ? (readDatabaseCpu() - databaseCpuBefore) / requests : null;
        const measured = { cpu: (used.user + used.system) / requests, system: used.system / requests, wall: ((performance.now() - started) * 1000) / requests, statements: counter.count / requests, databaseCpu };
        if (measured.cpu < (best.get(line)?.cpu ?? Infinity)) best.set(line, measured);
      }
    }
    for (const [line, { cpu, system, wall, statements, databaseCpu }] of best) {
      const database = databaseCpu === null ? '' : `, PostgreSQL's own processes ${Math.round(databaseCpu)} µs CPU`;
      console.log(`${dialect} ${line}: ${Math.round(cpu)} µs CPU (${Math.round(system)} of it in the kernel)${database}, ${Math.round(wall)} µs wall per request, ${statements.toFixed(2)} statements (BEGIN/COMMIT not counted); least CPU of ${rounds} rounds`);
    }
  } finally {
    await testApp.close();
    if (sqliteDirectory) rmSync(sqliteDirectory, { recursive: true, force: true });
  }
}

for (const { dialect, isAvailable } of await listTestDialects()) {
  if (dialects && !dialects.includes(dialect)) continue;
  if (!isAvailable) console.log(`${dialect}: skipped (set DATABASE_URL)`);
  else await measureDialect(dialect);
}
