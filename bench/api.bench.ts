/**
 * API throughput on loopback (issue 3): read a document, save an indicator, list a unit's
 * documents, at 50 and 200 connections, beside a bare Fastify route measured in the same run;
 * on SQLite and, when available, PostgreSQL. Each run is bounded in time (BENCH_API_SECONDS).
 * The servers run in a worker thread and autocannon in the main one, so the load generator does
 * not take event-loop turns from the server it measures (the bare route included).
 * The fair baseline for a read is a bare route sending the same bytes (measured next to it); for a save on
 * PostgreSQL, the save floor (api-save-floor.ts): a bare route writing the same body bytes in batches. Each
 * PostgreSQL line also prints the CPU of PostgreSQL's processes per request (postgres-cpu.ts);
 * BENCH_API_PROFILE=1 prints where the server thread's time went for each line (api-profile.ts). Each
 * line is bracketed by the host's fixed loop on every core (host-capacity.ts): runs compare only
 * when the host gave alike.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { measureWithAutocannon, type Run } from './autocannon-run.ts';
import Fastify from 'fastify';
import { readSeed } from '../test-support/seeds.ts';
import { readText } from '../documents/text/read-text.ts';
import { analyseDocument } from '../core/analyse.ts';
import { createTestApp, type TestApp } from '../server/test-support/create-test-app.ts';
import { findPostgresUrl, listTestDialects } from '../server/test-support/test-database.ts';
import { createInProcessHeavyWork } from '../server/workers/heavy-work.ts';
import { ApiProfile, formatProfile, isProfiling, type ProfileSummary } from './api-profile.ts';
import type { Measurement } from './measurement.ts';
import { measureHostCapacity } from './host-capacity.ts';
import { createPostgresCpuReader } from './postgres-cpu.ts';
import { connectPostgres, type Dialect } from '../server/db/connect.ts';
import { measureSaves, readSettledVersions, type SaveTally } from './api-saves.ts';
import { startSaveFloor } from './api-save-floor.ts';

const seconds = Number(process.env.BENCH_API_SECONDS ?? 5);
/**
 * Seconds each database's server serves the picked lines at 50 connections before the lines are
 * measured (BENCH_API_WARMUP_SECONDS, 0 for none; runs before 2026-12-05 21:00 had none). A server
 * just started loads and compiles the code of a request on its first use (here through tsx, from
 * TypeScript), so until 2026-12-05 the first line measured (the save at 50 connections) held the
 * process's start: on 2026-12-05 at 20:39 (load 2.4) its first 0.5 s answered 98 saves against 270–440 per
 * 0.5 s later, at 170–360 ms each, and the line's p99 was 224 ms over all its saves against 173 ms
 * without its first second. A server that has served a minute no longer pays that. What the
 * warm-up itself measured is printed, as "cold start", so the cost stays in view.
 */
const warmupSeconds = Number(process.env.BENCH_API_WARMUP_SECONDS ?? 3);
const connectionCounts = [50, 200];
/** BENCH_API_LINES=read,list,save,save-floor and BENCH_API_DIALECTS=sqlite,postgres pick what runs (default: all). */
const pickedLines = process.env.BENCH_API_LINES?.split(',');
const pickedDialects = process.env.BENCH_API_DIALECTS?.split(',');
const isPicked = (line: string) => !pickedLines || pickedLines.includes(line);
/**
 * BENCH_API_WORKERS=1: analysis in the worker-thread pool, as the server runs it (server/app.ts);
 * by default in the request thread (createTestApp's default), which the numbers above were taken with.
 */
const withWorkerPool = process.env.BENCH_API_WORKERS === '1';
/**
 * SQLite in a file with its WAL, as the server runs it (db/connect.ts), by default;
 * BENCH_API_SQLITE=memory measures it in memory (no WAL, no checkpoints), as the runs before 2026-12-04 did.
 */
const isSqliteInMemory = process.env.BENCH_API_SQLITE === 'memory';
const sqliteLabel = isSqliteInMemory ? 'sqlite (in memory)' : 'sqlite';

const measure = (options: autocannon.Options): Promise<Run> => measureWithAutocannon(options, seconds);
const measureWarmUp = (options: autocannon.Options): Promise<Run> => measureWithAutocannon(options, warmupSeconds);

function toMeasurements(label: string, run: Run): Measurement[] {
  const failures = run.errors + run.non2xx > 0 ? ` (${run.errors} errors, ${run.non2xx} non-2xx)` : '';
  return [
    { name: `${label} throughput${failures}`, value: run.requestsPerSecond, unit: 'req/s' },
    { name: `${label} p50`, value: run.p50, unit: 'ms' },
    { name: `${label} p99`, value: run.p99, unit: 'ms' },
    { name: `${label} CPU per request (server and load generator)`, value: run.cpuMicrosecondsPerRequest, unit: 'µs' },
  ];
}

/** What the server worker hands back once it listens. */
interface ServedApp {
  url: string;
  headers: Record<string, string>;
  ids: string[];
  /** PostgreSQL with the save-floor line picked: the bare save route (api-save-floor.ts) over the app's database. */
  floorUrl?: string;
}

/** The bare route answers `payload` (default: 11 bytes, `{"ok":true}`). */
type ServerRequest = { role: 'api-bench-server'; target: 'bare' | Dialect; payload?: string };

type ServerMessage = 'stop' | 'profile-start' | 'profile-stop';

interface StartedServer extends ServedApp {
  stop(): Promise<void>;
  /** Runs `work` inside one profiling window of the server thread (null when not profiling). */
  profile<T>(work: () => Promise<T>): Promise<{ result: T; profile: ProfileSummary | null }>;
}

/** Starts the bare route or the app (with bench documents) in a worker thread; `stop` closes it. */
async function startServer(target: ServerRequest['target'], payload?: string): Promise<StartedServer> {
  // The worker loads this TypeScript file itself, through tsx's API (Node 20 workers do not
  // inherit the loader tsx registered in this thread).
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${self}, ${self}))`, {
    eval: true,
    workerData: {
      role: 'api-bench-server',
      target,
      ...(payload === undefined ? {} : { payload }),
    } satisfies ServerRequest,
  });
  const served = await new Promise<ServedApp>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ...served,
    async stop() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop' satisfies ServerMessage);
      await exited;
    },
    async profile(work) {
      if (!isProfiling || target === 'bare') return { result: await work(), profile: null };
      worker.postMessage('profile-start' satisfies ServerMessage);
      const result = await work();
      const profiled = new Promise<ProfileSummary>((resolve) => worker.once('message', resolve));
      worker.postMessage('profile-stop' satisfies ServerMessage);
      return { result, profile: await profiled };
    },
  };
}

/** Worker side of startServer. */
async function serve({ target, payload }: ServerRequest): Promise<void> {
  let served: ServedApp;
  let close: () => Promise<void>;
  const profile = new ApiProfile();
  if (target === 'bare') {
    const bare = Fastify({ logger: false });
    if (payload === undefined) bare.get('/bare', async () => ({ ok: true }));
    else
      bare.get('/bare', (_request, reply) =>
        reply.header('content-type', 'application/json; charset=utf-8').send(payload),
      );
    served = { url: await bare.listen({ port: 0, host: '127.0.0.1' }), headers: {}, ids: [] };
    close = () => bare.close();
  } else {
    const sqliteDirectory = target === 'sqlite' && !isSqliteInMemory ? mkdtempSync(path.join(tmpdir(), 'jixiao-api-bench-')) : null;
    const testApp = await createTestApp({
      dialect: target,
      ...(sqliteDirectory ? { sqliteFile: path.join(sqliteDirectory, 'jixiao.sqlite') } : {}),
      withDemoDocuments: true,
      responseCheck: 'fast',
      withWorkerPool,
      ...(isProfiling
        ? {
            kyselyPlugins: [profile.kyselyPlugin()],
            heavyWork: profile.timeHeavyWork(createInProcessHeavyWork()),
            onRoute: (route) => profile.timeRoute(route),
          }
        : {}),
    });
    const ids = await insertBenchDocuments(testApp, Math.max(...connectionCounts));
    const url = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    if (isProfiling) profile.watchConnections(testApp.app.server);
    const { headers } = await testApp.signIn('police-filler');
    const floor = target === 'postgres' && isPicked('save-floor') ? await startFloor(testApp, headers, ids) : null;
    served = { url, headers, ids, ...(floor ? { floorUrl: floor.url } : {}) };
    close = async () => {
      await floor?.close();
      await testApp.close();
      if (sqliteDirectory) rmSync(sqliteDirectory, { recursive: true, force: true });
    };
  }
  parentPort?.on('message', (message: ServerMessage) => {
    if (message === 'profile-start') profile.start();
    else if (message === 'profile-stop') parentPort?.postMessage(profile.stop());
    else void close().then(() => process.exit(0));
  });
  parentPort?.postMessage(served);
}

/** The bare route at each connection count; with `payload`, one that sends those bytes. */
async function measureBareRoute(payload?: { bytes: string; label: string }): Promise<Measurement[]> {
  const bare = await startServer('bare', payload?.bytes);
  const measurements: Measurement[] = [];
  const label = payload
    ? `bare Fastify route sending ${payload.label} (${Buffer.byteLength(payload.bytes).toLocaleString('en')} bytes)`
    : 'bare Fastify route (11 bytes)';
  try {
    if (warmupSeconds > 0) await measureWarmUp({ url: `${bare.url}/bare`, connections: connectionCounts[0] });
    for (const connections of connectionCounts) {
      measurements.push(
        ...toMeasurements(
          `${label}, ${connections} connections`,
          await measure({ url: `${bare.url}/bare`, connections }),
        ),
      );
    }
  } finally {
    await bare.stop();
  }
  return measurements;
}

/** A measured line, with the server thread's profile of it printed when BENCH_API_PROFILE=1. */
async function measureLine(
  server: StartedServer,
  label: string,
  run: () => Promise<Run>,
  readDatabaseCpu: (() => number) | null = null,
): Promise<Measurement[]> {
  const hostBefore = await measureHostCapacity();
  const databaseCpuBefore = readDatabaseCpu?.() ?? 0;
  const { result, profile } = await server.profile(run);
  const databaseCpu = readDatabaseCpu ? readDatabaseCpu() - databaseCpuBefore : null;
  const hostAfter = await measureHostCapacity();
  if (profile) for (const line of formatProfile(label, profile)) console.log(line);
  return [
    ...toMeasurements(label, result),
    ...(databaseCpu === null
      ? []
      : [{ name: `${label} PostgreSQL's CPU per request (its processes)`, value: Math.round(databaseCpu / Math.max(1, result.requests)), unit: 'µs' }]),
    // The same loop on every core at once: least when the host gives every core (host-capacity.ts).
    { name: `${label}: host's fixed loop on every core, before the line`, value: hostBefore, unit: 'ms' },
    { name: `${label}: host's fixed loop on every core, after the line`, value: hostAfter, unit: 'ms' },
  ];
}

/** Inserts one draft target table per connection, so concurrent saves do not contend for one version. */
async function insertBenchDocuments(testApp: TestApp, count: number): Promise<string[]> {
  const parsed = readText(readSeed('000'));
  if (!parsed) throw new Error('seed 000 did not read');
  const body = analyseDocument(parsed);
  const organisationId = testApp.demo.organisations.police?.id;
  if (!organisationId) throw new Error('demo organisation police missing');
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `bench-${index}`;
    const now = new Date().toISOString();
    // The body names the same project as the row: a save may not change a document's identity.
    const project = `基准测试项目${index}`;
    await testApp.deps.repositories.documents.insert({
      id,
      organisationId,
      year: 2023,
      kind: 'target-table',
      project,
      revision: 1,
      state: 'draft',
      body: { ...body, scope: 'project', project },
      score: null,
      grade: null,
      createdAt: now,
      updatedAt: now,
      updatedBy: null,
    });
    ids.push(id);
  }
  return ids;
}

/**
 * The save floor over the app's database: its answer as long as one real save's answer (a save of the
 * first document, sent as the save line sends them).
 */
async function startFloor(testApp: TestApp, headers: Record<string, string>, ids: string[]) {
  const databaseUrl = await findPostgresUrl();
  const schema = testApp.database.schema;
  if (!databaseUrl || !schema) throw new Error('the save floor needs the PostgreSQL test database');
  const id = ids[0]!;
  const detail = (await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers })).json<{ version: number; body: { goals: { indicators: unknown[] }[] } }>();
  const saved = await testApp.app.inject({
    method: 'PATCH',
    url: `/api/documents/${id}/indicators`,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: { expectedVersion: detail.version, path: 'goals.0.indicators.0', indicator: detail.body.goals[0]!.indicators[0] },
  });
  if (saved.statusCode !== 200) throw new Error(`the save floor's sample save answered ${saved.statusCode}`);
  return startSaveFloor({ databaseUrl, schema, ids, answerBytes: saved.rawPayload.length, poolSize: 25 });
}

/** The picked read and save lines at 50 connections for `warmupSeconds`, before any line is measured; their numbers as "cold start". */
async function warmUp(input: {
  dialect: Dialect;
  url: string;
  headers: Record<string, string>;
  ids: string[];
  bodies: Map<string, Record<string, unknown>>;
  versions: Map<string, number>;
}): Promise<Measurement[]> {
  const { url, headers, ids, versions } = input;
  const connections = connectionCounts[0]!;
  const label = `${input.dialect === 'sqlite' ? sqliteLabel : input.dialect}, ${connections} connections, cold start (the server's first ${warmupSeconds} s, not in the lines below)`;
  const measurements: Measurement[] = [];
  const summarise = (line: string, run: Run): Measurement[] => [
    { name: `${label}: ${line} p50`, value: run.p50, unit: 'ms' },
    { name: `${label}: ${line} p99`, value: run.p99, unit: 'ms' },
  ];
  if (isPicked('save')) {
    const saved = await measureSaves({ url, connections, headers, ids, bodies: input.bodies, versions, measure: measureWarmUp });
    for (const [id, version] of await readSettledVersions(url, headers, saved.tally.inFlightAtEnd)) versions.set(id, version);
    measurements.push(...summarise('save an indicator', saved.run));
  }
  if (isPicked('read')) measurements.push(...summarise('read a document', await measureWarmUp({ url: `${url}/api/documents/${ids[0]}`, connections, headers })));
  if (isPicked('list')) await measureWarmUp({ url: `${url}/api/documents?year=2023&pageSize=20`, connections, headers });
  return measurements;
}

/** PostgreSQL's CPU (its cluster's processes, postgres-cpu.ts) through a connection of its own; null on SQLite or where /proc cannot tell. */
async function connectDatabaseCpu(dialect: Dialect): Promise<{ read: (() => number) | null; close: () => Promise<void> }> {
  const url = dialect === 'postgres' ? await findPostgresUrl() : null;
  if (!url) return { read: null, close: async () => {} };
  const connection = connectPostgres({ url, maxConnections: 1 });
  return { read: await createPostgresCpuReader(connection.db as never), close: () => connection.db.destroy() };
}

async function measureDialect(dialect: Dialect): Promise<Measurement[]> {
  const server = await startServer(dialect);
  const databaseCpu = await connectDatabaseCpu(dialect);
  const { url, headers, ids } = server;
  const measurements: Measurement[] = [];
  const bodies = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  let readBytes = '';
  for (const id of ids) {
    const response = await fetch(`${url}/api/documents/${id}`, { headers });
    const text = await response.text();
    if (id === ids[0]) readBytes = text;
    const detail = JSON.parse(text) as Record<string, unknown>;
    bodies.set(id, detail);
    versions.set(id, detail.version as number);
  }
  try {
    if (warmupSeconds > 0) measurements.push(...(await warmUp({ dialect, url, headers, ids, bodies, versions })));
    // The fair baseline of the read: the same bytes from a bare route, in the same run.
    if (isPicked('read'))
      measurements.push(
        ...(await measureBareRoute({ bytes: readBytes, label: `the ${dialect === 'sqlite' ? sqliteLabel : dialect} read's bytes` })),
      );
    for (const connections of connectionCounts) {
      const label = `${dialect === 'sqlite' ? sqliteLabel : dialect}, ${connections} connections`;
      if (isPicked('read'))
        measurements.push(
          ...(await measureLine(server, `${label}: read a document`, () =>
            measure({ url: `${url}/api/documents/${ids[0]}`, connections, headers }),
          databaseCpu.read)),
        );
      if (isPicked('list'))
        measurements.push(
          ...(await measureLine(server, `${label}: list a unit's documents`, () =>
            measure({ url: `${url}/api/documents?year=2023&pageSize=20`, connections, headers }),
          databaseCpu.read)),
        );
      if (isPicked('save')) {
        let tally: SaveTally = { unchanged: 0, refused: new Map(), inFlightAtEnd: [] };
        measurements.push(
          ...(await measureLine(server, `${label}: save an indicator`, async () => {
            const saved = await measureSaves({ url, connections, headers, ids, bodies, versions, measure });
            tally = saved.tally;
            return saved.run;
          }, databaseCpu.read)),
          { name: `${label}: saves that changed nothing`, value: tally.unchanged, unit: 'saves' },
          { name: `${label}: saves in flight when the line ended`, value: tally.inFlightAtEnd.length, unit: 'saves' },
          ...[...tally.refused].map(([status, count]) => ({
            name: `${label}: saves answered ${status}`,
            value: count,
            unit: 'saves',
          })),
        );
        for (const [id, version] of await readSettledVersions(url, headers, tally.inFlightAtEnd)) versions.set(id, version);
      }
      if (server.floorUrl) {
        const floorUrl = server.floorUrl;
        let inFlightAtEnd: string[] = [];
        measurements.push(
          ...(await measureLine(server, `${label}: save floor (a bare route: the same body bytes UPDATEd in batches, nothing else)`, async () => {
            const saved = await measureSaves({ url: floorUrl, connections, headers, ids, bodies, versions, measure });
            inFlightAtEnd = saved.tally.inFlightAtEnd;
            return saved.run;
          }, databaseCpu.read)),
        );
        for (const [id, version] of await readSettledVersions(url, headers, inFlightAtEnd)) versions.set(id, version);
      }
    }
  } finally {
    await databaseCpu.close();
    await server.stop();
  }
  return measurements;
}

/** All API measurements: the bare route, then each available database. */
export async function benchApi(): Promise<Measurement[]> {
  const measurements = isPicked('read') ? await measureBareRoute() : [];
  for (const { dialect, isAvailable } of await listTestDialects()) {
    if (pickedDialects && !pickedDialects.includes(dialect)) continue;
    if (!isAvailable) {
      measurements.push({
        name: `${dialect}: skipped (PostgreSQL not available; set DATABASE_URL)`,
        value: 0,
        unit: '',
      });
      continue;
    }
    measurements.push(...(await measureDialect(dialect)));
  }
  return measurements;
}

if (!isMainThread && (workerData as ServerRequest | undefined)?.role === 'api-bench-server') {
  void serve(workerData as ServerRequest);
}
