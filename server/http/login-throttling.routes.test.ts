/**
 * Issue 9 item 6, over HTTP on SQLite and PostgreSQL: throttling keys on the address Fastify
 * trusts (TRUST_PROXY_HOPS), parallel guesses are counted atomically, an exponential delay
 * replaces the hard lock, and a browser that signed in as the user before is never slowed down.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { testDemoPassword } from '../demo/demo-organisations.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { deviceCookieName } from './auth.ts';

describe.each(await listTestDialects())('login throttling on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp | undefined;
  const it = isAvailable ? test : test.skip;
  afterEach(async () => {
    await testApp?.close();
    testApp = undefined;
  });

  function attempt(app: TestApp, input: { username: string; password: string; headers?: Record<string, string>; remoteAddress?: string }) {
    return app.app.inject({ method: 'POST', url: '/api/login', payload: { username: input.username, password: input.password }, headers: input.headers, remoteAddress: input.remoteAddress });
  }

  it('checks at most 5 of 60 parallel guesses for one user and address', async () => {
    testApp = await createTestApp({ dialect });
    const app = testApp;
    const responses = await Promise.all(Array.from({ length: 60 }, () => attempt(app, { username: 'finance', password: 'wrong-guess' })));
    const checked = responses.filter((response) => response.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(responses.filter((response) => response.statusCode === 429)).toHaveLength(60 - checked);
    // Each refusal says when to try again, as a header too (RFC 9110 Retry-After).
    for (const refused of responses.filter((response) => response.statusCode === 429)) {
      expect(Number(refused.headers['retry-after'])).toBe(refused.json().retryAfterSeconds);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
  });

  it('delays rather than locks: after 5 failures the right password waits 1 s, then works', async () => {
    testApp = await createTestApp({ dialect });
    for (let index = 0; index < 5; index += 1) expect((await attempt(testApp, { username: 'police-filler', password: 'wrong' })).statusCode).toBe(401);
    const waiting = await attempt(testApp, { username: 'police-filler', password: testDemoPassword });
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json()).toMatchObject({ code: 'too-many-login-attempts', message: '登录尝试过于频繁，请 1 秒后再试。', retryAfterSeconds: 1 });
    expect(waiting.headers['retry-after']).toBe('1');
    testApp.advanceClock(1000);
    expect((await attempt(testApp, { username: 'police-filler', password: 'wrong' })).statusCode).toBe(401);
    // The delay doubles with each further failure.
    testApp.advanceClock(1999);
    expect((await attempt(testApp, { username: 'police-filler', password: testDemoPassword })).statusCode).toBe(429);
    testApp.advanceClock(1);
    expect((await attempt(testApp, { username: 'police-filler', password: testDemoPassword })).statusCode).toBe(200);
  });

  it('lets the real user in from a browser that signed in before, whatever guesses come from the same address', async () => {
    testApp = await createTestApp({ dialect });
    const first = await attempt(testApp, { username: 'police-leader', password: testDemoPassword });
    const device = first.cookies.find((cookie) => cookie.name === deviceCookieName);
    expect(device).toMatchObject({ httpOnly: true, path: '/api/login' });
    for (let index = 0; index < 40; index += 1) await attempt(testApp, { username: 'police-leader', password: `guess-${index}` });
    expect((await attempt(testApp, { username: 'police-leader', password: testDemoPassword })).statusCode).toBe(429);
    const fromKnownDevice = await attempt(testApp, { username: 'police-leader', password: testDemoPassword, headers: { cookie: `${deviceCookieName}=${device!.value}` } });
    expect(fromKnownDevice.statusCode).toBe(200);
    // A made-up device cookie is just an unknown browser.
    expect((await attempt(testApp, { username: 'police-leader', password: testDemoPassword, headers: { cookie: `${deviceCookieName}=made-up` } })).statusCode).toBe(429);
  });

  it('slows an office address down after 50 failures across accounts for a second, not 15 minutes, and never its known browsers', async () => {
    testApp = await createTestApp({ dialect });
    const known = (await attempt(testApp, { username: 'justice-filler', password: testDemoPassword })).cookies.find((cookie) => cookie.name === deviceCookieName)!;
    for (let index = 0; index < 50; index += 1) await attempt(testApp, { username: `guess-${index % 10}-${index}`, password: 'x' });
    expect((await attempt(testApp, { username: 'admin', password: testDemoPassword })).statusCode).toBe(429);
    expect((await attempt(testApp, { username: 'justice-filler', password: testDemoPassword, headers: { cookie: `${deviceCookieName}=${known.value}` } })).statusCode).toBe(200);
    expect((await attempt(testApp, { username: 'admin', password: testDemoPassword, remoteAddress: '10.0.0.9' })).statusCode).toBe(200);
    testApp.advanceClock(1000);
    expect((await attempt(testApp, { username: 'admin', password: testDemoPassword })).statusCode).toBe(200);
  });

  it('ignores a client’s X-Forwarded-For unless proxy hops are configured', async () => {
    testApp = await createTestApp({ dialect });
    const statuses = [];
    for (let index = 0; index < 40; index += 1) {
      statuses.push((await attempt(testApp, { username: 'finance', password: 'wrong', headers: { 'x-forwarded-for': `198.51.100.${index}` } })).statusCode);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
  });

  it('with one trusted hop keys on the address the proxy added, not the leftmost one the client wrote', async () => {
    testApp = await createTestApp({ dialect, config: { trustProxyHops: 1, isBehindProxy: true } });
    const statuses = [];
    for (let index = 0; index < 40; index += 1) {
      const headers = { 'x-forwarded-for': `198.51.100.${index}, 203.0.113.7` };
      statuses.push((await attempt(testApp, { username: 'finance', password: 'wrong', headers, remoteAddress: '10.0.0.2' })).statusCode);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    const otherClient = await attempt(testApp, { username: 'finance', password: testDemoPassword, headers: { 'x-forwarded-for': '203.0.113.8' }, remoteAddress: '10.0.0.2' });
    expect(otherClient.statusCode).toBe(200);
  });

  it('marks the cookies Secure when a trusted proxy says https, and not when an untrusted client says so', async () => {
    testApp = await createTestApp({ dialect, config: { trustProxyHops: 1, isBehindProxy: true } });
    const viaProxy = await attempt(testApp, { username: 'finance', password: testDemoPassword, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '10.0.0.2' });
    expect(viaProxy.statusCode).toBe(200);
    expect(viaProxy.cookies.every((cookie) => cookie.secure === true)).toBe(true);
    await testApp.close();
    testApp = await createTestApp({ dialect });
    const direct = await attempt(testApp, { username: 'finance', password: testDemoPassword, headers: { 'x-forwarded-proto': 'https' } });
    expect(direct.statusCode).toBe(200);
    expect(direct.cookies.some((cookie) => cookie.secure === true)).toBe(false);
  });
});
