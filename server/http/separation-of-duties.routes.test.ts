/**
 * Issue 9 items 8 and 9 over HTTP, on SQLite and PostgreSQL: the 批复表 is finance's, reviewers
 * never act on their own organisation's documents, a closed year is frozen, the unit comes from
 * the organisation and client-sent findings are recomputed.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyseDocument } from '../../core/analyse.ts';
import { toDemoActor } from '../demo/documents/index.ts';
import { insertDraft } from '../services/documents/insert-draft.ts';
import { createUser } from '../services/users/create-user.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { buildDemoBody, createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('separation of duties over HTTP on $dialect', ({ dialect, isAvailable }) => {
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

  async function call(username: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
    const { headers } = await signIn(username);
    return testApp.app.inject({ method, url, headers, payload: payload as never });
  }
  const move = (username: string, id: string, action: string) => call(username, 'POST', `/api/documents/${id}/transitions`, { action, reason: '测试理由' });

  it('replaces a 批复表 a unit made itself with finance’s approved copy, which is the one published', async () => {
    const target = await createDocumentInState(testApp, { unitKey: 'police', state: 'supervisor-reviewed' });
    // A 批复表 draft made before the rule (written straight to the database: no route allows it now).
    const filler = toDemoActor(testApp.demo, 'police-filler');
    const unitMade = analyseDocument({ ...buildDemoBody('approval-table', filler.organisationName, target.year), overallGoal: '单位自拟的批复内容' });
    const draft = await testApp.deps.repositories.documents.insert({
      id: crypto.randomUUID(), organisationId: filler.organisationId, year: target.year, kind: 'approval-table', project: null, revision: 1, state: 'draft',
      body: unitMade, score: null, grade: null, createdAt: target.createdAt, updatedAt: target.createdAt, updatedBy: filler.userId,
    });
    expect((await call('police-filler', 'PUT', `/api/documents/${draft.id}`, { expectedVersion: draft.version, body: unitMade })).statusCode).toBe(403);
    expect((await move('police-leader', draft.id, 'submit')).statusCode).toBe(403);

    const approved = await move('finance', target.id, 'finance-approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json().approvalTable).toMatchObject({ id: draft.id, state: 'approved' });
    const published = await move('finance', target.id, 'publish');
    expect(published.json().approvalTable).toMatchObject({ id: draft.id, state: 'published' });
    const publicView = await testApp.app.inject({ method: 'GET', url: `/api/public/documents/${draft.id}` });
    expect(publicView.json().body.overallGoal).toBe(target.body.overallGoal);
    expect(publicView.json().body.overallGoal).not.toBe('单位自拟的批复内容');
  });

  it('refuses units creating a 批复表 from data and editing the produced one', async () => {
    const target = await createDocumentInState(testApp, { unitKey: 'justice', state: 'approved' });
    const [approvalTable] = await testApp.deps.repositories.documents.listRevisions({ ...target, kind: 'approval-table' });
    expect(approvalTable).toMatchObject({ state: 'approved' });
    for (const username of ['justice-filler', 'justice-leader']) {
      const save = await call(username, 'PUT', `/api/documents/${approvalTable!.id}`, { expectedVersion: approvalTable!.version, body: approvalTable!.body });
      expect(save.statusCode).toBe(403);
      const revise = await move(username, approvalTable!.id, 'revise');
      expect(revise.statusCode).toBe(409);
    }
  });

  it('sends a 主管部门’s own document to finance: its own reviewer may not approve it', async () => {
    const politics = testApp.demo.organisations.politics!;
    await createUser(testApp.deps, { username: 'politics-leader', password: '政法委负责人的登录密码', displayName: '政法委 负责人', role: 'unit-leader', organisationId: politics.id });
    const leader = await testApp.signIn('politics-leader', '政法委负责人的登录密码');
    const actor = { ...toDemoActor(testApp.demo, 'politics-reviewer'), role: 'unit-leader' as const };
    const stored = await insertDraft(testApp.deps, { actor, body: analyseDocument({ ...buildDemoBody('target-table', '', 2051), year: 2051 }), action: 'create', reason: null });
    const submit = await testApp.app.inject({ method: 'POST', url: `/api/documents/${stored.id}/transitions`, headers: leader.headers, payload: { action: 'submit' } });
    expect(submit.statusCode).toBe(200);
    const own = await move('politics-reviewer', stored.id, 'supervisor-approve');
    expect(own.statusCode).toBe(403);
    expect(own.json().message).toContain('不能审核本单位的文档');
    expect((await call('politics-reviewer', 'POST', `/api/documents/${stored.id}/opinions`, { path: '', text: '自己审自己' })).statusCode).toBe(403);
    expect((await move('finance', stored.id, 'supervisor-approve')).statusCode).toBe(200);
    expect((await move('finance', stored.id, 'finance-approve')).statusCode).toBe(200);
  });

  it('freezes every document of a closed year on the server, with a Chinese message, until it is reopened', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'school' });
    const submitted = await createDocumentInState(testApp, { unitKey: 'primary', state: 'submitted' });
    const closeYear = async (year: number, isOpen: boolean) => expect((await call('admin', 'PUT', `/api/fiscal-years/${year}`, { isOpen })).statusCode).toBe(200);
    await closeYear(draft.year, false);
    await closeYear(submitted.year, false);
    const refusals = [
      await call('school-filler', 'PUT', `/api/documents/${draft.id}`, { expectedVersion: draft.version, body: { ...draft.body, functions: '改' } }),
      await call('school-filler', 'PATCH', `/api/documents/${draft.id}/indicators`, { expectedVersion: draft.version, path: 'goals.0.indicators.0', indicator: draft.body.goals[0]!.indicators[0] }),
      await move('school-leader', draft.id, 'submit'),
      await move('education-reviewer', submitted.id, 'supervisor-approve'),
      await move('education-reviewer', submitted.id, 'return'),
      await call('education-reviewer', 'POST', `/api/documents/${submitted.id}/opinions`, { path: '', text: '意见' }),
      await call('school-filler', 'POST', '/api/documents/target-tables', { year: submitted.year, from: 'blank' }),
    ];
    for (const response of refusals) {
      expect({ status: response.statusCode, code: response.json().code }).toEqual({ status: 409, code: 'fiscal-year-closed' });
      expect(response.json().message).toContain('年度已关闭');
    }
    expect((await testApp.deps.repositories.documents.getById(draft.id))!.version).toBe(draft.version);
    await closeYear(draft.year, true);
    expect((await move('school-leader', draft.id, 'submit')).statusCode).toBe(200);
  });

  it('takes the unit shown on prints and public pages from the organisation, not from the body', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'police', body: { ...buildDemoBody('target-table', '冒名单位', 2052) } });
    expect(draft.body.unit).toBe('示范县公安局');
    const saved = await call('police-filler', 'PUT', `/api/documents/${draft.id}`, { expectedVersion: draft.version, body: { ...draft.body, unit: '另一个单位', functions: '改' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().body.unit).toBe('示范县公安局');
    expect((await testApp.deps.repositories.documents.getById(draft.id))!.body.unit).toBe('示范县公安局');
  });

  it('recomputes findings a client sends instead of storing them', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'justice' });
    const forged = { severity: 'info', code: 'unparsed-line', message: '伪造的提示', path: 'goals.0' };
    const checkForged = { severity: 'error', code: 'weights-do-not-add-up', message: '伪造的错误', path: 'goals.0' };
    const saved = await call('justice-filler', 'PUT', `/api/documents/${draft.id}`, { expectedVersion: draft.version, body: { ...draft.body, functions: '改', findings: [forged, checkForged] } });
    expect(saved.statusCode).toBe(200);
    const stored = (await testApp.deps.repositories.documents.getById(draft.id))!;
    expect(stored.body.findings.map((finding) => finding.message)).not.toContain('伪造的提示');
    expect(stored.body.findings.map((finding) => finding.message)).not.toContain('伪造的错误');
    expect(stored.body.findings).toEqual(analyseDocument({ ...stored.body, findings: [] }).findings);
  });
});
