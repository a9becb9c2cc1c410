/**
 * Issue 9 "the authorisation matrix extended to every route": the routes come from the real app
 * (Fastify's onRoute hook), so a route added on any branch is covered without editing this file.
 * Automatically, for every route: a non-public one authenticates in onRequest (before the body is
 * read), answers an anonymous request with 401, and refuses a write without the CSRF header. And
 * every route must have a row in the explicit role × own / other unit matrix
 * (route-matrix-test-support.ts) or be on one of its two short lists; the rows are then run.
 */
import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../test-support/create-test-app.ts';
import { createSessionCache } from './documents-test-support.ts';
import { readFileSync } from 'node:fs';
import { createMatrixContext, documentMatrixRoutes, matrixUsers, publicRoutes, routeMatrix, routesWithOwnMatrix, type Side } from './route-matrix-test-support.ts';

const registered: RouteOptions[] = [];
const testApp = await createTestApp({ onRoute: (route) => registered.push(route) });

/** "METHOD /path" of every API route (HEAD is Fastify's shadow of GET; the web app's files are not API). */
const routes = registered
  .flatMap((route) => (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({ method: String(method), url: route.url, route })))
  .filter(({ method, url }) => method !== 'HEAD' && url.startsWith('/api/'))
  .map(({ method, url, route }) => ({ key: `${method} ${url}`, method: method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url, route }));
const privateRoutes = routes.filter((route) => !(route.key in publicRoutes));
const matrixFile = 'server/http/route-matrix-test-support.ts';

/** The path with each parameter filled in (no such id: the guard must answer before looking). */
const toUrl = (url: string) => url.replace(/:[A-Za-z]+/g, '2099').replace('*', 'x');

afterAll(async () => {
  await testApp.close();
});

describe('every route of the real app', () => {
  let signedIn: SignedIn;
  beforeAll(async () => {
    signedIn = await testApp.signIn('admin');
  });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    expect(routes.map((route) => route.key)).toContain('GET /api/reports/summary.xlsx');
  });

  it('has each route in the matrix or on one of its lists', () => {
    const missing = routes
      .filter((route) => !(route.key in routeMatrix) && !(route.key in publicRoutes) && !(route.key in documentMatrixRoutes) && !(route.key in routesWithOwnMatrix))
      .map((route) => `"${route.key}" has no row in the authorisation matrix: add one to routeMatrix in ${matrixFile} (the status for each role, own and other unit), or, if anyone may call it, to publicRoutes there with the reason`);
    expect(missing).toEqual([]);
  });

  it('keeps no row for a route that is gone', () => {
    const keys = new Set(routes.map((route) => route.key));
    const stale = [...Object.keys(routeMatrix), ...Object.keys(publicRoutes), ...Object.keys(documentMatrixRoutes), ...Object.keys(routesWithOwnMatrix)].filter((key) => !keys.has(key));
    expect(stale, `rows in ${matrixFile} for routes the app no longer has`).toEqual([]);
  });

  it.each(Object.entries(routesWithOwnMatrix))('%s has its matrix in %s', (key, file) => {
    // The path's fixed part before its first parameter, as the matrix file writes it in its URLs.
    const fixedPart = key.split(' ')[1]!.split('/:')[0]!;
    expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')).toContain(fixedPart);
  });

  it.each(privateRoutes.map((route) => [route.key, route] as const))('%s authenticates in onRequest, before the body is read', (_key, { route }) => {
    const hooks = [route.onRequest].flat().filter(Boolean);
    expect(hooks.length, `${route.method} ${route.url}: add onRequest: authenticate (or requireRole(...)) to the route`).toBeGreaterThan(0);
  });

  it.each(privateRoutes.map((route) => [route.key, route] as const))('%s answers an anonymous request with 401', async (_key, { method, url }) => {
    const response = await testApp.app.inject({ method, url: toUrl(url), ...(method === 'GET' ? {} : { payload: {} }) });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'unauthenticated', message: '请先登录' });
  });

  it.each(routes.filter((route) => route.method !== 'GET' && route.key !== 'POST /api/login').map((route) => [route.key, route] as const))(
    '%s refuses a signed-in write without the CSRF header',
    async (_key, { method, url }) => {
      const response = await testApp.app.inject({ method, url: toUrl(url), headers: { cookie: signedIn.cookie }, payload: {} });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('csrf-token-invalid');
    },
  );
});

describe('the role × own / other unit matrix', () => {
  const context = createMatrixContext(testApp);
  const signIn = createSessionCache(testApp);

  it.each(Object.entries(routeMatrix).map(([key, row]) => [key, row] as const))('%s answers each role as written', async (key, row) => {
    const mismatches: string[] = [];
    for (const actor of matrixUsers) {
      const expected = row.expected[actor];
      const sides: Array<[Side, number]> = typeof expected === 'number' ? [['own', expected]] : [['own', expected[0]], ['other', expected[1]]];
      for (const [side, status] of sides) {
        const request = await row.request(context, { side, actor });
        const response = await testApp.app.inject({ ...request, headers: (await signIn(actor)).headers });
        if (response.statusCode !== status) mismatches.push(`${actor} (${side} unit): expected ${status}, got ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }
    expect(mismatches, `${key}: change the route or its row in ${matrixFile}`).toEqual([]);
  });
});
