/** 撤回: the unit takes a submission back to 草稿 before review starts (issue 10). */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('withdrawing a submission over HTTP on $dialect', ({ dialect, isAvailable }) => {
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
  function expectRefused(response: { statusCode: number; json(): { code: string; message: string } }, status: number, code: string) {
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
    expect(response.json().message).toMatch(/[\u4e00-\u9fff]/);
  }

  it('takes a submission nobody has reviewed back to an editable draft, recorded in the history', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
    expect((await signIn('police-leader')).headers).toBeTruthy();
    const leaderView = await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers: (await signIn('police-leader')).headers });
    expect(leaderView.json().allowedActions).toContain('withdraw');
    const withdrawn = await move('police-leader', id, { action: 'withdraw' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().document).toMatchObject({ state: 'draft', stateName: '草稿' });
    expect(withdrawn.json().document.allowedActions).toContain('save');
    const history = await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}/history`, headers: (await signIn('police-filler')).headers });
    expect(history.json().entries.at(-1)).toMatchObject({ action: 'withdraw', fromState: 'submitted', toState: 'draft' });
    // The 主管部门 no longer sees a draft.
    expect((await move('politics-reviewer', id, { action: 'supervisor-approve' })).statusCode).toBe(404);
  });

  it('refuses once a reviewer has written an opinion on the submission', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'justice', state: 'submitted' });
    const { headers } = await signIn('politics-reviewer');
    const opinion = await testApp.app.inject({ method: 'POST', url: `/api/documents/${id}/opinions`, headers, payload: { path: 'goals.0.indicators.0', text: '指标值偏低' } });
    expect(opinion.statusCode).toBeLessThan(300);
    expectRefused(await move('justice-leader', id, { action: 'withdraw' }), 409, 'review-started');
    expect((await testApp.deps.repositories.documents.getById(id))?.state).toBe('submitted');
  });

  it('refuses once the review step is done', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation', state: 'supervisor-reviewed' });
    expectRefused(await move('police-leader', id, { action: 'withdraw' }), 409, 'transition-not-allowed');
  });

  it('refuses the unit’s filler, reviewers, and another unit', async () => {
    const { id } = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
    expectRefused(await move('police-filler', id, { action: 'withdraw' }), 403, 'forbidden');
    expectRefused(await move('politics-reviewer', id, { action: 'withdraw' }), 403, 'forbidden');
    expectRefused(await move('justice-leader', id, { action: 'withdraw' }), 404, 'not-found');
    expect((await testApp.deps.repositories.documents.getById(id))?.state).toBe('submitted');
  });
});
