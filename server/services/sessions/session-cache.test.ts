/**
 * The session cache (issue 14 item 3): what it keeps, for how long, and what clears it. "Another
 * instance" is a second set of repositories on the same database that does not know this cache.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createRepositories, runInTransaction } from '../../db/repositories.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import type { ServiceDeps } from '../deps.ts';
import { findSession } from './find-session.ts';
import {
  clearingSessionCache,
  createSessionCache,
  inClearingTransaction,
  sessionCacheMs,
} from './session-cache.ts';
import { hashToken } from './session-token.ts';

describe('findSession with the session cache', () => {
  let testApp: TestApp;
  let realMs: number;
  let deps: ServiceDeps;
  let token: string;

  beforeEach(async () => {
    testApp = await createTestApp();
    realMs = 1_000;
    const cache = createSessionCache({ monotonicNow: () => realMs });
    const db = testApp.database.db;
    deps = {
      ...testApp.deps,
      repositories: clearingSessionCache(createRepositories(db), cache),
      transaction: (work) => inClearingTransaction((inner) => runInTransaction(db, inner), cache, work),
      sessionCache: cache,
    };
    const { cookie } = await testApp.signIn('police-filler');
    token = cookie.split('=')[1]!;
  });
  afterEach(async () => {
    await testApp.close();
  });

  const otherInstance = () => createRepositories(testApp.database.db);

  test('a session ended on another instance is still served until the entry runs out, then refused', async () => {
    expect((await findSession(deps, { token }))?.user.username).toBe('police-filler');
    await otherInstance().sessions.delete(hashToken(token));
    realMs += sessionCacheMs - 1;
    expect((await findSession(deps, { token }))?.user.username).toBe('police-filler');
    realMs += 1;
    expect(await findSession(deps, { token })).toBeNull();
  });

  test('signing out on this instance refuses the session at once', async () => {
    expect(await findSession(deps, { token })).not.toBeNull();
    await deps.repositories.sessions.delete(hashToken(token));
    expect(await findSession(deps, { token })).toBeNull();
  });

  test('disabling the account in a transaction on this instance refuses the session at once', async () => {
    const session = await findSession(deps, { token });
    await deps.transaction(async (repositories) => {
      await repositories.users.setDisabled({ id: session!.user.id, isDisabled: true });
      await repositories.sessions.deleteByUser({ userId: session!.user.id });
    });
    expect(await findSession(deps, { token })).toBeNull();
  });

  test('a role changed on this instance is seen by the next request', async () => {
    const session = await findSession(deps, { token });
    await deps.repositories.users.setRole({ id: session!.user.id, role: 'unit-leader' });
    expect((await findSession(deps, { token }))?.user.role).toBe('unit-leader');
  });

  test('the idle timeout and the expiry are checked against the clock even for a cached session', async () => {
    expect(await findSession(deps, { token })).not.toBeNull();
    testApp.advanceClock(deps.config.sessionIdleSeconds * 1000 + 1);
    expect(await findSession(deps, { token })).toBeNull();
  });

  test('use is still written to the database at most once a minute', async () => {
    const lastSeen = async () =>
      (
        await testApp.database.db
          .selectFrom('sessions')
          .select('last_seen_at')
          .where('id', '=', hashToken(token))
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    const before = await lastSeen();
    testApp.advanceClock(30_000);
    await findSession(deps, { token });
    expect(await lastSeen()).toBe(before);
    testApp.advanceClock(31_000);
    await findSession(deps, { token });
    expect(await lastSeen()).toBe(testApp.clock.now.toISOString());
  });

  test('a session in use stays alive from one cache entry to the next', async () => {
    expect(await findSession(deps, { token })).not.toBeNull();
    for (let step = 0; step < 3; step += 1) {
      testApp.advanceClock(61_000);
      realMs += sessionCacheMs;
      expect(await findSession(deps, { token })).not.toBeNull();
    }
  });
});

describe('SessionCache.lookupOnce', () => {
  const session = { id: 's' } as unknown as Parameters<ReturnType<typeof createSessionCache>['set']>[1];

  test('runs one lookup for the requests that miss together, and a new one after it answered', async () => {
    const cache = createSessionCache();
    let lookups = 0;
    const lookup = async () => {
      lookups += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return session;
    };
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.lookupOnce('s', lookup)));
    expect(lookups).toBe(1);
    expect(answers.every((answer) => answer === session)).toBe(true);
    await cache.lookupOnce('s', lookup);
    expect(lookups).toBe(2);
  });

  test('a request after clearing (a sign-out) never joins a lookup begun before it', async () => {
    const cache = createSessionCache();
    let lookups = 0;
    // The first lookup read the row before the sign-out deleted it; the second finds none.
    const lookup = async () => {
      lookups += 1;
      const isFirst = lookups === 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return isFirst ? session : null;
    };
    const before = cache.lookupOnce('s', lookup);
    cache.clear();
    expect(await cache.lookupOnce('s', lookup)).toBeNull();
    expect(await before).toBe(session);
    expect(lookups).toBe(2);
  });
});
