import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('user routes', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('lists users for the administrator without password hashes', async () => {
    const { headers } = await testApp.signIn('admin');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/users', headers });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(12);
    expect(response.body).not.toMatch(/argon2|password/i);
    const police = testApp.demo.organisations.police!.id;
    const filtered = await testApp.app.inject({ method: 'GET', url: `/api/users?organisationId=${police}`, headers });
    expect(filtered.json().items.map((user: { username: string }) => user.username)).toEqual(['police-filler', 'police-leader']);
  });

  it('creates a user who can then sign in', async () => {
    const { headers } = await testApp.signIn('admin');
    const payload = { username: 'court-filler', password: 'long-enough-1', displayName: '法院 钱填报', role: 'unit-filler', organisationId: testApp.demo.organisations.justice!.id };
    const response = await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ username: 'court-filler', role: 'unit-filler', displayName: '法院 钱填报' });
    const signedIn = await testApp.signIn('court-filler', 'long-enough-1');
    expect(signedIn.csrfToken).toBeTruthy();
    const duplicate = await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual({ code: 'username-taken', message: '用户名“court-filler”已被使用。' });
  });

  it.each([
    ['a unit role at the finance bureau', 'unit-leader', 'bureau', 400, 'role-not-allowed'],
    ['a finance reviewer at a unit', 'finance-reviewer', 'police', 400, 'role-not-allowed'],
    ['a supervisor reviewer at a unit', 'supervisor-reviewer', 'school', 400, 'role-not-allowed'],
  ])('refuses %s', async (_case, role, organisationKey, status, code) => {
    const { headers } = await testApp.signIn('admin');
    const payload = { username: `u-${role}`, password: 'long-enough-1', displayName: '某人', role, organisationId: testApp.demo.organisations[organisationKey]!.id };
    const response = await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload });
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it.each([
    ['a bad username', { username: '张 三' }, /用户名须为/],
    ['an unknown role', { role: 'king' }, /role/],
  ])('refuses %s with 400 invalid-input', async (_case, change, pattern) => {
    const { headers } = await testApp.signIn('admin');
    const payload = { username: 'someone', password: 'long-enough-1', displayName: '某人', role: 'unit-filler', organisationId: testApp.demo.organisations.police!.id, ...change };
    const response = await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('invalid-input');
    expect(response.json().message).toMatch(pattern);
  });

  it('refuses an unknown organisation with 404', async () => {
    const { headers } = await testApp.signIn('admin');
    const payload = { username: 'someone', password: 'long-enough-1', displayName: '某人', role: 'unit-filler', organisationId: 'missing' };
    expect((await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload })).statusCode).toBe(404);
  });

  it.each(['finance', 'education-reviewer', 'school-filler', 'school-leader'])('answers 403 to %s on every admin route', async (username) => {
    const { headers } = await testApp.signIn(username);
    expect((await testApp.app.inject({ method: 'GET', url: '/api/users', headers })).statusCode).toBe(403);
    const payload = { username: 'sneaky', password: 'long-enough-1', displayName: '某人', role: 'admin', organisationId: testApp.demo.organisations.bureau!.id };
    expect((await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload })).statusCode).toBe(403);
  });

  it('answers 401 without a session', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it.each([
    ['a short password', 'short-1', /至少 10 个字符/],
    ['the username', 'someone-else', /用户名/],
    ['a common password', 'qwertyuiop', /过于常见/],
  ])('refuses %s with 400 weak-password and creates nobody', async (_case, password, pattern) => {
    const { headers } = await testApp.signIn('admin');
    const payload = { username: 'someone', password, displayName: '某人', role: 'unit-filler', organisationId: testApp.demo.organisations.police!.id };
    const response = await testApp.app.inject({ method: 'POST', url: '/api/users', headers, payload: password === 'someone-else' ? { ...payload, username: 'someone-else' } : payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'weak-password', message: expect.stringMatching(pattern) });
    expect((await testApp.deps.repositories.users.list()).some((user) => user.username.startsWith('someone'))).toBe(false);
  });
});
