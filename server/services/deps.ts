/**
 * What services receive: the repositories, a way to run several writes in one transaction, the
 * configuration, and the clock and id source (parameters, so tests control time and ids).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import { createRepositories, runInTransaction, type Repositories } from '../db/repositories.ts';
import type { Database } from '../db/schema.ts';
import { createInProcessHeavyWork, type HeavyWork } from '../workers/heavy-work.ts';
import { createKeptSummaries, type KeptSummaries } from './reports/kept-summaries.ts';
import { clearingSessionCache, createSessionCache, inClearingTransaction, type SessionCache } from './sessions/session-cache.ts';

export interface ServiceDeps {
  repositories: Repositories;
  /** Runs `work` in one database transaction; repositories passed to it are bound to it. */
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  config: Config;
  now(): Date;
  createId(): string;
  /** Reading, analysing and exporting, off the request thread (server/workers). */
  heavyWork: HeavyWork;
  /** Sessions resolved a moment ago (sessions/session-cache.ts); absent: every request asks the database. */
  sessionCache?: SessionCache;
  /** The finance summary's finished answers, kept with their generation (reports/kept-summaries.ts). */
  keptSummaries: KeptSummaries;
  /**
   * Resolves when the request may go on with costly work after a database answer, in its turn
   * among the requests waiting to start (http/request-admission.ts). Set by the app on PostgreSQL,
   * whose answers resume requests in the event loop's poll phase, outside the admission's budget;
   * absent (tests, SQLite, whose saves run whole within their admitted start): go on at once.
   */
  awaitTurn?: () => Promise<void>;
  /**
   * Whether requests wait to start (http/request-admission.ts): more saves are on their way, so a
   * save's write waits a few turns to share their transaction (documents/save-queue.ts). Absent
   * (tests): saves share a transaction only when they reach their write in the same turn.
   */
  hasRequestsWaiting?: () => boolean;
}

export function createServiceDeps(options: {
  db: Kysely<Database>;
  config: Config;
  now?: () => Date;
  createId?: () => string;
  heavyWork?: HeavyWork;
  awaitTurn?: () => Promise<void>;
  hasRequestsWaiting?: () => boolean;
}): ServiceDeps {
  const sessionCache = createSessionCache();
  return {
    repositories: clearingSessionCache(createRepositories(options.db), sessionCache),
    transaction: (work) => inClearingTransaction((inner) => runInTransaction(options.db, inner), sessionCache, work),
    config: options.config,
    now: options.now ?? (() => new Date()),
    createId: options.createId ?? randomUUID,
    heavyWork: options.heavyWork ?? createInProcessHeavyWork(),
    sessionCache,
    keptSummaries: createKeptSummaries(),
    ...(options.awaitTurn ? { awaitTurn: options.awaitTurn } : {}),
    ...(options.hasRequestsWaiting ? { hasRequestsWaiting: options.hasRequestsWaiting } : {}),
  };
}
