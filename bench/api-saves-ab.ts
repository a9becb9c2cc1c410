/**
 * The API bench's save line (api-saves.ts) for this checkout and another (e.g. main before a
 * change), in alternating short blocks against both servers started side by side: on a machine
 * shared with other work the load moves within a minute, so two separate runs of the API bench
 * measured the load more than the change. Each side's server is that checkout's own
 * (its bench/api.bench.ts serving in a worker thread, as the API bench runs it); the load generator
 * is this one's. Prints per side the median over blocks of saves/s, p50, p99 and CPU per save (this
 * process: both servers' threads, the idle one included, and autocannon).
 * `npx tsx bench/api-saves-ab.ts /path/to/other/checkout` (DATABASE_URL for PostgreSQL);
 * BENCH_AB_BLOCKS (default 6) blocks of BENCH_AB_SECONDS (3) per side and connection count, after
 * one block per side not counted (the servers' first saves compile their code);
 * BENCH_AB_CONNECTIONS (50,200) and BENCH_API_DIALECTS (sqlite,postgres) pick the lines.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { measureWithAutocannon, type Run } from './autocannon-run.ts';
import { measureSaves, readSettledVersions } from './api-saves.ts';
import { median } from './measurement.ts';
import { listTestDialects } from '../server/test-support/test-database.ts';
import type { Dialect } from '../server/db/connect.ts';

const otherArgument = process.argv[2];
if (!otherArgument) throw new Error('usage: npx tsx bench/api-saves-ab.ts /path/to/other/checkout');
const blocks = Number(process.env.BENCH_AB_BLOCKS ?? 6);
const seconds = Number(process.env.BENCH_AB_SECONDS ?? 3);
const connectionCounts = (process.env.BENCH_AB_CONNECTIONS ?? '50,200').split(',').map(Number);
const dialects = process.env.BENCH_API_DIALECTS?.split(',');

interface Side {
  name: string;
  url: string;
  headers: Record<string, string>;
  ids: string[];
  bodies: Map<string, Record<string, unknown>>;
  versions: Map<string, number>;
  stop(): Promise<void>;
}

/** The checkout's own API bench server (its serve role) in a worker thread. */
async function startSide(name: string, root: string, dialect: Dialect): Promise<Side> {
  const file = JSON.stringify(pathToFileURL(path.join(root, 'bench/api.bench.ts')).href);
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${file}, ${file}))`, {
    eval: true,
    workerData: { role: 'api-bench-server', target: dialect },
  });
  const served = await new Promise<{ url: string; headers: Record<string, string>; ids: string[] }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const bodies = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  for (const id of served.ids) {
    const detail = (await (await fetch(`${served.url}/api/documents/${id}`, { headers: served.headers })).json()) as Record<string, unknown>;
    bodies.set(id, detail);
    versions.set(id, detail.version as number);
  }
  return {
    name,
    ...served,
    bodies,
    versions,
    async stop() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      await exited;
    },
  };
}

const measure = (options: autocannon.Options): Promise<Run> => measureWithAutocannon(options, seconds);

async function compare(dialect: Dialect): Promise<void> {
  const sides = [await startSide('this', process.cwd(), dialect), await startSide('other', path.resolve(otherArgument!), dialect)];
  try {
    for (const connections of connectionCounts) {
      const runs = new Map<string, Run[]>(sides.map((side) => [side.name, []]));
      let refused = 0;
      for (let block = -1; block < blocks; block += 1) {
        const order = block % 2 === 0 ? sides : [...sides].reverse();
        for (const side of order) {
          const { run, tally } = await measureSaves({ ...side, connections, measure });
          refused += [...tally.refused.values()].reduce((sum, count) => sum + count, 0);
          if (block >= 0) runs.get(side.name)!.push(run);
          for (const [id, version] of await readSettledVersions(side.url, side.headers, tally.inFlightAtEnd)) side.versions.set(id, version);
        }
      }
      for (const side of sides) {
        const sideRuns = runs.get(side.name)!;
        const of = (pick: (run: Run) => number) => Math.round(median(sideRuns.map(pick))).toLocaleString('en');
        console.log(
          `${dialect}, ${connections} connections, ${side.name}: ${of((run) => run.requestsPerSecond)} saves/s, p50 ${of((run) => run.p50)} ms, p99 ${of((run) => run.p99)} ms, CPU per save ${of((run) => run.cpuMicrosecondsPerRequest)} µs (medians of ${blocks} blocks of ${seconds} s; saves/s per block ${sideRuns.map((run) => run.requestsPerSecond).join(' ')})`,
        );
      }
      if (refused > 0) console.log(`${dialect}, ${connections} connections: ${refused} saves answered other than 200`);
    }
  } finally {
    for (const side of sides) await side.stop();
  }
}

for (const { dialect, isAvailable } of await listTestDialects()) {
  if (dialects && !dialects.includes(dialect)) continue;
  if (!isAvailable) console.log(`${dialect}: skipped (set DATABASE_URL)`);
  else await compare(dialect);
}
