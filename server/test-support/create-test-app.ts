/**
 * An in-process app on a fresh database for route tests: SQLite in memory by default, PostgreSQL
 * (fresh schema) with `dialect: 'postgres'`. Loads the demo organisations and users, gives a
 * controllable clock, and signs in demo users for `app.inject`.
 */
import type { LightMyRequestResponse, RouteOptions } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { createApp } from '../app.ts';
import { readConfig, type Config } from '../config.ts';
import type { Dialect } from '../db/connect.ts';
import { testDemoDate, testDemoPassword } from '../demo/demo-organisations.ts';
import { loadDemoData, type DemoData } from '../demo/load-demo-data.ts';
import type { ApiApp } from '../http/api-app.ts';
import type { ResponseCheck } from '../http/response-serializer.ts';
import { csrfHeaderName, sessionCookieName } from '../http/auth.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { createInProcessHeavyWork, type HeavyWork } from '../workers/heavy-work.ts';

export interface SignedIn {
  /** Cookie + CSRF headers to spread into app.inject({ headers }). */
  headers: Record<string, string>;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: ApiApp;
  deps: ServiceDeps;
  database: TestDatabase;
  demo: DemoData;
  /** The app's clock; tests move it with advanceClock. */
  clock: { now: Date };
  advanceClock(milliseconds: number): void;
  /** Signs in a demo user ('admin', 'finance', 'police-filler', …) with the demo password. */
  signIn(username: string, password?: string): Promise<SignedIn>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    dialect?: Dialect;
    config?: Partial<Config>;
    startAt?: string;
    withDemoDocuments?: boolean;
    /** 'checked' by default; the API benchmark measures production's 'fast'. */
    responseCheck?: ResponseCheck;
    /**
     * Run reading, analysis and exports in the worker pool as production does (security tests,
     * the hostile benchmark). Off by default: on a busy 2-core machine a thread's first import takes
     * seconds to load its modules, and route tests are about rules, not threads.
     */
    withWorkerPool?: boolean;
    /** A heavy-work implementation of the test's own (e.g. a pool with no queue); wins over withWorkerPool. */
    heavyWork?: HeavyWork;
    /** Hears every route as it is registered (createApp's onRoute). */
    onRoute?: (route: RouteOptions) => void;
    /** Kysely plugins over the app's queries (the API bench's statement timer). */
    kyselyPlugins?: KyselyPlugin[];
    /** SQLite in this file (WAL, as the server runs it) instead of in memory: the API bench's saves. */
    sqliteFile?: string;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(options.dialect ?? 'sqlite', options.sqliteFile ? { sqliteFile: options.sqliteFile } : {});
  // The demo is loaded as on testDemoDate (its years do not follow the day tests run); `config: { demoDate: null }` loads it at the clock's day.
  const config: Config = {
    ...readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false', JIXIAO_DEMO_PASSWORD: testDemoPassword, JIXIAO_DEMO_DATE: testDemoDate }),
    ...options.config,
  };
  const clock = { now: new Date(options.startAt ?? '2026-11-27T08:00:00.000Z') };
  const { app, deps } = await createApp({
    config,
    connection: { ...database, db: (options.kyselyPlugins ?? []).reduce((db, plugin) => db.withPlugin(plugin), database.db) },
    now: () => new Date(clock.now),
    isLogging: false,
    responseCheck: options.responseCheck ?? 'checked',
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
    ...(options.heavyWork ? { heavyWork: options.heavyWork } : options.withWorkerPool ? {} : { heavyWork: createInProcessHeavyWork() }),
  });
  const loaded = await loadDemoData(deps, { shouldSeedDocuments: options.withDemoDocuments ?? false });
  if (!loaded.isLoaded) throw new Error('demo data was not loaded into the fresh test database');

  return {
    app,
    deps,
    database,
    demo: loaded.demo,
    clock,
    advanceClock(milliseconds) {
      clock.now = new Date(clock.now.getTime() + milliseconds);
    },
    async signIn(username, password = testDemoPassword) {
      const response = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`signIn(${username}) failed: ${response.statusCode} ${response.body}`);
      return toSignedIn(response);
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function toSignedIn(response: LightMyRequestResponse): SignedIn {
  const token = response.cookies.find((cookie) => cookie.name === sessionCookieName)?.value;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  if (!token) throw new Error('login response set no session cookie');
  const cookie = `${sessionCookieName}=${token}`;
  return { cookie, csrfToken, headers: { cookie, [csrfHeaderName]: csrfToken } };
}

