import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Indicator } from '../../core/model.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';
import { createInProcessHeavyWork, type HeavyWork } from '../workers/heavy-work.ts';
import { runHeavyTask } from '../workers/heavy-tasks.ts';

describe.each(await listTestDialects())('PATCH /api/documents/:id/indicators on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function patch(options: { id: string; username?: string; payload: unknown }) {
    const { headers } = await testApp.signIn(options.username ?? 'police-filler');
    return testApp.app.inject({ method: 'PATCH', url: `/api/documents/${options.id}/indicators`, headers, payload: options.payload as Record<string, unknown> });
  }

  it('saves one indicator, rescored, with a new version and one audit entry naming the field', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const original = stored.body.goals[0]!.indicators[0]!;
    const edited: Indicator = { ...original, name: `${original.name}（修订）` };
    const response = await patch({ id: stored.id, payload: { expectedVersion: stored.version, path: 'goals.0.indicators.0', indicator: edited } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: stored.id, version: stored.version + 1, path: 'goals.0.indicators.0', indicator: { name: edited.name } });
    const saved = await testApp.deps.repositories.documents.getById(stored.id);
    expect(saved?.body.goals[0]?.indicators[0]?.name).toBe(edited.name);
    expect(saved?.body.goals[0]?.indicators.slice(1)).toEqual(stored.body.goals[0]?.indicators.slice(1));
    const saves = (await testApp.deps.repositories.auditEntries.listByDocument(stored.id)).filter((entry) => entry.action === 'save');
    expect(saves).toHaveLength(1);
    expect(saves[0]?.changes).toContainEqual({ path: 'goals.0.indicators.0.name', before: original.name, after: edited.name });
  });

  it('answers a stale version 409 with the current document and overwrites nothing', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const indicator = { ...stored.body.goals[0]!.indicators[0]!, name: '第一次' };
    expect((await patch({ id: stored.id, payload: { expectedVersion: stored.version, path: 'goals.0.indicators.0', indicator } })).statusCode).toBe(200);
    const stale = await patch({ id: stored.id, payload: { expectedVersion: stored.version, path: 'goals.0.indicators.0', indicator: { ...indicator, name: '过期的' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version-conflict', current: { version: stored.version + 1 } });
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.body.goals[0]?.indicators[0]?.name).toBe('第一次');
  });

  it.each([
    { case: 'a path that is not an indicator', path: 'overallGoal', code: 'indicator-path-invalid' },
    { case: 'an indicator the document does not have', path: 'goals.0.indicators.999', code: 'indicator-not-found' },
    { case: 'a goal the document does not have', path: 'goals.99.indicators.0', code: 'indicator-not-found' },
  ])('refuses $case with 400', async ({ path, code }) => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const response = await patch({ id: stored.id, payload: { expectedVersion: stored.version, path, indicator: stored.body.goals[0]!.indicators[0]! } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code });
  });

  it.each([
    { case: 'a submitted document (not editable)', state: 'submitted' as const, username: 'police-filler', status: 409 },
    { case: 'another unit’s draft', state: 'draft' as const, username: 'justice-filler', status: 404 },
  ])('refuses $case like a whole save does', async ({ state, username, status }) => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police', state });
    const payload = { expectedVersion: stored.version, path: 'goals.0.indicators.0', indicator: { ...stored.body.goals[0]!.indicators[0]!, name: '越权' } };
    const whole = await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers: (await testApp.signIn(username)).headers, payload: { expectedVersion: stored.version, body: stored.body } });
    const response = await patch({ id: stored.id, username, payload });
    expect(response.statusCode).toBe(whole.statusCode);
    expect(response.statusCode).toBe(status);
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.body.goals[0]?.indicators[0]?.name).not.toBe('越权');
  });
});

describe.each(await listTestDialects())('saves analyse in the request thread, on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let asked = 0;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    // Worker work that refuses analysis: a save must not need it (add-chain-findings.ts inRequestThread).
    const base = createInProcessHeavyWork();
    const heavyWork: HeavyWork = {
      ...base,
      analyse: async () => {
        asked++;
        throw new Error('a save sent its analysis to a worker');
      },
    };
    testApp = await createTestApp({ dialect, heavyWork });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('saves one indicator and a whole draft without the worker pool, scored as the worker scores', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const { headers } = await testApp.signIn('police-filler');
    const indicator = { ...stored.body.goals[0]!.indicators[0]!, name: '在请求线程中评分' };
    const one = await testApp.app.inject({ method: 'PATCH', url: `/api/documents/${stored.id}/indicators`, headers, payload: { expectedVersion: stored.version, path: 'goals.0.indicators.0', indicator } });
    expect(one.statusCode).toBe(200);
    const afterOne = await testApp.deps.repositories.documents.getById(stored.id);
    const whole = await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: afterOne!.version, body: { ...afterOne!.body, overallGoal: '整表保存' } } });
    expect(whole.statusCode).toBe(200);
    expect(asked).toBe(0);
    const saved = await testApp.deps.repositories.documents.getById(stored.id);
    // What a worker gives for the saved body (analysis is idempotent): the same body.
    const fromWorker = await runHeavyTask({ kind: 'analyse', document: saved!.body, packName: rulePackNameOf(saved!.body), related: {} });
    expect(fromWorker).toMatchObject({ ok: true });
    expect(JSON.parse(JSON.stringify(saved!.body))).toEqual(JSON.parse(JSON.stringify((fromWorker as { value: unknown }).value)));
  });
});

/** "national@3" → "national". */
function rulePackNameOf(body: { rulePack?: string | null }): string {
  return (body.rulePack ?? '').split('@')[0]!;
}
