import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedNow, insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import { isUniqueViolation } from './repositories.ts';

describe.each(await listTestDialects())('organisation, user, session, audit and opinion repositories on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);
  let userId: string;

  beforeAll(async () => {
    if (!isAvailable) return;
    userId = randomUUID();
    await testing.repositories.users.insert({ id: userId, username: 'filler', passwordHash: 'hash', displayName: '张填报', role: 'unit-filler', organisationId: testing.tree.unit.id, createdAt: fixedNow });
  });

  it.skipIf(!isAvailable)('lists a subtree by path, the root first', async () => {
    const subtree = await testing.repositories.organisations.listSubtree(testing.tree.supervisor.path);
    expect(subtree.map((organisation) => organisation.name)).toEqual(['测试县主管部门甲', '测试县单位甲']);
    expect(testing.tree.unit.path).toEqual([testing.tree.financeBureau.id, testing.tree.supervisor.id, testing.tree.unit.id]);
    expect(testing.tree.unit.parentId).toBe(testing.tree.supervisor.id);
    expect((await testing.repositories.organisations.listAll()).length).toBe(5);
  });

  it.skipIf(!isAvailable)('keeps usernames unique and never returns the hash outside login', async () => {
    const duplicate = await testing.repositories.users
      .insert({ id: randomUUID(), username: 'filler', passwordHash: 'x', displayName: '重复', role: 'unit-filler', organisationId: testing.tree.unit.id, createdAt: fixedNow })
      .then(() => null, (error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(await testing.repositories.users.getById(userId)).not.toHaveProperty('passwordHash');
    expect(await testing.repositories.users.findCredentials('filler')).toMatchObject({ passwordHash: 'hash', user: { displayName: '张填报' } });
  });

  it.skipIf(!isAvailable)('finds a session with its user and organisation only until it expires', async () => {
    await testing.repositories.sessions.insert({ id: 's1', userId, csrfToken: 'c1', expiresAt: '2026-11-27T10:00:00.000Z', createdAt: fixedNow });
    const active = await testing.repositories.sessions.findActive({ id: 's1', now: '2026-11-27T09:59:59.999Z' });
    expect(active).toMatchObject({ csrfToken: 'c1', user: { role: 'unit-filler' }, organisation: { id: testing.tree.unit.id, path: testing.tree.unit.path } });
    expect(await testing.repositories.sessions.findActive({ id: 's1', now: '2026-11-27T10:00:00.000Z' })).toBeNull();
    expect(await testing.repositories.sessions.deleteExpired('2026-11-27T10:00:00.000Z')).toBe(1);
  });

  it.skipIf(!isAvailable)('reserves login attempts atomically: free ones, then a doubling delay, forgotten after the window', async () => {
    const policy = { freeAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, windowMs: 60_000 };
    const start = Date.parse(fixedNow);
    const reserve = (nowMs: number, key = 'user-address:filler:1.1.1.1') => testing.repositories.loginThrottles.reserveAttempt({ key, nowMs, policy });
    expect(await reserve(start)).toEqual({ isAllowed: true, attempts: 1 });
    expect(await reserve(start)).toEqual({ isAllowed: true, attempts: 2 });
    expect(await reserve(start)).toEqual({ isAllowed: true, attempts: 3 });
    expect(await reserve(start + 999)).toEqual({ isAllowed: false, retryAfterMs: 1000 });
    expect(await reserve(start + 1000)).toEqual({ isAllowed: true, attempts: 4 });
    expect(await reserve(start + 2999)).toMatchObject({ isAllowed: false });
    expect(await reserve(start + 3000)).toEqual({ isAllowed: true, attempts: 5 });
    expect(await reserve(start + 3000, 'user-address:filler:2.2.2.2')).toEqual({ isAllowed: true, attempts: 1 });
    // Capped at maxDelayMs, and a quiet window starts the count again.
    expect(await reserve(start + 7000)).toEqual({ isAllowed: true, attempts: 6 });
    expect(await reserve(start + 7000 + 8000 + 60_001)).toEqual({ isAllowed: true, attempts: 1 });
    await testing.repositories.loginThrottles.refundAttempt('user-address:filler:2.2.2.2');
    expect(await reserve(start + 3000, 'user-address:filler:2.2.2.2')).toEqual({ isAllowed: true, attempts: 1 });
    await testing.repositories.loginThrottles.clear('user-address:filler:1.1.1.1');
    expect(await reserve(start + 3000)).toEqual({ isAllowed: true, attempts: 1 });
  });

  it.skipIf(!isAvailable)('lets at most the free attempts through when 60 are reserved in parallel', async () => {
    const policy = { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: 900_000, windowMs: 900_000 };
    const nowMs = Date.parse(fixedNow);
    const results = await Promise.all(Array.from({ length: 60 }, () => testing.repositories.loginThrottles.reserveAttempt({ key: 'parallel', nowMs, policy })));
    expect(results.filter((result) => result.isAllowed)).toHaveLength(5);
  });

  it.skipIf(!isAvailable)('keeps the audit trail in order with field-level changes and actor names', async () => {
    const document = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id });
    await testing.repositories.auditEntries.append({ documentId: document.id, actorId: userId, at: fixedNow, action: 'edit', fromState: 'draft', toState: 'draft', reason: null, changes: [{ path: 'overallGoal', before: null, after: '保障平安' }] });
    await testing.repositories.auditEntries.append({ documentId: document.id, actorId: null, at: fixedNow, action: 'submit', fromState: 'draft', toState: 'submitted', reason: null });
    const entries = await testing.repositories.auditEntries.listByDocument(document.id);
    expect(entries.map((entry) => entry.action)).toEqual(['edit', 'submit']);
    expect(entries[0]).toMatchObject({ actorName: '张填报', changes: [{ path: 'overallGoal', before: null, after: '保障平安' }] });
    expect(entries[1]).toMatchObject({ actorName: null, changes: [] });
  });

  it.skipIf(!isAvailable)('keeps review opinions per revision, on an indicator or the whole document', async () => {
    const document = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2040 });
    await testing.repositories.reviewOpinions.add({ documentId: document.id, revision: 1, path: 'goals.0.indicators.1', text: '指标值不明确', actorId: userId, at: fixedNow });
    await testing.repositories.reviewOpinions.add({ documentId: document.id, revision: 2, path: null, text: '通过', actorId: userId, at: fixedNow });
    expect(await testing.repositories.reviewOpinions.listByDocument({ documentId: document.id, revision: 1 })).toMatchObject([{ path: 'goals.0.indicators.1', text: '指标值不明确', actorName: '张填报' }]);
    expect((await testing.repositories.reviewOpinions.listByDocument({ documentId: document.id })).map((opinion) => opinion.path)).toEqual(['goals.0.indicators.1', null]);
  });
});
