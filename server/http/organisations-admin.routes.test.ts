import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';

/** Issue 10 admin screens: the administrator renames and moves units; every change is audited. */
describe('organisation admin routes', () => {
  let testApp: TestApp;
  let count = 0;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  const addUnit = async (parentKey: string, kind: 'unit' | 'supervisor' = 'unit') => {
    const { headers } = await testApp.signIn('admin');
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers,
      payload: { parentId: testApp.demo.organisations[parentKey]!.id, kind, name: `测试单位${(count += 1)}` },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; name: string; path: string[]; parentId: string };
  };
  const put = async (username: string, url: string, payload: unknown) => {
    const { headers } = await testApp.signIn(username);
    return testApp.app.inject({ method: 'PUT', url, headers, payload: payload as Record<string, unknown> });
  };
  const listChanges = (id: string) =>
    testApp.deps.repositories.adminChanges.listBySubject({ subjectKind: 'organisation', subjectId: id });

  it('renames a unit, trims the name and keeps who did it, when, before and after', async () => {
    const unit = await addUnit('politics');
    const response = await put('admin', `/api/organisations/${unit.id}/name`, { name: '  示范县人民法院 ' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: unit.id, name: '示范县人民法院', path: unit.path });
    const changes = await listChanges(unit.id);
    expect(changes.map((change) => change.action)).toEqual(['create-organisation', 'rename-organisation']);
    expect(changes[1]).toMatchObject({
      actorId: testApp.demo.users.admin!.id,
      changes: [{ path: 'name', before: unit.name, after: '示范县人民法院' }],
    });
  });

  it('moves a 主管部门 with its units: paths follow, reviewers of the old branch lose them, the new parent sees them', async () => {
    const supervisor = await addUnit('bureau', 'supervisor');
    const { headers } = await testApp.signIn('admin');
    const child = (
      await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers,
        payload: { parentId: supervisor.id, kind: 'unit', name: '下属单位' },
      })
    ).json() as { id: string };
    // A unit moved from 政法委 under the new 主管部门 (its documents go to that reviewer now).
    const unit = await addUnit('politics');
    const moved = await put('admin', `/api/organisations/${unit.id}/parent`, { parentId: supervisor.id });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: supervisor.id, path: [...supervisor.path, unit.id] });
    const politicsNames = (
      await testApp.app.inject({
        method: 'GET',
        url: '/api/organisations',
        headers: (await testApp.signIn('politics-reviewer')).headers,
      })
    )
      .json()
      .items.map((item: { name: string }) => item.name);
    expect(politicsNames).not.toContain(unit.name);
    const all = (await testApp.app.inject({ method: 'GET', url: '/api/organisations', headers })).json()
      .items as { id: string; path: string[] }[];
    expect(all.find((item) => item.id === child.id)?.path).toEqual([...supervisor.path, child.id]);
    expect((await listChanges(unit.id)).at(-1)).toMatchObject({
      action: 'move-organisation',
      changes: [{ path: 'parentId', before: testApp.demo.organisations.politics!.id, after: supervisor.id }],
    });
  });

  it('recomputes whether a moved unit has a 主管部门 (its documents skip or take the supervisor review)', async () => {
    const unit = await addUnit('politics');
    const bureau = testApp.demo.organisations.bureau!;
    expect(
      (await put('admin', `/api/organisations/${unit.id}/parent`, { parentId: bureau.id })).statusCode,
    ).toBe(200);
    const row = await testApp.database.db
      .selectFrom('organisations')
      .select('has_supervisor')
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.has_supervisor)).toBe(0);
    expect(
      (
        await put('admin', `/api/organisations/${unit.id}/parent`, {
          parentId: testApp.demo.organisations.education!.id,
        })
      ).statusCode,
    ).toBe(200);
    const again = await testApp.database.db
      .selectFrom('organisations')
      .select('has_supervisor')
      .where('id', '=', unit.id)
      .executeTakeFirstOrThrow();
    expect(Number(again.has_supervisor)).toBe(1);
  });

  it('refuses a move under the unit’s own descendant with a clear Chinese message, and changes nothing', async () => {
    const supervisor = await addUnit('bureau', 'supervisor');
    const { headers } = await testApp.signIn('admin');
    const child = (
      await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers,
        payload: { parentId: supervisor.id, kind: 'unit', name: '下级' },
      })
    ).json() as { id: string };
    const response = await put('admin', `/api/organisations/${supervisor.id}/parent`, { parentId: child.id });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      code: 'move-under-descendant',
      message: `不能把“${supervisor.name}”移到它自己的下级单位“下级”之下。`,
    });
    const self = await put('admin', `/api/organisations/${supervisor.id}/parent`, {
      parentId: supervisor.id,
    });
    expect(self.json()).toMatchObject({
      code: 'move-under-descendant',
      message: `不能把“${supervisor.name}”移到它自己之下。`,
    });
    expect((await listChanges(supervisor.id)).map((change) => change.action)).toEqual([
      'create-organisation',
    ]);
  });

  it.each([
    ['a 主管部门 under a 主管部门', 'supervisor', 'education', 400, 'invalid-parent'],
    ['a unit to the top', 'unit', null, 400, 'invalid-parent'],
    ['a unit under a parent that does not exist', 'unit', 'missing', 404, 'parent-not-found'],
  ] as const)('refuses moving %s', async (_case, kind, parentKey, status, code) => {
    const unit = await addUnit(kind === 'supervisor' ? 'bureau' : 'politics', kind);
    const parentId =
      parentKey === null
        ? null
        : parentKey === 'missing'
          ? 'missing'
          : testApp.demo.organisations[parentKey]!.id;
    const response = await put('admin', `/api/organisations/${unit.id}/parent`, { parentId });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('answers 404 for a unit that does not exist and 400 for an empty name', async () => {
    expect((await put('admin', '/api/organisations/missing/name', { name: '新名' })).json()).toMatchObject({
      code: 'not-found',
      message: '找不到该单位。',
    });
    const unit = await addUnit('politics');
    const empty = await put('admin', `/api/organisations/${unit.id}/name`, { name: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/请填写单位名称/);
  });

  it.each(['finance', 'politics-reviewer', 'police-filler', 'police-leader'])(
    'refuses renaming or moving by %s with 403, own branch or not',
    async (username) => {
      const own = await addUnit('politics');
      const other = await addUnit('education');
      for (const unit of [own, other]) {
        expect((await put(username, `/api/organisations/${unit.id}/name`, { name: '越权' })).statusCode).toBe(
          403,
        );
        expect(
          (
            await put(username, `/api/organisations/${unit.id}/parent`, {
              parentId: testApp.demo.organisations.bureau!.id,
            })
          ).statusCode,
        ).toBe(403);
      }
      expect(
        (
          await testApp.app.inject({
            method: 'PUT',
            url: `/api/organisations/${own.id}/name`,
            payload: { name: 'x' },
          })
        ).statusCode,
      ).toBe(401);
    },
  );

  it('names the product and the tree’s one top 财政部门 on the login page, without a session', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/public/deployment' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      productName: '绩效 Jixiao 预算绩效管理系统',
      financeBureauName: '示范县财政局',
    });
  });
});

describe('deployment name from the environment', () => {
  it('prefers FINANCE_BUREAU_NAME over the organisation tree', async () => {
    const testApp = await createTestApp({ config: { financeBureauName: '某某市财政局' } });
    try {
      expect(
        (await testApp.app.inject({ method: 'GET', url: '/api/public/deployment' })).json(),
      ).toMatchObject({ financeBureauName: '某某市财政局' });
    } finally {
      await testApp.close();
    }
  });
});
