/**
 * Walks every route in the OpenAPI document, so routes added later are covered too: nothing
 * outside the public list answers an anonymous request, and no write goes through without CSRF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

/** Routes anyone may call: health, login/logout, and the public read-only documents. */
const isPublicRoute = (method: string, path: string) =>
  path === '/api/health' || path === '/api/login' || path === '/api/logout' || (method === 'GET' && path.startsWith('/api/public/'));

const testApp = await createTestApp();
const openApi = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
const routes = Object.entries(openApi.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => ({ method: method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path, url: path.replace(/\{[^{}]+\}/g, 'some-id') })),
);

describe('route guards over every documented route', () => {
  let signedIn: Awaited<ReturnType<TestApp['signIn']>>;
  beforeAll(async () => {
    signedIn = await testApp.signIn('admin');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('finds the routes to walk', () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
  });

  it.each(routes.filter((route) => !isPublicRoute(route.method, route.path)).map((route) => [route.method, route.path, route.url] as const))(
    '%s %s answers 401 without a session',
    async (method, _path, url) => {
      const response = await testApp.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'unauthenticated', message: '请先登录' });
    },
  );

  it.each(routes.filter((route) => route.method !== 'GET' && route.path !== '/api/login').map((route) => [route.method, route.path, route.url] as const))(
    '%s %s answers 403 to a session without the CSRF header',
    async (method, _path, url) => {
      const response = await testApp.app.inject({ method, url, headers: { cookie: signedIn.cookie }, payload: {} });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf-token-invalid');
    },
  );
});
