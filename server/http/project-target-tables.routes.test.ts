import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createSessionCache } from './documents-test-support.ts';

describe('POST /api/documents/project-target-tables', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function create(username: string | null, payload: unknown) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method: 'POST', url: '/api/documents/project-target-tables', headers, payload: payload as object });
  }

  const funded = (year: number, project = '校园安全改造') => ({
    year,
    project,
    total: '120.5',
    funding: { currentYear: '100.3', carriedOver: '20.2', other: null },
  });

  it('creates a project draft with its name, total and sources, and an audit entry', async () => {
    const response = await create('school-filler', funded(2081));
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ kind: 'target-table', state: 'draft', year: 2081, project: '校园安全改造', revision: 1 });
    const stored = (await testApp.deps.repositories.documents.getById(created.id))!;
    expect(stored.body).toMatchObject({ scope: 'project', project: '校园安全改造', goals: [] });
    expect(stored.body.budget).toMatchObject({
      total: '120.5',
      bySource: { currentYear: '100.3', carriedOver: '20.2', other: null, total: '120.5' },
    });
    const history = (await testApp.app.inject({ method: 'GET', url: `/api/documents/${created.id}/history`, headers: (await signIn('school-filler')).headers })).json();
    expect(history.entries[0]).toMatchObject({ action: 'create', toState: 'draft', reason: expect.stringContaining('校园安全改造') });
  });

  it('lets the same unit start a second project of the same year, but not the same project twice', async () => {
    expect((await create('school-filler', funded(2082, '食堂设备更新'))).statusCode).toBe(201);
    expect((await create('school-filler', funded(2082, '操场翻新'))).statusCode).toBe(201);
    const again = await create('school-filler', funded(2082, '食堂设备更新'));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'document-exists' });
  });

  it('refuses sources that do not add up to the total, naming the difference', async () => {
    const response = await create('school-filler', { ...funded(2083), funding: { currentYear: '100', carriedOver: '20.49', other: null } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'project-funding-mismatch', message: expect.stringContaining('相差0.01万元') });
  });

  it('refuses a project without any source of funds', async () => {
    const response = await create('school-filler', { ...funded(2083), funding: { currentYear: null, carriedOver: null, other: null } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'project-funding-missing' });
  });

  it('answers 401 without a session', async () => {
    expect((await create(null, funded(2084))).statusCode).toBe(401);
  });

  it.each(['politics-reviewer', 'finance', 'admin'])('answers 403 to %s, who does not fill in target tables', async (username) => {
    expect((await create(username, funded(2085))).statusCode).toBe(403);
  });

  it.each([
    [{ year: 2086, project: '', total: '1', funding: { currentYear: '1', carriedOver: null, other: null } }],
    [{ year: 2086, project: '项目', total: '-1', funding: { currentYear: '-1', carriedOver: null, other: null } }],
    [{ year: 2086, project: '项目', total: '一百', funding: { currentYear: '1', carriedOver: null, other: null } }],
    [{ year: 2086, project: '项目', total: '1' }],
  ])('answers 400 to %j', async (payload) => {
    const response = await create('school-filler', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-input' });
  });
});
