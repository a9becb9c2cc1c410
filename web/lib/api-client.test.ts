import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentPageSchema } from '../../contract/documents.ts';
import { ApiError, callApi } from './api-client.ts';

afterEach(() => vi.unstubAllGlobals());

function answerWith(body: unknown, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })));
}

const summary = {
  id: 'd1',
  organisationId: 'o1',
  organisationName: '示例单位',
  year: 2026,
  kind: 'target-table',
  kindName: '绩效目标表',
  project: null,
  revision: 1,
  state: 'draft',
  stateName: '草稿',
  version: 3,
  score: null,
  grade: null,
  updatedAt: '2026-03-01T00:00:00.000Z',
};

describe('callApi checks answers against the contract in tests', () => {
  it('returns an answer that fits the schema as it came', async () => {
    const page = { items: [summary], total: 1, page: 1, pageSize: 20 };
    answerWith(page);
    await expect(callApi({ method: 'GET', url: '/api/documents', response: documentPageSchema })).resolves.toEqual(page);
  });

  it('refuses an answer whose field has drifted from the contract, naming the path', async () => {
    answerWith({ items: [{ ...summary, version: '3' }], total: 1, page: 1, pageSize: 20 });
    const error = await callApi({ method: 'GET', url: '/api/documents', response: documentPageSchema }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('response-mismatch');
    expect((error as ApiError).message).toContain('items.0.version');
  });

  it('refuses an answer with an unknown state', async () => {
    answerWith({ items: [{ ...summary, state: 'lost' }], total: 1, page: 1, pageSize: 20 });
    await expect(callApi({ method: 'GET', url: '/api/documents', response: documentPageSchema })).rejects.toMatchObject({ code: 'response-mismatch' });
  });

  it('still reports a refusal as the server worded it', async () => {
    answerWith({ code: 'forbidden', message: '您没有权限执行此操作。' }, 403);
    await expect(callApi({ method: 'GET', url: '/api/documents', response: documentPageSchema })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
