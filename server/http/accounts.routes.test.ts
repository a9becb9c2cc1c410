/**
 * Issue 9 item 5 over HTTP: own password change and sessions, the administrator's reset, disable
 * and session revocation, and the authorisation matrix of these routes for every demo role.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoUsers } from '../demo/demo-organisations.ts';
import { createTestApp, toSignedIn, type TestApp } from '../test-support/create-test-app.ts';

const newPassword = '示范县公安局新密码2026';

describe('account routes', () => {
  let testApp: TestApp;
  beforeEach(async () => {
    testApp = await createTestApp();
  });
  afterEach(async () => {
    await testApp.close();
  });

  const session = (headers: Record<string, string>) => testApp.app.inject({ method: 'GET', url: '/api/session', headers });
  const login = (username: string, password: string) => testApp.app.inject({ method: 'POST', url: '/api/login', payload: { username, password } });

  it('marks demo accounts in the session for the banner', async () => {
    const { headers } = await testApp.signIn('police-filler');
    expect((await session(headers)).json().user.isDemo).toBe(true);
  });

  it('changes the own password with the current one, ending the other sessions but not this one', async () => {
    const current = await testApp.signIn('police-filler');
    const other = await testApp.signIn('police-filler');
    const change = (payload: object) => testApp.app.inject({ method: 'POST', url: '/api/session/password', headers: current.headers, payload });
    expect((await change({ currentPassword: 'wrong-password', newPassword })).json()).toMatchObject({ code: 'wrong-current-password', message: '当前密码不正确。' });
    expect((await change({ currentPassword: 'jixiao2026', newPassword: 'woaini1314' })).json()).toMatchObject({ code: 'weak-password' });
    expect((await change({ currentPassword: 'jixiao2026', newPassword: 'police-filler-x' })).json().message).toContain('用户名');
    expect((await change({ currentPassword: 'jixiao2026', newPassword })).statusCode).toBe(204);
    expect((await session(current.headers)).statusCode).toBe(200);
    expect((await session(other.headers)).statusCode).toBe(401);
    expect((await login('police-filler', 'jixiao2026')).statusCode).toBe(401);
    expect((await login('police-filler', newPassword)).statusCode).toBe(200);
  });

  it('lists the own sessions and ends one of them, never another user’s', async () => {
    const first = await testApp.signIn('school-filler');
    const second = toSignedIn(await testApp.app.inject({ method: 'POST', url: '/api/login', headers: { 'user-agent': 'Firefox 测试' }, payload: { username: 'school-filler', password: 'jixiao2026' } }));
    const listed = await testApp.app.inject({ method: 'GET', url: '/api/sessions', headers: first.headers });
    const items = listed.json().items as Array<{ id: string; isCurrent: boolean; userAgent: string | null; ip: string }>;
    expect(items).toHaveLength(2);
    expect(items.filter((item) => item.isCurrent)).toHaveLength(1);
    expect(items.map((item) => item.userAgent)).toContain('Firefox 测试');
    expect(listed.body).not.toContain(second.cookie.split('=')[1]);
    const otherSession = items.find((item) => !item.isCurrent)!;
    const stranger = await testApp.signIn('primary-filler');
    expect((await testApp.app.inject({ method: 'DELETE', url: `/api/sessions/${otherSession.id}`, headers: stranger.headers })).statusCode).toBe(404);
    expect((await session(second.headers)).statusCode).toBe(200);
    expect((await testApp.app.inject({ method: 'DELETE', url: `/api/sessions/${otherSession.id}`, headers: first.headers })).statusCode).toBe(204);
    expect((await session(second.headers)).statusCode).toBe(401);
    expect((await session(first.headers)).statusCode).toBe(200);
  });

  it('lets the administrator reset a password, disable and enable an account, and end its sessions', async () => {
    const admin = await testApp.signIn('admin');
    const userId = testApp.demo.users['justice-filler']!.id;
    const user = await testApp.signIn('justice-filler');
    const reset = await testApp.app.inject({ method: 'POST', url: `/api/users/${userId}/password`, headers: admin.headers, payload: { newPassword } });
    expect(reset.statusCode).toBe(200);
    expect((await session(user.headers)).statusCode).toBe(401);
    expect((await testApp.app.inject({ method: 'POST', url: `/api/users/${userId}/password`, headers: admin.headers, payload: { newPassword: 'qwertyuiop' } })).statusCode).toBe(400);

    const again = toSignedIn(await login('justice-filler', newPassword));
    const disabled = await testApp.app.inject({ method: 'PUT', url: `/api/users/${userId}/status`, headers: admin.headers, payload: { isDisabled: true } });
    expect(disabled.json()).toMatchObject({ username: 'justice-filler', isDisabled: true, isDemo: true });
    expect((await session(again.headers)).statusCode).toBe(401);
    expect((await login('justice-filler', newPassword)).json()).toMatchObject({ code: 'account-disabled', message: '该账号已停用，请联系系统管理员。' });
    expect((await login('justice-filler', 'wrong-password')).json().code).toBe('invalid-credentials');
    await testApp.app.inject({ method: 'PUT', url: `/api/users/${userId}/status`, headers: admin.headers, payload: { isDisabled: false } });
    const enabled = toSignedIn(await login('justice-filler', newPassword));

    const revoked = await testApp.app.inject({ method: 'DELETE', url: `/api/users/${userId}/sessions`, headers: admin.headers });
    expect(revoked.json()).toEqual({ revoked: 1 });
    expect((await session(enabled.headers)).statusCode).toBe(401);
    const self = await testApp.app.inject({ method: 'PUT', url: `/api/users/${testApp.demo.users.admin!.id}/status`, headers: admin.headers, payload: { isDisabled: true } });
    expect(self.json()).toMatchObject({ code: 'cannot-disable-self' });
    expect((await testApp.app.inject({ method: 'POST', url: '/api/users/no-such-user/password', headers: admin.headers, payload: { newPassword } })).statusCode).toBe(404);
  });

  // Authorisation matrix rows for the routes of issue 9 item 5: only the administrator manages
  // accounts; every signed-in role manages its own; anonymous requests are refused by the route guards test.
  it.each(demoUsers.map((user) => user.username))('gives %s exactly the expected access to the account routes', async (username) => {
    const { headers } = await testApp.signIn(username);
    const target = testApp.demo.users[username === 'police-leader' ? 'police-filler' : 'police-leader']!.id;
    const isAdmin = username === 'admin';
    const statuses = {
      reset: (await testApp.app.inject({ method: 'POST', url: `/api/users/${target}/password`, headers, payload: { newPassword } })).statusCode,
      status: (await testApp.app.inject({ method: 'PUT', url: `/api/users/${target}/status`, headers, payload: { isDisabled: false } })).statusCode,
      revoke: (await testApp.app.inject({ method: 'DELETE', url: `/api/users/${target}/sessions`, headers })).statusCode,
      list: (await testApp.app.inject({ method: 'GET', url: '/api/sessions', headers })).statusCode,
    };
    expect(statuses).toEqual({ reset: isAdmin ? 200 : 403, status: isAdmin ? 200 : 403, revoke: isAdmin ? 200 : 403, list: 200 });
  });
});
