import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('public routes', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ withDemoDocuments: true });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('lists published documents only, without a login', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/public/documents?pageSize=100' });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ state: string; kind: string }>;
    const published = await testApp.deps.repositories.documents.list({ state: 'published', limit: 1000 });
    expect(items.length).toBe(published.total);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((item) => item.state))).toEqual(new Set(['published']));
    const everything = await testApp.deps.repositories.documents.list({ limit: 1000 });
    expect(everything.total).toBeGreaterThan(items.length);
  });

  it('filters published documents by kind and year', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/public/documents?kind=self-evaluation&year=2024' });
    expect(response.json().items.map((item: { kind: string; year: number }) => `${item.kind} ${item.year}`)).toEqual(['self-evaluation 2024']);
  });

  it('pages by cursor through the same documents as by page number, and refuses a bad cursor in Chinese', async () => {
    const get = (url: string) => testApp.app.inject({ method: 'GET', url });
    const all = (await get('/api/public/documents?pageSize=100')).json() as { items: Array<{ id: string }>; total: number; isTotalCapped: boolean; nextCursor: string | null };
    expect(all).toMatchObject({ isTotalCapped: false, nextCursor: null });
    expect(all.items.length).toBeGreaterThan(2);
    const walked: string[] = [];
    let url = '/api/public/documents?pageSize=2';
    for (let pages = 0; pages < 100; pages++) {
      const page = (await get(url)).json() as { items: Array<{ id: string }>; total: number; nextCursor: string | null };
      walked.push(...page.items.map((item) => item.id));
      expect(page.total).toBe(all.total);
      if (!page.nextCursor) break;
      url = `/api/public/documents?pageSize=2&after=${encodeURIComponent(page.nextCursor)}`;
    }
    expect(walked).toEqual(all.items.map((item) => item.id));
    const bad = await get('/api/public/documents?after=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid-cursor', message: expect.stringContaining('翻页位置无效') });
  });

  it('reads a published document without reviewer-only fields', async () => {
    const list = await testApp.app.inject({ method: 'GET', url: '/api/public/documents?kind=target-table' });
    const id = list.json().items[0].id as string;
    const response = await testApp.app.inject({ method: 'GET', url: `/api/public/documents/${id}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id, state: 'published', body: { kind: 'target-table' } });
    expect(response.json()).not.toHaveProperty('allowedActions');
    expect(response.json()).not.toHaveProperty('opinions');
  });

  it('answers an unpublished or unknown document with 404 and bad filters with 400', async () => {
    const draft = await testApp.deps.repositories.documents.list({ state: 'draft', limit: 1 });
    expect((await testApp.app.inject({ method: 'GET', url: `/api/public/documents/${draft.items[0]!.id}` })).statusCode).toBe(404);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/public/documents/nothing' })).statusCode).toBe(404);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/public/documents?year=abc' })).statusCode).toBe(400);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/public/documents?pageSize=1000' })).statusCode).toBe(400);
  });
});
