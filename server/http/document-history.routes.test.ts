import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe('document history pages', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function getHistory(id: string, query = '') {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}/history${query}`, headers: (await signIn('police-filler')).headers });
    return { status: response.statusCode, body: response.json() };
  }

  it('gives the newest entries first and older ones page by page, each page in order', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    for (const [index, reason] of ['第一次', '第二次', '第三次', '第四次'].entries()) {
      await testApp.deps.repositories.auditEntries.append({
        documentId: stored.id,
        actorId: null,
        at: new Date(Date.UTC(2026, 10, 28, 8, index)).toISOString(),
        action: 'save',
        fromState: 'draft',
        toState: 'draft',
        reason,
        changes: [],
      });
    }
    const first = await getHistory(stored.id, '?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.entries.map((entry: { reason: string }) => entry.reason)).toEqual(['第三次', '第四次']);
    expect(first.body.nextCursor).toBe('2');
    const second = await getHistory(stored.id, `?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.entries.map((entry: { reason: string }) => entry.reason)).toEqual(['第一次', '第二次']);
    const last = await getHistory(stored.id, `?limit=2&cursor=${second.body.nextCursor}`);
    expect(last.body.entries.map((entry: { action: string }) => entry.action)).toEqual(['create']);
    expect(last.body.nextCursor).toBeNull();
  });

  it.each([['?limit=0'], ['?limit=201'], ['?cursor=-1'], ['?cursor=abc']])('refuses %s with 400', async (query) => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    expect((await getHistory(stored.id, query)).status).toBe(400);
  });
});
