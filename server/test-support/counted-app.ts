/**
 * The no-N+1 tests (issue 14): an app over a seeded test database whose SQL statements are
 * counted, signed in as some of the generator's accounts, and a request counted alone.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { createQueryCounter, type QueryCounter } from '../db/query-counter.ts';
import { testDemoPassword as demoPassword } from '../demo/demo-organisations.ts';
import type { ApiApp } from '../http/api-app.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { HeavyWork } from '../workers/heavy-work.ts';
import { toSignedIn } from './create-test-app.ts';
import { hashPassword } from '../services/sessions/password.ts';
import type { TestDatabase } from './test-database.ts';

export interface CountedApp<Account extends string> {
  database: TestDatabase;
  app: ApiApp;
  deps: ServiceDeps;
  counter: QueryCounter;
  /** Cookie and CSRF headers per account name given. */
  headers: Record<Account, Record<string, string>>;
}

/** `accounts`: a name for each username to sign in (the generator's demo password). */
export async function openCountedApp<Account extends string>(
  database: TestDatabase,
  options: { accounts: Record<Account, string>; heavyWork?: HeavyWork },
): Promise<CountedApp<Account>> {
  const counter = createQueryCounter();
  const config = readConfig({ WEB_DIST: '/nonexistent-web-dist', DEMO_DATA: 'false' });
  const { app, deps } = await createApp({
    config,
    connection: { ...database, db: database.db.withPlugin(counter.plugin) },
    isLogging: false,
    ...(options.heavyWork ? { heavyWork: options.heavyWork } : {}),
  });
  const headers = {} as Record<Account, Record<string, string>>;
  for (const [as, username] of Object.entries(options.accounts) as [Account, string][]) {
    const response = await app.inject({ method: 'POST', url: '/api/login', payload: { username, password: demoPassword } });
    if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
    headers[as] = toSignedIn(response).headers;
  }
  return { database, app, deps, counter, headers };
}

/**
 * The statements one request sends, its session looked up included: a session resolved a moment
 * ago is otherwise served from the cache for 2 s of real time, and a slow machine crossing that
 * between two requests would change their counts.
 */
export async function countStatements(
  counted: Pick<CountedApp<string>, 'app' | 'deps' | 'counter'>,
  request: InjectOptions,
): Promise<{ statements: number; response: LightMyRequestResponse }> {
  counted.deps.sessionCache?.clear();
  counted.counter.reset();
  const response = await counted.app.inject(request);
  return { statements: counted.counter.count, response };
}

export async function closeCountedApp(counted: Pick<CountedApp<string>, 'app' | 'database'> | undefined): Promise<void> {
  await counted?.app.close();
  await counted?.database.close();
}

/**
 * The pair every no-N+1 test compares: a province of 10 units and one four times larger, each
 * opened by `open` (seed a test database, open a counted app) before the calling describe's tests
 * and closed after them. Read `small` and `large` inside the tests, once opened.
 */
export function useCountedProvincePair<Province extends Pick<CountedApp<string>, 'app' | 'database'>>(options: {
  isAvailable: boolean;
  open: (units: number, passwordHash: string) => Promise<Province>;
  timeoutMs?: number;
}): { small: Province; large: Province } {
  const pair = {} as { small: Province; large: Province };
  beforeAll(async () => {
    if (!options.isAvailable) return;
    const passwordHash = await hashPassword(demoPassword);
    pair.small = await options.open(10, passwordHash);
    pair.large = await options.open(40, passwordHash);
  }, options.timeoutMs ?? 120_000);
  afterAll(async () => {
    for (const province of [pair.small, pair.large]) await closeCountedApp(province);
  });
  return pair;
}
