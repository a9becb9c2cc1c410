/**
 * One read and one save at a time, as bench/api-request-cost.ts, for this checkout and another
 * (e.g. main before a change) in the same process, in alternating blocks: on a shared machine the
 * load moves within seconds, and a before/after from separate runs minutes apart measured the load
 * more than the change. Prints the median and least CPU µs per request of each side's blocks (and
 * PostgreSQL's own CPU per request).
 * `npx tsx bench/api-cost-ab.ts /path/to/other/checkout` (its node_modules and ../shared as here;
 * DATABASE_URL for PostgreSQL). BENCH_AB_BLOCKS (default 12) blocks of BENCH_AB_REQUESTS (200) per
 * side and line; BENCH_COST_LINES and BENCH_API_DIALECTS as in api-request-cost.ts; BENCH_API_WORKERS=1
 * gives both sides their worker pool.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dialect } from '../server/db/connect.ts';
import { createPostgresCpuReader } from './postgres-cpu.ts';
import { prepareCostRuns } from './cost-runs.ts';
import { median } from './measurement.ts';
import type { TestApp } from '../server/test-support/create-test-app.ts';

const otherArgument = process.argv[2];
if (!otherArgument) throw new Error('usage: npx tsx bench/api-cost-ab.ts /path/to/other/checkout');
const other: string = otherArgument;
const blocks = Number(process.env.BENCH_AB_BLOCKS ?? 12);
const requests = Number(process.env.BENCH_AB_REQUESTS ?? 200);
const lines = process.env.BENCH_COST_LINES?.split(',') ?? ['read', 'save'];
const dialects = process.env.BENCH_API_DIALECTS?.split(',');

/** The app of the checkout at `root`, with one bench document and a signed-in filler: its read and save. */
async function startSide(root: string, dialect: Dialect) {
  const load = async <T>(file: string) => (await import(pathToFileURL(path.join(root, file)).href)) as T;
  const { readSeed } = await load<typeof import('../test-support/seeds.ts')>('test-support/seeds.ts');
  const { readText } = await load<typeof import('../documents/text/read-text.ts')>('documents/text/read-text.ts');
  const { analyseDocument } = await load<typeof import('../core/analyse.ts')>('core/analyse.ts');
  const { createTestApp } = await load<typeof import('../server/test-support/create-test-app.ts')>('server/test-support/create-test-app.ts');
  // BENCH_API_WORKERS=1: each side's server with its worker-thread pool, as server/app.ts runs it
  // (process.cpuUsage counts the workers' threads too).
  const testApp = await createTestApp({ dialect, withDemoDocuments: true, responseCheck: 'fast', withWorkerPool: process.env.BENCH_API_WORKERS === '1' });
  const runs = await prepareCostRuns({ testApp: testApp as unknown as TestApp, readSeed, readText, analyseDocument });
  const readDatabaseCpu = dialect === 'postgres' ? await createPostgresCpuReader(testApp.database.db as never) : null;
  return { runs, readDatabaseCpu, close: () => testApp.close() };
}

async function compare(dialect: Dialect): Promise<void> {
  const sides = { this: await startSide(process.cwd(), dialect), other: await startSide(path.resolve(other), dialect) };
  try {
    for (const line of lines) {
      const cpu: Record<string, number[]> = { this: [], other: [] };
      const database: Record<string, number[]> = { this: [], other: [] };
      for (let block = 0; block < blocks; block += 1) {
        // Which side goes first alternates too.
        const order = block % 2 === 0 ? (['this', 'other'] as const) : (['other', 'this'] as const);
        for (const name of order) {
          const side = sides[name];
          const run = side.runs[line]!;
          for (let index = 0; index < 20; index += 1) await run();
          const before = process.cpuUsage();
          const databaseBefore = side.readDatabaseCpu?.();
          for (let index = 0; index < requests; index += 1) await run();
          const used = process.cpuUsage(before);
          cpu[name]!.push((used.user + used.system) / requests);
          if (side.readDatabaseCpu && databaseBefore !== undefined) database[name]!.push((side.readDatabaseCpu() - databaseBefore) / requests);
        }
      }
      for (const name of ['other', 'this'] as const) {
        const label = name === 'this' ? 'this checkout' : path.resolve(other);
        const own = database[name]!.length ? `; PostgreSQL's own median ${Math.round(median(database[name]!))} µs` : '';
        console.log(`${dialect} ${line}, ${label}: median ${Math.round(median(cpu[name]!))} µs CPU, least ${Math.round(Math.min(...cpu[name]!))} µs (${blocks} blocks of ${requests})${own}`);
      }
    }
  } finally {
    await sides.this.close();
    await sides.other.close();
  }
}

const { listTestDialects } = await import('../server/test-support/test-database.ts');
for (const { dialect, isAvailable } of await listTestDialects()) {
  if (dialects && !dialects.includes(dialect)) continue;
  if (!isAvailable) console.log(`${dialect}: skipped (set DATABASE_URL)`);
  else await compare(dialect);
}
