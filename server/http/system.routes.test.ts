import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('health, OpenAPI and unknown API paths', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('reports health with a database round trip', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/login', '/api/session', '/api/organisations', '/api/users', '/api/health']));
    expect(document.paths['/api/login'].post.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    expect(document.paths).not.toHaveProperty('/api/openapi.json');
  });

  it('serves the browsable API docs', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });

  it('answers an unknown API path with a Chinese JSON 404', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'not-found', message: '接口不存在。' });
  });

  it('serves a Chinese page at / while the web app is not built', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('网页应用尚未构建');
    expect(response.body).toContain('href="/api/docs"');
  });
});

describe('the built web app', () => {
  let testApp: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'jixiao-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root">jixiao-app</div>');
    writeFileSync(path.join(webDist, 'app.js'), 'console.log(1)');
    testApp = await createTestApp({ config: { webDistDirectory: webDist } });
  });
  afterAll(async () => {
    await testApp.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it.each(['/', '/documents/123', '/review?year=2026'])('answers %s with index.html (client-side routes)', async (url) => {
    const response = await testApp.app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('jixiao-app');
  });

  it('serves assets as files and keeps API 404s as JSON', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/app.js' })).body).toBe('console.log(1)');
    expect((await testApp.app.inject({ method: 'GET', url: '/api/missing' })).json().code).toBe('not-found');
  });
});
