/** Saves keep the body they wrote; a body written elsewhere (another instance) is never taken for it. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { createDocumentInState } from '../../http/documents-test-support.ts';
import { StoredBodyCache, storedBodyCacheOf } from './stored-body-cache.ts';
import type { PerformanceDocument } from '../../../core/model.ts';

const bodyTitled = (title: string) => ({ title }) as unknown as PerformanceDocument;

describe('StoredBodyCache', () => {
  test('gives a body only at its version, keeps the newer of two and drops the least recently used', () => {
    const cache = new StoredBodyCache(2);
    cache.set('a', 2, bodyTitled('a2'));
    cache.set('a', 1, bodyTitled('a1'));
    expect(cache.get('a', 2)).toEqual(bodyTitled('a2'));
    expect(cache.get('a', 1)).toBeUndefined();
    cache.set('b', 1, bodyTitled('b1'));
    cache.get('a', 2);
    cache.set('c', 1, bodyTitled('c1'));
    expect([cache.versionOf('a'), cache.versionOf('b'), cache.versionOf('c'), cache.size]).toEqual([2, null, 1, 2]);
  });

  test('freezes what it keeps under tests, so a reader that changes a shared body fails', () => {
    const cache = new StoredBodyCache();
    cache.set('a', 1, { title: 't', goals: [{ indicators: [{ name: 'n' }] }] } as unknown as PerformanceDocument);
    const body = cache.get('a', 1) as unknown as { goals: { indicators: { name: string }[] }[] };
    expect(() => {
      body.goals[0]!.indicators[0]!.name = 'changed';
    }).toThrow(TypeError);
  });
});

describe.each(await listTestDialects())('saves with the stored-body cache on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('saves after saves from the kept body, and from the database once another instance wrote', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const { headers } = await testApp.signIn('police-filler');
    const patch = (expectedVersion: number, name: string) =>
      testApp.app.inject({
        method: 'PATCH',
        url: `/api/documents/${stored.id}/indicators`,
        headers,
        payload: { expectedVersion, path: 'goals.0.indicators.0', indicator: { ...stored.body.goals[0]!.indicators[0]!, name } },
      });
    expect((await patch(stored.version, '第一次')).statusCode).toBe(200);
    expect((await patch(stored.version + 1, '第二次')).statusCode).toBe(200);
    const cache = storedBodyCacheOf(testApp.deps.repositories);
    expect(cache.versionOf(stored.id)).toBe(stored.version + 2);
    // The database sends no body while the kept version is current.
    expect((await testApp.deps.repositories.documents.getUnlessBodyAt(stored.id, stored.version + 2))?.bodyText).toBeNull();

    // Another instance (its own cache) saves the 职能 text: this instance's kept body is now stale.
    const current = (await testApp.deps.repositories.documents.getById(stored.id))!;
    const elsewhere = await testApp.deps.repositories.documents.updateWithVersion({
      id: stored.id,
      expectedVersion: current.version,
      changes: { body: { ...current.body, functions: '别处改过的职能' }, updatedAt: '2026-11-27T09:00:00.000Z', updatedBy: null },
    });
    expect(elsewhere.status).toBe('updated');
    expect((await patch(current.version + 1, '第三次')).statusCode).toBe(200);
    const saved = (await testApp.deps.repositories.documents.getById(stored.id))!;
    expect(saved.body.functions).toBe('别处改过的职能');
    expect(saved.body.goals[0]!.indicators[0]!.name).toBe('第三次');
    const saves = (await testApp.deps.repositories.auditEntries.listByDocument(stored.id)).filter((entry) => entry.action === 'save');
    expect(saves.map((entry) => entry.changes.find((change) => change.path === 'goals.0.indicators.0.name')?.after)).toEqual(['第一次', '第二次', '第三次']);
  });
});
