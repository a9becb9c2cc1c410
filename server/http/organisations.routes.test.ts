import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('organisation routes', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  const listNames = async (username: string) => {
    const { headers } = await testApp.signIn(username);
    const response = await testApp.app.inject({ method: 'GET', url: '/api/organisations', headers });
    expect(response.statusCode).toBe(200);
    return (response.json().items as { name: string }[]).map((item) => item.name);
  };

  it.each([
    ['admin', 7],
    ['finance', 7],
    ['politics-reviewer', 3],
    ['police-filler', 1],
  ])('shows %s their own organisation and what lies below it (%i)', async (username, count) => {
    expect(await listNames(username)).toHaveLength(count);
  });

  it('shows a 主管部门 reviewer exactly its units', async () => {
    expect((await listNames('education-reviewer')).sort()).toEqual(['示范县教育体育局', '示范县第一中学', '示范县实验小学'].sort());
  });

  it('answers 401 without a session', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/organisations' })).statusCode).toBe(401);
    expect((await testApp.app.inject({ method: 'POST', url: '/api/organisations', payload: { parentId: null, kind: 'unit', name: 'x' } })).statusCode).toBe(401);
  });

  it('lets the administrator add a unit under a 主管部门', async () => {
    const { headers } = await testApp.signIn('admin');
    const politics = testApp.demo.organisations.politics!;
    const response = await testApp.app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { parentId: politics.id, kind: 'unit', name: ' 示范县法院 ' } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ parentId: politics.id, kind: 'unit', name: '示范县法院', path: [...politics.path, response.json().id] });
    // When it was set up: deadlines that passed before are not the new unit's (home page).
    expect(response.json().createdAt).toBe(testApp.clock.now.toISOString());
    expect(await listNames('politics-reviewer')).toContain('示范县法院');
  });

  it.each([
    ['a unit as the top organisation', (): string | null => null, 'unit', 400, 'invalid-parent'],
    ['a 主管部门 under a unit', (): string | null => testApp.demo.organisations.police!.id, 'supervisor', 400, 'invalid-parent'],
    ['a parent that does not exist', (): string | null => 'missing', 'unit', 404, 'parent-not-found'],
  ] as const)('refuses %s', async (_case, getParentId, kind, status, code) => {
    const { headers } = await testApp.signIn('admin');
    const response = await testApp.app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { parentId: getParentId(), kind, name: '新单位' } });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('refuses bad input with 400 invalid-input', async () => {
    const { headers } = await testApp.signIn('admin');
    const response = await testApp.app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { parentId: null, kind: 'ministry', name: '' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^输入有误：/) });
  });

  it.each(['finance', 'politics-reviewer', 'police-leader'])('refuses creation by %s with 403', async (username) => {
    const { headers } = await testApp.signIn(username);
    const response = await testApp.app.inject({ method: 'POST', url: '/api/organisations', headers, payload: { parentId: null, kind: 'finance-bureau', name: '越权' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ code: 'forbidden', message: '您没有权限执行此操作。' });
  });
});
