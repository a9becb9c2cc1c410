import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

/** GET /api/documents?search=…: the lists' search box (unit, project, title), and each row's submitted date. */
describe('GET /api/documents search and submittedAt', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let submitted: StoredDocument;
  let draft: StoredDocument;

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
    submitted = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation', state: 'submitted' });
    draft = await createDocumentInState(testApp, { unitKey: 'police', kind: 'target-table', state: 'draft' });
    const headers = (await signIn('school-filler')).headers;
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/documents/project-target-tables',
      headers,
      payload: { year: 2071, project: '图书馆100%_改造', total: '5', funding: { currentYear: '5', carriedOver: null, other: null } },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function list(username: string, query: string) {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/documents?pageSize=100&${query}`, headers: (await signIn(username)).headers });
    expect(response.statusCode).toBe(200);
    return response.json().items as Array<{ id: string; organisationName: string; project: string | null; kind: string; submittedAt?: string | null }>;
  }

  it("finds documents by a part of the unit's name, within what the actor may read", async () => {
    const items = await list('police-filler', `search=${encodeURIComponent(submitted.organisationName.slice(-3))}`);
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining([submitted.id, draft.id]));
    expect(items.every((item) => item.organisationName === submitted.organisationName)).toBe(true);
  });

  it('finds a project by a part of its name, with % and _ taken literally', async () => {
    const items = await list('school-filler', `search=${encodeURIComponent('100%_')}`);
    expect(items.map((item) => item.project)).toEqual(['图书馆100%_改造']);
    expect(await list('school-filler', `search=${encodeURIComponent('1000%')}`)).toEqual([]);
  });

  it("finds documents by their title's kind (自评 → 绩效自评表)", async () => {
    const items = await list('police-filler', `search=${encodeURIComponent('自评')}`);
    expect(items.map((item) => item.id)).toContain(submitted.id);
    expect(items.every((item) => item.kind === 'self-evaluation')).toBe(true);
  });

  it('gives the time of the last submission, and null for a document never submitted', async () => {
    const items = await list('police-filler', '');
    const submittedRow = items.find((item) => item.id === submitted.id)!;
    const history = (await testApp.app.inject({ method: 'GET', url: `/api/documents/${submitted.id}/history`, headers: (await signIn('police-filler')).headers })).json();
    const submission = history.entries.find((entry: { toState: string | null }) => entry.toState === 'submitted');
    expect(submittedRow.submittedAt).toBe(submission.at);
    expect(items.find((item) => item.id === draft.id)!.submittedAt).toBeNull();
  });

  it('answers 400 to a search longer than 100 characters', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: `/api/documents?search=${'字'.repeat(101)}`, headers: (await signIn('police-filler')).headers });
    expect(response.statusCode).toBe(400);
  });
});
