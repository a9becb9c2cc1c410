import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDemoPassword } from '../demo/demo-organisations.ts';
import { hashPassword } from '../services/sessions/password.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('document workflow over HTTP on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function move(username: string, id: string, payload: Record<string, unknown>) {
    const { headers } = await signIn(username);
    return testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/transitions`, headers, payload });
  }
  async function read(username: string | null, url: string) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method: 'GET', url, headers });
  }
  function expectRefused(response: { statusCode: number; json(): { code: string; message: string } }, status: number, code: string) {
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
    expect(response.json().message).toMatch(/[\u4e00-\u9fff]/);
  }

  it('takes a target table from draft to 批复 and 公开, producing the approval table, refusing every wrong hand', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'police' });
    expectRefused(await move('police-filler', id, { action: 'submit' }), 403, 'forbidden');
    expectRefused(await move('politics-reviewer', id, { action: 'supervisor-approve' }), 404, 'not-found');
    expectRefused(await move('police-leader', id, { action: 'publish' }), 403, 'forbidden');

    const submitted = await move('police-leader', id, { action: 'submit' });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().document).toMatchObject({ state: 'submitted', stateName: '已提交', version: 2 });
    expectRefused(await move('police-leader', id, { action: 'submit' }), 409, 'transition-not-allowed');
    expectRefused(await move('finance', id, { action: 'supervisor-approve' }), 404, 'not-found');
    expectRefused(await move('education-reviewer', id, { action: 'supervisor-approve' }), 404, 'not-found');
    expectRefused(await move('politics-reviewer', id, { action: 'finance-approve' }), 403, 'forbidden');

    const reviewed = await move('politics-reviewer', id, { action: 'supervisor-approve', conclusion: { verdict: 'pass', grade: '良' } });
    expect(reviewed.json().document.state).toBe('supervisor-reviewed');
    expectRefused(await move('politics-reviewer', id, { action: 'return', reason: '再看看' }), 403, 'forbidden');
    expectRefused(await move('finance', id, { action: 'finance-approve', conclusion: { verdict: 'pass', grade: '差' } }), 400, 'conclusion-mismatch');
    expectRefused(await move('finance', id, { action: 'publish' }), 409, 'transition-not-allowed');

    const approved = await move('finance', id, { action: 'finance-approve', conclusion: { verdict: 'pass', grade: '优', text: '目标明确' } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().document).toMatchObject({ state: 'approved', stateName: '财政已批复' });
    const approvalTable = approved.json().approvalTable;
    expect(approvalTable).toMatchObject({ kind: 'approval-table', state: 'approved', revision: 1 });
    expect(approvalTable.body.goals).toEqual(approved.json().document.body.goals);

    // 批复 locks the table: no save, no return, no second approval.
    const locked = await testApp.app.inject({ method: 'PUT', url: `/api/documents/${id}`, headers: (await signIn('police-filler')).headers, payload: { expectedVersion: 4, body: approved.json().document.body } });
    expectRefused(locked, 409, 'not-editable');
    expectRefused(await move('finance', id, { action: 'return', reason: '重新审核' }), 409, 'transition-not-allowed');

    expect((await read(null, `/api/public/documents/${id}`)).statusCode).toBe(404);
    const published = await move('finance', id, { action: 'publish' });
    expect(published.json().document.state).toBe('published');
    expect(published.json().approvalTable).toMatchObject({ id: approvalTable.id, state: 'published' });
    expect((await read(null, `/api/public/documents/${approvalTable.id}`)).statusCode).toBe(200);
    expect((await read(null, `/api/public/documents/${id}`)).statusCode).toBe(200);

    const history = await read('police-leader', `/api/documents/${id}/history`);
    expect(history.json().entries.map((entry: { action: string }) => entry.action)).toEqual(['create', 'submit', 'supervisor-approve', 'finance-approve', 'publish']);
    expect(history.json().opinions.map((opinion: { text: string }) => opinion.text)).toEqual(['审核结论：通过，等级：良', '审核结论：通过，等级：优。目标明确']);
  });

  it('returns with a required reason to an editable state, and resubmits', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'justice', state: 'submitted' });
    expectRefused(await move('politics-reviewer', id, { action: 'return' }), 400, 'reason-required');
    expectRefused(await move('politics-reviewer', id, { action: 'return', reason: '   ' }), 400, 'reason-required');
    expectRefused(await move('politics-reviewer', id, { action: 'return', reason: '不行', conclusion: { verdict: 'pass' } }), 400, 'conclusion-mismatch');
    const returned = await move('politics-reviewer', id, { action: 'return', reason: '满意度指标缺少测评方式', conclusion: { verdict: 'fail', grade: '中' } });
    expect(returned.json().document).toMatchObject({ state: 'returned', stateName: '已退回' });
    expect(returned.json().document.allowedActions).toEqual(['read', 'read-history']);
    const asFiller = await read('justice-filler', `/api/documents/${id}`);
    expect(asFiller.json().allowedActions).toEqual(['read', 'read-history', 'save']);
    const history = await read('justice-leader', `/api/documents/${id}/history`);
    expect(history.json().entries.at(-1)).toMatchObject({ action: 'return', fromState: 'submitted', toState: 'returned', reason: '满意度指标缺少测评方式' });
    expect((await move('justice-leader', id, { action: 'submit' })).json().document.state).toBe('submitted');
  });

  it('lets finance return from 主管部门已审核, and refuses a stale transition', async () => {
    const { id, version } = await createDocumentInState(testApp, { unitKey: 'school', state: 'supervisor-reviewed' });
    expectRefused(await move('finance', id, { action: 'return', reason: '请核对', expectedVersion: version - 1 }), 409, 'version-conflict');
    const returned = await move('finance', id, { action: 'return', reason: '请核对预算数', expectedVersion: version });
    expect(returned.json().document.state).toBe('returned');
  });

  it('refuses to submit a self-evaluation while a missed indicator has no deviation reason, naming it', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation' });
    const body = structuredClone(stored.body);
    body.goals[0]!.indicators[1]!.deviation = '';
    const { headers } = await signIn('police-filler');
    const saved = await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: 1, body } });
    expect(saved.statusCode).toBe(200);
    const refused = await move('police-leader', stored.id, { action: 'submit' });
    expectRefused(refused, 422, 'submission-blocked');
    expect(refused.json().message).toContain('“开展治安巡逻”');
    expect(refused.json().indicators).toEqual([{ path: 'goals.0.indicators.1', name: '开展治安巡逻', code: 'missing-deviation' }]);
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.state).toBe('draft');

    body.goals[0]!.indicators[1]!.deviation = '汛期警力抽调，下一步优化排班。';
    await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: 2, body } });
    expect((await move('police-leader', stored.id, { action: 'submit' })).json().document.state).toBe('submitted');
  });

  it('refuses to submit a self-evaluation whose entered score lies outside its band', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation' });
    const body = structuredClone(stored.body);
    body.goals[0]!.indicators[0]!.score = '18';
    const { headers } = await signIn('police-filler');
    await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: 1, body } });
    const refused = await move('police-leader', stored.id, { action: 'submit' });
    expectRefused(refused, 422, 'submission-blocked');
    expect(refused.json().indicators).toContainEqual({ path: 'goals.0.indicators.0', name: '侦破刑事案件数', code: 'score-outside-band' });
  });

  it('takes a self-evaluation through 复核 to 公开, with finance able to return after 复核', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'primary', kind: 'self-evaluation', state: 'supervisor-reviewed' });
    const reviewed = await move('finance', id, { action: 'finance-approve', conclusion: { verdict: 'pass', grade: '优' } });
    expect(reviewed.json()).not.toHaveProperty('approvalTable');
    expect(reviewed.json().document).toMatchObject({ state: 'finance-reviewed', stateName: '财政已复核' });
    expectRefused(await move('primary-leader', id, { action: 'revise' }), 409, 'transition-not-allowed');
    expectRefused(await move('education-reviewer', id, { action: 'return', reason: '再改' }), 403, 'forbidden');
    expect((await move('finance', id, { action: 'return', reason: '抽查发现执行数有误' })).json().document.state).toBe('returned');
    for (const [username, action] of [['primary-leader', 'submit'], ['education-reviewer', 'supervisor-approve'], ['finance', 'finance-approve'], ['finance', 'publish']] as const) {
      expect((await move(username, id, { action })).statusCode, action).toBe(200);
    }
    expectRefused(await move('primary-leader', id, { action: 'revise' }), 409, 'transition-not-allowed');
    expect((await read(null, `/api/public/documents/${id}`)).json()).toMatchObject({ state: 'published', kind: 'self-evaluation' });
  });

  it('revises approved targets into a new draft revision, keeps the approved one readable, and reviews it again', async () => {
    const approved = await createDocumentInState(testApp, { unitKey: 'justice', state: 'approved' });
    expectRefused(await move('finance', approved.id, { action: 'revise' }), 403, 'forbidden');
    expectRefused(await move('justice-leader', approved.id, { action: 'revise' }), 400, 'reason-required');
    expectRefused(await move('justice-leader', approved.id, { action: 'revise', reason: '  ' }), 400, 'reason-required');
    const revised = await move('justice-leader', approved.id, { action: 'revise', reason: '年中调整出警时长目标' });
    expect(revised.statusCode).toBe(200);
    expect(revised.json().document).toMatchObject({ id: approved.id, state: 'approved', revision: 1 });
    const revision = revised.json().revision;
    expect(revision).toMatchObject({ state: 'draft', revision: 2, version: 1 });
    expect(revision.body).toEqual(revised.json().document.body);
    expectRefused(await move('justice-leader', approved.id, { action: 'revise', reason: '再调整一次' }), 409, 'revision-exists');
    expect((await read('finance', `/api/documents/${approved.id}`)).statusCode).toBe(200);
    expect((await read('finance', `/api/documents/${revision.id}`)).statusCode).toBe(404);

    for (const [username, action] of [['justice-leader', 'submit'], ['politics-reviewer', 'supervisor-approve'], ['finance', 'finance-approve']] as const) {
      const response = await move(username, revision.id, { action });
      expect(response.statusCode, action).toBe(200);
      if (action === 'finance-approve') expect(response.json().approvalTable).toMatchObject({ revision: 2, state: 'approved' });
    }
    const history = await read('justice-leader', `/api/documents/${revision.id}/history`);
    expect(history.json().revisions.map((item: { revision: number }) => item.revision)).toEqual([2, 1]);
    expect(history.json().entries[0]).toMatchObject({ action: 'revise', toState: 'draft', reason: '年中调整出警时长目标' });
  });

  it('lets finance take both review steps for a unit with no 主管部门 above it', async () => {
    const bureau = testApp.demo.organisations.bureau!;
    const unit = await testApp.deps.repositories.organisations.insert({ id: randomUUID(), parentPath: bureau.path, kind: 'unit', name: '示范县直属单位', createdAt: '2026-11-27T08:00:00.000Z' });
    // Written directly with the tests' demo password, so the session cache signs it in like a demo user.
    await testApp.deps.repositories.users.insert({ id: randomUUID(), username: 'direct-leader', passwordHash: await hashPassword(testDemoPassword), displayName: '直属单位 负责人', role: 'unit-leader', organisationId: unit.id, createdAt: '2026-11-27T08:00:00.000Z' });
    const { headers } = await signIn('direct-leader');
    const upload = await testApp.app.inject({ method: 'POST', url: '/api/documents/upload', headers, payload: { text: (await import('../../test-support/seeds.ts')).readSeed('000'), unitMismatch: 'save-as-owner' } });
    const id = upload.json().document.id as string;
    expect((await move('direct-leader', id, { action: 'submit' })).statusCode).toBe(200);
    expectRefused(await move('politics-reviewer', id, { action: 'supervisor-approve' }), 404, 'not-found');
    expect((await read('finance', `/api/documents/${id}`)).json().allowedActions).toEqual(['read', 'read-history', 'add-opinion', 'supervisor-approve', 'return']);
    expect((await move('finance', id, { action: 'supervisor-approve' })).json().document.state).toBe('supervisor-reviewed');
    expect((await move('finance', id, { action: 'finance-approve' })).json().document.state).toBe('approved');
  });

  describe('opinions', () => {
    it('lets the reviewer of the current step attach opinions to indicators, kept in the history', async () => {
      const { id } = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
      const { headers } = await signIn('politics-reviewer');
      const opinion = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers, payload: { path: 'goals.0.indicators.2', text: '破案率目标偏低' } });
      expect(opinion.statusCode).toBe(201);
      expect(opinion.json()).toMatchObject({ path: 'goals.0.indicators.2', text: '破案率目标偏低' });
      const whole = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers, payload: { path: '', text: '整体较好' } });
      expect(whole.json().path).toBeNull();
      const missing = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers, payload: { path: 'goals.9.indicators.0', text: '？' } });
      expectRefused(missing, 400, 'unknown-indicator');
      const detail = await read('police-filler', `/api/documents/${id}`);
      expect(detail.json().opinions.map((item: { path: string | null }) => item.path)).toEqual(['goals.0.indicators.2', null]);
      const unitOpinion = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers: (await signIn('police-leader')).headers, payload: { path: '', text: '自评' } });
      expectRefused(unitOpinion, 403, 'forbidden');
      const financeOpinion = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers: (await signIn('finance')).headers, payload: { path: '', text: '财政意见' } });
      expectRefused(financeOpinion, 404, 'not-found');
    });
  });
});
