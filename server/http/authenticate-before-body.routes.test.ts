/**
 * Issue 9 item 7: every non-public route authenticates in onRequest, before the body is read, so
 * anonymous uploads (40 × 13 MB delayed real users by seconds) are refused without reading them.
 * The signal is how much of a lazily produced 13 MB body the server pulled before answering.
 */
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/create-test-app.ts';

const bodyBytes = 13 * 1024 * 1024;
const chunkBytes = 64 * 1024;

/** A JSON-ish body of `bodyBytes` produced on demand; `pulled` counts what was read. */
function createLazyBody() {
  const counter = { pulled: 0 };
  const stream = new Readable({
    read() {
      if (counter.pulled >= bodyBytes) return void this.push(null);
      counter.pulled += chunkBytes;
      this.push(Buffer.alloc(chunkBytes, 0x61));
    },
  });
  return { stream, counter };
}

const testApp = await createTestApp();
const openApi = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
const isPublicRoute = (method: string, path: string) =>
  path === '/api/health' || path === '/api/login' || path === '/api/logout' || (method === 'GET' && path.startsWith('/api/public/'));
const writeRoutes = Object.entries(openApi.paths).flatMap(([path, methods]) =>
  Object.keys(methods)
    .map((method) => method.toUpperCase())
    .filter((method) => method !== 'GET' && !isPublicRoute(method, path))
    .map((method) => [method as 'POST' | 'PUT' | 'PATCH' | 'DELETE', path.replace(/\{[^{}]+\}/g, 'some-id')] as const),
);

describe('authentication before the body is read', () => {
  afterAll(async () => {
    await testApp.close();
  });

  it('refuses an anonymous 13 MB import with 401 having read at most a few chunks of it', async () => {
    const { stream, counter } = createLazyBody();
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/documents/import',
      headers: { 'content-type': 'application/json', 'content-length': String(bodyBytes) },
      payload: stream,
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
    // A stream buffers ahead by its high-water mark; reading the body would pull all 13 MB.
    expect(counter.pulled).toBeLessThanOrEqual(4 * chunkBytes);
  });

  it.each(writeRoutes)('%s %s answers anonymous 401 without reading a large body', async (method, url) => {
    const { stream, counter } = createLazyBody();
    const response = await testApp.app.inject({ method, url, headers: { 'content-type': 'application/json', 'content-length': String(bodyBytes) }, payload: stream });
    expect(response.statusCode).toBe(401);
    expect(counter.pulled).toBeLessThanOrEqual(4 * chunkBytes);
  });
});
