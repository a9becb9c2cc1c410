import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe('POST /api/documents/target-tables', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let approvedLastYear: StoredDocument;
  let draftLastYear: StoredDocument;

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
    // Fixture years come from documents-test-support (one year per document), so police and
    // justice each have exactly one target table, in different years.
    approvedLastYear = await createDocumentInState(testApp, { unitKey: 'police', kind: 'target-table', state: 'approved' });
    draftLastYear = await createDocumentInState(testApp, { unitKey: 'justice', kind: 'target-table', state: 'draft' });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function create(username: string | null, payload: unknown) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method: 'POST', url: '/api/documents/target-tables', headers, payload: payload as object });
  }

  it("copies last year's approved indicators and weights into a draft for the next year", async () => {
    const year = approvedLastYear.year + 1;
    const response = await create('police-filler', { year, from: 'last-year' });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ kind: 'target-table', state: 'draft', year, revision: 1 });
    const stored = (await testApp.deps.repositories.documents.getById(created.id))!;
    const pick = (document: StoredDocument) =>
      document.body.goals.flatMap((goal) => goal.indicators.map((indicator) => [goal.name, indicator.level1, indicator.level2, indicator.name, indicator.target?.text, indicator.weight ?? null]));
    expect(pick(stored)).toEqual(pick(approvedLastYear));
    expect(pick(stored).length).toBeGreaterThan(0);
    expect(stored.body).toMatchObject({ year, unit: approvedLastYear.body.unit, functions: approvedLastYear.body.functions });
    expect(stored.body.budget.total ?? null).toBeNull();
    const history = (await testApp.app.inject({ method: 'GET', url: `/api/documents/${created.id}/history`, headers: (await signIn('police-filler')).headers })).json();
    expect(history.entries[0]).toMatchObject({ action: 'create-from-last-year', toState: 'draft' });
  });

  it('creates a blank draft with the unit and year only', async () => {
    const response = await create('school-filler', { year: 2091, from: 'blank' });
    expect(response.statusCode).toBe(201);
    const stored = (await testApp.deps.repositories.documents.getById(response.json().id))!;
    expect(stored).toMatchObject({ kind: 'target-table', state: 'draft', year: 2091 });
    expect(stored.body.goals).toEqual([]);
    expect(stored.body.unit).not.toBe('');
  });

  it.each(['blank', 'last-year'] as const)('answers 409 (from %s) when the unit already has a target table for that year', async (from) => {
    const response = await create('police-filler', { year: approvedLastYear.year, from });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'document-exists', message: expect.stringContaining('已有') });
  });

  it("answers 404 when last year's target table is not approved", async () => {
    const response = await create('justice-filler', { year: draftLastYear.year + 1, from: 'last-year' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'no-approved-targets-last-year', message: expect.stringContaining(`${draftLastYear.year} 年度没有已批复`) });
  });

  it('answers 404 when there is no target table last year at all', async () => {
    expect((await create('primary-filler', { year: 2093, from: 'last-year' })).statusCode).toBe(404);
  });

  it('answers 401 without a session', async () => {
    const response = await create(null, { year: 2094, from: 'blank' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'unauthenticated', message: '请先登录' });
  });

  it.each(['politics-reviewer', 'finance'])('answers 403 to %s, who does not fill in target tables', async (username) => {
    expect((await create(username, { year: 2095, from: 'blank' })).statusCode).toBe(403);
  });

  it.each([
    [{ year: 2096, from: 'copy' }],
    [{ year: '二〇九六', from: 'blank' }],
    [{ from: 'blank' }],
  ])('answers 400 to %j', async (payload) => {
    const response = await create('police-filler', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-input' });
  });
});
