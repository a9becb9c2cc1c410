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

  it('writes or refuses every save of the same documents sent to both instances at once (group commits meeting), losing none', async () => {
    const filler = await signIn(first, 'police-filler');
    const leader = await signIn(second, 'police-leader');
    const actor = toDemoActor(demo, 'police-filler');
    const documents = [];
    for (let index = 0; index < 6; index += 1) {
      const body = analyseDocument({ ...buildDemoBody('target-table', actor.organisationName, 2042), year: 2042, project: `两实例项目${index}`, scope: 'project' as const });
      documents.push(await insertDraft(first.deps, { actor, body, action: 'create', reason: null }));
    }
    // The batches each instance's group commit wrote, and those that failed whole (then written one by one).
    const batches: { size: number; error?: unknown }[] = [];
    for (const instance of [first, second]) {
      const repository = instance.deps.repositories.documents;
      const writeMany = repository.updateManyWithVersionAndAudit;
      repository.updateManyWithVersionAndAudit = async (saves) => {
        try {
          const results = await writeMany(saves);
          batches.push({ size: saves.length });
          return results;
        } catch (error) {
          batches.push({ size: saves.length, error });
          throw error;
        }
      };
    }
    const rounds = 3;
    const wins = new Map<string, string[]>(documents.map((document) => [document.id, []]));
    for (let round = 0; round < rounds; round += 1) {
      const versions = new Map<string, number>();
      for (const document of documents) {
        const read = await first.app.inject({ method: 'GET', url: `/api/documents/${document.id}`, headers: filler.headers });
        versions.set(document.id, read.json().version as number);
      }
      // Each instance's saves reach its group commit together; the two batches hold the same
      // documents in opposite orders (the order in which a batch takes its rows' locks).
      const sends = [
        ...documents.map((document) => ({ instance: first, session: filler, document, name: `第一实例 ${round}` })),
        ...[...documents].reverse().map((document) => ({ instance: second, session: leader, document, name: `第二实例 ${round}` })),
      ];
      const responses = await Promise.all(
        sends.map(({ instance, session, document, name }) =>
          instance.app.inject({
            method: 'PATCH',
            url: `/api/documents/${document.id}/indicators`,
            headers: session.headers,
            payload: { expectedVersion: versions.get(document.id), path: 'goals.0.indicators.0', indicator: { ...document.body.goals[0]!.indicators[0]!, name } },
          }),
        ),
      );
      for (const document of documents) {
        const answers = sends.flatMap((send, index) => (send.document === document ? [{ name: send.name, response: responses[index]! }] : []));
        // Both sent the current version: exactly one is written, the other refused as stale; never a 500.
        expect(answers.map(({ response }) => response.statusCode).sort(), answers.map(({ response }) => response.body).join('\n')).toEqual([200, 409]);
        wins.get(document.id)!.push(answers.find(({ response }) => response.statusCode === 200)!.name);
      }
    }
    for (const document of documents) {
      const read = await second.app.inject({ method: 'GET', url: `/api/documents/${document.id}`, headers: leader.headers });
      // Every answered write is there: one version and one audit entry per 200, the last winner's text stored.
      const stored = read.json() as { version: number; body: { goals: { indicators: { name: string }[] }[] } };
      expect(stored.version).toBe(document.version + rounds);
      expect(stored.body.goals[0]!.indicators[0]!.name).toBe(wins.get(document.id)!.at(-1));
      const saves = (await first.deps.repositories.auditEntries.listByDocument(document.id)).filter((entry) => entry.action === 'save');
      expect(saves).toHaveLength(rounds);
    }
    // The saves did meet in batches (else this test would only repeat the one above).
    expect(batches.some((batch) => batch.size > 1)).toBe(true);
  });
});
