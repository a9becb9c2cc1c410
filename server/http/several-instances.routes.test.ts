/**
 * Several instances on one PostgreSQL (issue 14 item 4): two apps, each with its own connection
 * pool as two server processes would have, share one database. A session made on one works on the
 * other, signing out on one ends it on both, and optimistic locking holds across them.
 * Runs only when PostgreSQL is reachable (DATABASE_URL, or `npm run test:pg`); skipped with a notice otherwise.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { createApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { connectPostgres, type DatabaseConnection } from '../db/connect.ts';
import { testDemoPassword } from '../demo/demo-organisations.ts';
import { toDemoActor } from '../demo/documents/index.ts';
import { loadDemoData, type DemoData } from '../demo/load-demo-data.ts';
import { insertDraft } from '../services/documents/insert-draft.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { toSignedIn, type SignedIn } from '../test-support/create-test-app.ts';
import { createTestDatabase, findPostgresUrl, postgresUnavailableMessage, type TestDatabase } from '../test-support/test-database.ts';
import { createInProcessHeavyWork } from '../workers/heavy-work.ts';
import type { ApiApp } from './api-app.ts';
import { buildDemoBody } from './documents-test-support.ts';

interface Instance {
  app: ApiApp;
  deps: ServiceDeps;
  connection: DatabaseConnection;
}

const postgresUrl = await findPostgresUrl();
const it = postgresUrl ? test : test.skip;
if (!postgresUrl) console.warn(`several-instances: ${postgresUnavailableMessage}`);

describe('two server instances on one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: Instance;
  let second: Instance;
  let demo: DemoData;

  /** One instance as main.ts builds it, with a pool of its own on the shared database. */
  async function startInstance(url: string, schema: string): Promise<Instance> {
    const connection = connectPostgres({ url, searchPath: schema, maxConnections: 5 });
    const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false', JIXIAO_DEMO_PASSWORD: testDemoPassword });
    const { app, deps } = await createApp({ config, connection, isLogging: false, heavyWork: createInProcessHeavyWork() });
    return { app, deps, connection };
  }

  async function signIn(instance: Instance, username: string): Promise<SignedIn> {
    const response = await instance.app.inject({ method: 'POST', url: '/api/login', payload: { username, password: testDemoPassword } });
    expect(response.statusCode, response.body).toBe(200);
    return toSignedIn(response);
  }

  beforeAll(async () => {
    if (!postgresUrl) return;
    // The migrated schema; each instance then opens its own pool on it.
    database = await createTestDatabase('postgres');
    first = await startInstance(postgresUrl, database.schema!);
    second = await startInstance(postgresUrl, database.schema!);
    const loaded = await loadDemoData(first.deps, { shouldSeedDocuments: false });
    if (!loaded.isLoaded) throw new Error('demo data was not loaded into the fresh test schema');
    demo = loaded.demo;
  });
  afterAll(async () => {
    for (const instance of [first, second]) {
      await instance?.app.close();
      await instance?.connection.db.destroy();
    }
    await database?.close();
  });

  it('accepts on the second instance a session made on the first, and ends it on both at sign-out', async () => {
    const { headers } = await signIn(first, 'police-filler');
    const onSecond = await second.app.inject({ method: 'GET', url: '/api/session', headers });
    expect(onSecond.statusCode, onSecond.body).toBe(200);
    expect(onSecond.json()).toMatchObject({ user: { username: 'police-filler' } });

    const signOut = await second.app.inject({ method: 'POST', url: '/api/logout', headers });
    expect(signOut.statusCode).toBe(204);
    for (const instance of [first, second]) {
      const after = await instance.app.inject({ method: 'GET', url: '/api/session', headers });
      expect(after.statusCode).toBe(401);
    }
  });

  it('lets exactly one of concurrent saves with the same version win when they arrive at both instances', async () => {
    const filler = await signIn(first, 'police-filler');
    const leader = await signIn(second, 'police-leader');
    const actor = toDemoActor(demo, 'police-filler');
    const body = analyseDocument({ ...buildDemoBody('target-table', actor.organisationName, 2041), year: 2041 });
    const stored = await insertDraft(first.deps, { actor, body, action: 'create', reason: null });

    const writers = Array.from({ length: 12 }, (_, writer) => {
      const [instance, session] = writer % 2 === 0 ? [first, filler] : [second, leader];
      const payload = { expectedVersion: stored.version, body: { ...stored.body, overallGoal: `实例写入者 ${writer}` } };
      return instance.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers: session.headers, payload });
    });
    const responses = await Promise.all(writers);
    const winners = responses.filter((response) => response.statusCode === 200);
    const losers = responses.filter((response) => response.statusCode === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(writers.length - 1);
    const winningGoal = winners[0]!.json().body.overallGoal as string;
    for (const loser of losers) {
      expect(loser.json()).toMatchObject({ code: 'version-conflict', current: { version: stored.version + 1, body: { overallGoal: winningGoal } } });
    }
    // Both instances read the winner back.
    for (const [instance, session] of [[first, filler], [second, leader]] as const) {
      const read = await instance.app.inject({ method: 'GET', url: `/api/documents/${stored.id}`, headers: session.headers });
      expect(read.json()).toMatchObject({ version: stored.version + 1, body: { overallGoal: winningGoal } });
    }
  });
});
