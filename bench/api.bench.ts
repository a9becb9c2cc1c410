/**
 * API throughput on loopback (issue 3): read a document, save an indicator, list a unit's
 * documents, at 50 and 200 connections, beside a bare Fastify route measured in the same run;
 * on SQLite and, when available, PostgreSQL. Each run is bounded in time (BENCH_API_SECONDS).
 * The servers run in a worker thread and autocannon in the main one, so the load generator does
 * not take event-loop turns from the server it measures (the bare route included).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { readSeed } from '../test-support/seeds.ts';
import { readText } from '../documents/text/read-text.ts';
import { analyseDocument } from '../core/analyse.ts';
import { createTestApp, type TestApp } from '../server/test-support/create-test-app.ts';
import { listTestDialects } from '../server/test-support/test-database.ts';
import type { Dialect } from '../server/db/connect.ts';
import type { Measurement } from './measurement.ts';

const seconds = Number(process.env.BENCH_API_SECONDS ?? 5);
const connectionCounts = [50, 200];

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(options: autocannon.Options): Promise<Run> {
  const result = await autocannon({ duration: seconds, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function toMeasurements(label: string, run: Run): Measurement[] {
  const failures = run.errors + run.non2xx > 0 ? ` (${run.errors} errors, ${run.non2xx} non-2xx)` : '';
  return [
    { name: `${label} throughput${failures}`, value: run.requestsPerSecond, unit: 'req/s' },
    { name: `${label} p50`, value: run.p50, unit: 'ms' },
    { name: `${label} p99`, value: run.p99, unit: 'ms' },
  ];
}

/** What the server worker hands back once it listens. */
interface ServedApp {
  url: string;
  headers: Record<string, string>;
  ids: string[];
}

type ServerRequest = { role: 'api-bench-server'; target: 'bare' | Dialect };

/** Starts the bare route or the app (with bench documents) in a worker thread; `stop` closes it. */
async function startServer(target: ServerRequest['target']): Promise<ServedApp & { stop(): Promise<void> }> {
  // The worker loads this TypeScript file itself, through tsx's API (Node 20 workers do not
  // inherit the loader tsx registered in this thread).
  const self = JSON.stringify(import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${self}, ${self}))`, {
    eval: true,
    workerData: { role: 'api-bench-server', target } satisfies ServerRequest,
  });
  const served = await new Promise<ServedApp>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ...served,
    async stop() {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      await exited;
    },
  };
}

/** Worker side of startServer. */
async function serve(target: ServerRequest['target']): Promise<void> {
  let served: ServedApp;
  let close: () => Promise<void>;
  if (target === 'bare') {
    const bare = Fastify({ logger: false });
    bare.get('/bare', async () => ({ ok: true }));
    served = { url: await bare.listen({ port: 0, host: '127.0.0.1' }), headers: {}, ids: [] };
    close = () => bare.close();
  } else {
    const testApp = await createTestApp({ dialect: target, withDemoDocuments: true, responseCheck: 'fast' });
    const ids = await insertBenchDocuments(testApp, Math.max(...connectionCounts));
    const url = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const { headers } = await testApp.signIn('police-filler');
    served = { url, headers, ids };
    close = () => testApp.close();
  }
  parentPort?.once('message', () => {
    void close().then(() => process.exit(0));
  });
  parentPort?.postMessage(served);
}

async function measureBareRoute(): Promise<Measurement[]> {
  const bare = await startServer('bare');
  const measurements: Measurement[] = [];
  try {
    for (const connections of connectionCounts) {
      measurements.push(...toMeasurements(`bare Fastify route, ${connections} connections`, await measure({ url: `${bare.url}/bare`, connections })));
    }
  } finally {
    await bare.stop();
  }
  return measurements;
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
      id, organisationId, year: 2023, kind: 'target-table', project, revision: 1,
      state: 'draft', body: { ...body, scope: 'project', project }, score: null, grade: null, createdAt: now, updatedAt: now, updatedBy: null,
    });
    ids.push(id);
  }
  return ids;
}

async function measureDialect(dialect: Dialect): Promise<Measurement[]> {
  const server = await startServer(dialect);
  const { url, headers, ids } = server;
  const measurements: Measurement[] = [];
  const bodies = new Map<string, Record<string, unknown>>();
  const versions = new Map<string, number>();
  for (const id of ids) {
    const response = await fetch(`${url}/api/documents/${id}`, { headers });
    const detail = (await response.json()) as Record<string, unknown>;
    bodies.set(id, detail);
    versions.set(id, detail.version as number);
  }
  try {
    for (const connections of connectionCounts) {
      const label = `${dialect}, ${connections} connections`;
      measurements.push(...toMeasurements(`${label}: read a document`, await measure({ url: `${url}/api/documents/${ids[0]}`, connections, headers })));
      measurements.push(
        ...toMeasurements(`${label}: list a unit's documents`, await measure({ url: `${url}/api/documents?year=2023&pageSize=20`, connections, headers })),
      );
      measurements.push(...toMeasurements(`${label}: save an indicator`, await measureSaves({ url, connections, headers, ids, bodies, versions })));
    }
  } finally {
    await server.stop();
  }
  return measurements;
}

interface SaveContext {
  id?: string;
  count?: number;
}

/**
 * Each connection owns one document and saves an edited indicator (PATCH …/indicators, the web
 * app's autosave) with the version it last saw. Versions carry over from one run to the next;
 * a 409 (which should not happen with one writer per document) hands back the current version.
 */
async function measureSaves(options: {
  url: string;
  connections: number;
  headers: Record<string, string>;
  ids: string[];
  bodies: Map<string, Record<string, unknown>>;
  versions: Map<string, number>;
}): Promise<Run> {
  let nextDocument = 0;
  const { versions } = options;
  return measure({
    url: options.url,
    connections: options.connections,
    headers: { ...options.headers, 'content-type': 'application/json' },
    requests: [
      {
        method: 'PATCH',
        setupRequest: (request, context) => {
          const state = context as SaveContext;
          state.id ??= options.ids[nextDocument++ % options.ids.length] ?? '';
          state.count = (state.count ?? 0) + 1;
          const body = options.bodies.get(state.id)?.body as { goals: { indicators: { target: { text: string } | null }[] }[] };
          const indicator = body.goals[0]?.indicators[0];
          const edited = indicator?.target ? { ...indicator, target: { ...indicator.target, text: `≥${50 + (state.count % 40)}%` } } : indicator;
          const payload = { expectedVersion: versions.get(state.id), path: 'goals.0.indicators.0', indicator: edited };
          return { ...request, path: `/api/documents/${state.id}/indicators`, body: JSON.stringify(payload) };
        },
        onResponse: (status, responseBody, context) => {
          const state = context as SaveContext;
          if (!state.id) return;
          if (status === 200) versions.set(state.id, (JSON.parse(responseBody) as { version: number }).version);
          if (status === 409) versions.set(state.id, (JSON.parse(responseBody) as { current: { version: number } }).current.version);
        },
      },
    ],
  });
}

/** All API measurements: the bare route, then each available database. */
export async function benchApi(): Promise<Measurement[]> {
  const measurements = await measureBareRoute();
  for (const { dialect, isAvailable } of await listTestDialects()) {
    if (!isAvailable) {
      measurements.push({ name: `${dialect}: skipped (PostgreSQL not available; set DATABASE_URL)`, value: 0, unit: '' });
      continue;
    }
    measurements.push(...(await measureDialect(dialect)));
  }
  return measurements;
}

if (!isMainThread && (workerData as ServerRequest | undefined)?.role === 'api-bench-server') {
  void serve((workerData as ServerRequest).target);
}
