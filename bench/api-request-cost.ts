/**
 * What ONE read and ONE save cost the server, one request at a time (no concurrency, so the
 * numbers hardly move with the machine's load): CPU µs per request of this thread (app.inject:
 * routing, hooks, handler, serialisation; the HTTP parser and socket write left out), and the SQL
 * statements each sends. `npx tsx bench/api-request-cost.ts` (DATABASE_URL for PostgreSQL);
 * `node --cpu-prof --import tsx bench/api-request-cost.ts` for a CPU profile of the same loop.
 * BENCH_COST_REQUESTS sets the requests per line and round (default 1,000; 3 rounds, BENCH_COST_ROUNDS), BENCH_COST_LINES=read,save and
 * BENCH_API_DIALECTS=sqlite,postgres pick what runs.
 */
import { readSeed } from '../test-support/seeds.ts';
import { readText } from '../documents/text/read-text.ts';
import { analyseDocument } from '../core/analyse.ts';
import { createTestApp } from '../server/test-support/create-test-app.ts';
import { listTestDialects } from '../server/test-support/test-database.ts';
import { createQueryCounter } from '../server/db/query-counter.ts';
import type { Dialect } from '../server/db/connect.ts';
import { createPostgresCpuReader } from './postgres-cpu.ts';

const requests = Number(process.env.BENCH_COST_REQUESTS ?? 1000);
const rounds = Number(process.env.BENCH_COST_ROUNDS ?? 3);
const lines = process.env.BENCH_COST_LINES?.split(',') ?? ['read', 'save'];
const dialects = process.env.BENCH_API_DIALECTS?.split(',');

async function measureDialect(dialect: Dialect): Promise<void> {
  const counter = createQueryCounter();
  const testApp = await createTestApp({ dialect, withDemoDocuments: true, responseCheck: 'fast', kyselyPlugins: [counter.plugin] });
  try {
    const parsed = readText(readSeed('000'));
    if (!parsed) throw new Error('seed 000 did not read');
    const body = analyseDocument(parsed);
    const organisationId = testApp.demo.organisations.police?.id;
    if (!organisationId) throw new Error('demo organisation police missing');
    const now = new Date().toISOString();
    const project = '基准测试项目0';
    await testApp.deps.repositories.documents.insert({
      id: 'cost-0', organisationId, year: 2023, kind: 'target-table', project, revision: 1, state: 'draft',
      body: { ...body, scope: 'project', project }, score: null, grade: null, createdAt: now, updatedAt: now, updatedBy: null,
    });
    const { headers } = await testApp.signIn('police-filler');
    const url = '/api/documents/cost-0';
    const read = await testApp.app.inject({ method: 'GET', url, headers });
    const detail = JSON.parse(read.body) as { version: number; body: { goals: { indicators: { target: { text: string } | null }[] }[] } };
    let version = detail.version;
    const indicator = detail.body.goals[0]!.indicators[0]!;
    const runs: Record<string, () => Promise<void>> = {
      read: async () => {
        const response = await testApp.app.inject({ method: 'GET', url, headers });
        if (response.statusCode !== 200) throw new Error(`read: ${response.statusCode}`);
      },
      save: async () => {
        const edited = { ...indicator, target: { ...indicator.target!, text: `≥${50 + (version % 40)}%` } };
        const response = await testApp.app.inject({
          method: 'PATCH',
          url: `${url}/indicators`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify({ expectedVersion: version, path: 'goals.0.indicators.0', indicator: edited }),
        });
        if (response.statusCode !== 200) throw new Error(`save: ${response.statusCode} ${response.body}`);
        version = (JSON.parse(response.body) as { version: number }).version;
      },
    };
    // Rounds alternate the lines; the least CPU of the rounds is printed (other processes on a
    // shared machine only ever add to it).
    const best = new Map<string, { cpu: number; wall: number; statements: number; databaseCpu: number | null }>();
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
        const measured = { cpu: (used.user + used.system) / requests, wall: ((performance.now() - started) * 1000) / requests, statements: counter.count / requests, databaseCpu };
        if (measured.cpu < (best.get(line)?.cpu ?? Infinity)) best.set(line, measured);
      }
    }
    for (const [line, { cpu, wall, statements, databaseCpu }] of best) {
      const database = databaseCpu === null ? '' : `, PostgreSQL's own processes ${Math.round(databaseCpu)} µs CPU`;
      console.log(`${dialect} ${line}: ${Math.round(cpu)} µs CPU${database}, ${Math.round(wall)} µs wall per request, ${statements.toFixed(2)} statements (BEGIN/COMMIT not counted); least CPU of ${rounds} rounds`);
    }
  } finally {
    await testApp.close();
  }
}

for (const { dialect, isAvailable } of await listTestDialects()) {
  if (dialects && !dialects.includes(dialect)) continue;
  if (!isAvailable) console.log(`${dialect}: skipped (set DATABASE_URL)`);
  else await measureDialect(dialect);
}
