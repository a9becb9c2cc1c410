import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDemoPassword } from '../demo/demo-organisations.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('login, session and logout', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  it('signs in with the right password: httpOnly SameSite=Lax cookie, CSRF token, who am I', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'police-filler', password: testDemoPassword } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((item) => item.name === 'jixiao_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'police-filler', role: 'unit-filler', organisationName: '示范县公安局', organisationKind: 'unit' });
    expect(body.user.organisationPath).toEqual(testApp.demo.organisations.police!.path);
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);

    const session = await testApp.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `jixiao_session=${cookie!.value}` } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { username: 'police-filler' }, csrfToken: body.csrfToken });
  });

  it('stores only a hash of the session token', async () => {
    const signedIn = await testApp.signIn('admin');
    const token = signedIn.cookie.split('=')[1]!;
    const rows = await testApp.database.db.selectFrom('sessions').select('id').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(token);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('marks the cookie Secure when configured for https', async () => {
    await testApp.close();
    testApp = await createTestApp({ config: { isCookieSecure: true } });
    const response = await testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'admin', password: testDemoPassword } });
    expect(response.cookies.find((item) => item.name === 'jixiao_session')?.secure).toBe(true);
  });

  it.each([
    ['a wrong password', 'police-filler', 'wrong-password'],
    ['an unknown user', 'nobody', testDemoPassword],
  ])('refuses %s with the same 401 and no cookie', async (_case, username, password) => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'invalid-credentials', message: '用户名或密码错误。' });
    expect(response.cookies).toHaveLength(0);
  });

  it('refuses an empty username with 400 invalid-input in Chinese', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username: '', password: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^输入有误：.*请输入用户名/) });
  });

  it('refuses a body that is not JSON with 400 in Chinese', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/login', headers: { 'content-type': 'application/json' }, payload: '{oops' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'invalid-input', message: '输入有误：请求内容不是有效的 JSON。' });
  });

  it('forgets earlier failures after a successful login', async () => {
    const attempt = (password: string) => testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'finance', password } });
    for (let failure = 0; failure < 4; failure += 1) await attempt('wrong');
    expect((await attempt(testDemoPassword)).statusCode).toBe(200);
    for (let failure = 0; failure < 4; failure += 1) expect((await attempt('wrong')).statusCode).toBe(401);
    expect((await attempt(testDemoPassword)).statusCode).toBe(200);
  });

  it('answers 401 without a session, with an unknown cookie, and after the session expires', async () => {
    const noSession = await testApp.app.inject({ method: 'GET', url: '/api/session' });
    expect(noSession.statusCode).toBe(401);
    expect(noSession.json()).toEqual({ code: 'unauthenticated', message: '请先登录' });
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: 'jixiao_session=forged' } })).statusCode).toBe(401);

    // The 8 h cap holds even for a session in use every hour (below the idle timeout).
    const signedIn = await testApp.signIn('police-leader');
    const hour = 3600_000;
    for (let hours = 1; hours < 8; hours += 1) {
      testApp.advanceClock(hour);
      expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(200);
    }
    testApp.advanceClock(hour - 1);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(200);
    testApp.advanceClock(1);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(401);
  });

  it('ends a session left unused for longer than the idle timeout, well before the cap', async () => {
    const signedIn = await testApp.signIn('police-leader');
    const idle = testApp.deps.config.sessionIdleSeconds * 1000;
    expect(idle).toBeLessThan(testApp.deps.config.sessionTtlSeconds * 1000);
    testApp.advanceClock(idle - 1);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(200);
    testApp.advanceClock(idle - 1);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(200);
    testApp.advanceClock(idle + 1);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(401);
  });

  it('logs out: the session is deleted and the cookie cleared', async () => {
    const signedIn = await testApp.signIn('school-filler');
    const response = await testApp.app.inject({ method: 'POST', url: '/api/logout', headers: signedIn.headers });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((item) => item.name === 'jixiao_session')?.value).toBe('');
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers: signedIn.headers })).statusCode).toBe(401);
    expect(await testApp.database.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
  });

  it.each([
    ['no CSRF header', undefined],
    ['a wrong CSRF header', 'not-the-token'],
  ])('refuses a write with a session but %s: 403, and nothing happens', async (_case, header) => {
    const signedIn = await testApp.signIn('admin');
    const headers: Record<string, string> = { cookie: signedIn.cookie };
    if (header) headers['x-csrf-token'] = header;
    const logout = await testApp.app.inject({ method: 'POST', url: '/api/logout', headers });
    expect(logout.statusCode).toBe(403);
    expect(logout.json()).toMatchObject({ code: 'csrf-token-invalid', message: expect.stringContaining('安全校验失败') });
    expect((await testApp.app.inject({ method: 'GET', url: '/api/session', headers })).statusCode).toBe(200);
    const create = await testApp.app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { parentId: null, kind: 'finance-bureau', name: '不应创建' } });
    expect(create.statusCode).toBe(403);
    expect(await testApp.deps.repositories.organisations.count()).toBe(7);
  });
});
