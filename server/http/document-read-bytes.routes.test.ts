/**
 * The document read sends kept bytes (services/documents/body-bytes-cache.ts): it must never send
 * an older body after a save, on this instance or another sharing the database, nor an old unit
 * name after the organisation was renamed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';

describe.each(await listTestDialects())('GET /api/documents/:id with kept bytes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function read(id: string, username = 'police-filler') {
    const { headers } = await testApp.signIn(username);
    const response = await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers });
    expect(response.statusCode).toBe(200);
    return response.json() as { version: number; body: { unit: string; goals: { indicators: { name: string }[] }[] } };
  }

  it('reads the saved body after every save, never the bytes kept for the version before', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    let version = (await read(stored.id)).version;
    const { headers } = await testApp.signIn('police-filler');
    for (const name of ['第一次修改', '第二次修改']) {
      const indicator = { ...stored.body.goals[0]!.indicators[0]!, name };
      const saved = await testApp.app.inject({ method: 'PATCH', url: `/api/documents/${stored.id}/indicators`, headers, payload: { expectedVersion: version, path: 'goals.0.indicators.0', indicator } });
      expect(saved.statusCode).toBe(200);
      const again = await read(stored.id);
      expect(again.version).toBe(version + 1);
      expect(again.body.goals[0]?.indicators[0]?.name).toBe(name);
      version = again.version;
    }
  });

  it('reads a save made through the repository (as another instance would) and the unit’s new name', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const before = await read(stored.id);
    const goals = stored.body.goals.map((goal, index) => (index === 0 ? { ...goal, indicators: [{ ...goal.indicators[0]!, name: '另一实例保存' }, ...goal.indicators.slice(1)] } : goal));
    const updated = await testApp.deps.repositories.documents.updateWithVersion({ id: stored.id, expectedVersion: before.version, changes: { body: { ...stored.body, goals }, updatedAt: new Date().toISOString(), updatedBy: null } });
    expect(updated.status).toBe('updated');
    expect((await read(stored.id)).body.goals[0]?.indicators[0]?.name).toBe('另一实例保存');

    const { headers } = await testApp.signIn('admin');
    const renamed = await testApp.app.inject({ method: 'PUT', url: `/api/organisations/${stored.organisationId}/name`, headers, payload: { name: '改名后的公安局' } });
    expect(renamed.statusCode).toBe(200);
    expect((await read(stored.id)).body.unit).toBe('改名后的公安局');
  });
});
