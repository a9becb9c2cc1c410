/** Issue 10 admin screens: the administrator changes a user's role; it holds from the next request, audited. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

describe('user role route', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  const putRole = async (username: string, userId: string, role: string) => {
    const { headers } = await testApp.signIn(username);
    return testApp.app.inject({
      method: 'PUT',
      url: `/api/users/${userId}/role`,
      headers,
      payload: { role },
    });
  };

  it('makes a filler the unit leader: the open session has the new role at once, and the change is kept', async () => {
    const filler = testApp.demo.users['justice-filler']!;
    const before = await testApp.signIn('justice-filler');
    const response = await putRole('admin', filler.id, 'unit-leader');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: filler.id, role: 'unit-leader' });
    expect(
      (await testApp.app.inject({ method: 'GET', url: '/api/session', headers: before.headers })).json().user
        .role,
    ).toBe('unit-leader');
    expect(
      await testApp.deps.repositories.adminChanges.listBySubject({
        subjectKind: 'user',
        subjectId: filler.id,
      }),
    ).toMatchObject([
      {
        action: 'change-role',
        actorId: testApp.demo.users.admin!.id,
        changes: [{ path: 'role', before: 'unit-filler', after: 'unit-leader' }],
      },
    ]);
  });

  it('refuses the administrator’s own role, an unknown role and an unknown user', async () => {
    expect((await putRole('admin', testApp.demo.users.admin!.id, 'unit-filler')).json()).toEqual({
      code: 'cannot-change-own-role',
      message: '不能更改自己的角色。',
    });
    expect((await putRole('admin', testApp.demo.users['school-filler']!.id, 'public')).statusCode).toBe(400);
    expect((await putRole('admin', 'missing', 'unit-leader')).json()).toMatchObject({
      code: 'not-found',
      message: '找不到该用户。',
    });
  });

  it.each(['finance', 'education-reviewer', 'school-leader'])(
    'refuses %s with 403 for a user of their own unit or another',
    async (username) => {
      for (const target of ['school-filler', 'police-filler']) {
        expect((await putRole(username, testApp.demo.users[target]!.id, 'unit-leader')).statusCode).toBe(403);
      }
    },
  );
});
