import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../test-support/seeds.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';
import { maxUploadBytes } from '../services/documents/upload-document.ts';

describe('document routes', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function request(username: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  describe('without a session', () => {
    it.each([
      ['GET', '/api/documents'],
      ['POST', '/api/documents/upload'],
      ['POST', '/api/documents/import'],
      ['POST', '/api/documents/self-evaluations'],
      ['POST', '/api/documents/evaluation-reports'],
      ['POST', '/api/documents/preview-score'],
      ['GET', '/api/documents/x'],
      ['PUT', '/api/documents/x'],
      ['POST', '/api/documents/x/transitions'],
      ['POST', '/api/documents/x/opinions'],
      ['GET', '/api/documents/x/history'],
    ] as const)('answers %s %s with 401', async (method, url) => {
      const response = await request(null, method, url, method === 'GET' ? undefined : {});
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ code: 'unauthenticated', message: '请先登录' });
    });
  });

  describe('bad input', () => {
    it.each([
      ['GET', '/api/documents?pageSize=0', undefined],
      ['GET', '/api/documents?state=unknown', undefined],
      ['GET', '/api/documents?year=abc', undefined],
      ['POST', '/api/documents/upload', { fileName: 'a.txt' }],
      ['POST', '/api/documents/self-evaluations', { year: '二〇二五' }],
      ['POST', '/api/documents/preview-score', { body: { kind: 'letter' } }],
      ['PUT', '/api/documents/x', { expectedVersion: 'one', body: {} }],
      ['POST', '/api/documents/x/transitions', { action: 'fly' }],
      ['POST', '/api/documents/x/opinions', { path: 'goals.0', text: '  ' }],
    ] as const)('answers %s %s with 400 and a Chinese message', async (method, url, payload) => {
      const response = await request('police-filler', method, url, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^输入有误/) });
    });
  });

  describe('upload', () => {
    it('creates a draft of the unit from a text dump and returns the findings', async () => {
      // The sample names its own (real) unit: stored as the uploader's only on the explicit choice.
      const response = await request('police-filler', 'POST', '/api/documents/upload', { text: readSeed('000'), fileName: '000.txt', unitMismatch: 'save-as-owner' });
      expect(response.statusCode).toBe(201);
      const { document, findings } = response.json();
      expect(document).toMatchObject({ kind: 'target-table', state: 'draft', version: 1, year: 2023, organisationName: '示范县公安局' });
      expect(document.body.goals.length).toBeGreaterThan(0);
      expect(Array.isArray(findings)).toBe(true);
      const history = await request('police-filler', 'GET', `/api/documents/${document.id}/history`);
      expect(history.json().entries).toMatchObject([{ action: 'upload', toState: 'draft', reason: expect.stringMatching(/^000\.txt；文件所列单位为“/) }]);
    });

    it('refuses a unit uploading a 批复表: only finance’s approval produces one (issue 9 item 8)', async () => {
      const before = await testApp.deps.repositories.documents.list({ limit: 1000 });
      const response = await request('justice-filler', 'POST', '/api/documents/upload', { text: readSeed('002') });
      expect(response.statusCode).toBe(403);
      expect(response.json().message).toContain('批复表由财政部门批复绩效目标表时生成');
      const imported = await request('justice-leader', 'POST', '/api/documents/import', { fileName: '批复表.txt', contentBase64: Buffer.from(readSeed('002'), 'utf8').toString('base64') });
      expect(imported.statusCode).toBe(403);
      expect((await testApp.deps.repositories.documents.list({ limit: 1000 })).total).toBe(before.total);
    });

    it('refuses a second upload of the same unit, year and kind, and saves nothing', async () => {
      const text = readSeed('000');
      expect((await request('justice-filler', 'POST', '/api/documents/upload', { text, unitMismatch: 'save-as-owner' })).statusCode).toBe(201);
      const before = await testApp.deps.repositories.documents.list({ limit: 1000 });
      const again = await request('justice-filler', 'POST', '/api/documents/upload', { text, unitMismatch: 'save-as-owner' });
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('document-exists');
      expect((await testApp.deps.repositories.documents.list({ limit: 1000 })).total).toBe(before.total);
    });

    it.each([
      ['text that is no performance document', { text: '会议通知：请于周五到会。' }, 422, 'not-a-document'],
      ['a file that is not text', { text: readSeed('000'), fileName: 'table.exe' }, 415, 'unsupported-file-type'],
      ['binary content', { text: 'abc\u0000def' }, 400, 'nul-character'],
      ['an empty text', { text: '   ' }, 400, 'empty-upload'],
      ['a text over the size limit', { text: '表'.repeat(maxUploadBytes / 3 + 10) }, 413, 'upload-too-large'],
    ])('refuses %s with a clear error', async (_label, payload, status, code) => {
      const response = await request('police-filler', 'POST', '/api/documents/upload', payload);
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ code, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    });

    it('imports a file sent as base64 through the same path, recording the file name', async () => {
      const contentBase64 = Buffer.from(readSeed('001'), 'utf8').toString('base64');
      const response = await request('school-filler', 'POST', '/api/documents/import', { fileName: '自评表.txt', contentBase64, unitMismatch: 'save-as-owner' });
      expect(response.statusCode).toBe(201);
      expect(response.json().document).toMatchObject({ kind: 'self-evaluation', state: 'draft', year: 2022, organisationName: '示范县第一中学' });
      const history = await request('school-filler', 'GET', `/api/documents/${response.json().document.id}/history`);
      expect(history.json().entries).toMatchObject([{ action: 'import', reason: expect.stringMatching(/^自评表\.txt；文件所列单位为“/) }]);
    });

    it.each([
      ['a picture in a format not read', { fileName: 'a.gif', contentBase64: Buffer.from('GIF89a').toString('base64') }, 415, 'unsupported-format'],
      ['a .png that is no picture', { fileName: 'a.png', contentBase64: Buffer.from('abc').toString('base64') }, 422, 'damaged-file'],
      ['a .doc that is no Office file', { fileName: 'a.doc', contentBase64: Buffer.from('abc').toString('base64') }, 422, 'damaged-file'],
      ['an empty file', { fileName: 'a.txt', contentBase64: '' }, 400, 'empty-file'],
      ['a text that is no performance document', { fileName: 'a.txt', contentBase64: Buffer.from('会议通知').toString('base64') }, 422, 'not-a-document'],
      ['content that is not base64', { fileName: 'a.txt', contentBase64: '这不是base64' }, 400, 'invalid-input'],
    ])('refuses to import %s', async (_label, payload, status, code) => {
      const response = await request('school-filler', 'POST', '/api/documents/import', payload);
      expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
    });

    it('lets no reviewer upload', async () => {
      const response = await request('politics-reviewer', 'POST', '/api/documents/upload', { text: readSeed('001') });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('read, list and save', () => {
    it('reads an own document with the actions allowed now, and hides it from another unit', async () => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police' });
      const own = await request('police-filler', 'GET', `/api/documents/${stored.id}`);
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ id: stored.id, stateName: '草稿', kindName: '绩效目标表', opinions: [] });
      expect(own.json().allowedActions).toEqual(['read', 'read-history', 'save']);
      const leader = await request('police-leader', 'GET', `/api/documents/${stored.id}`);
      expect(leader.json().allowedActions).toEqual(['read', 'read-history', 'save', 'submit']);
      for (const other of ['justice-filler', 'school-leader', 'politics-reviewer', 'finance']) {
        expect((await request(other, 'GET', `/api/documents/${stored.id}`)).statusCode, other).toBe(404);
      }
      expect((await request('police-filler', 'GET', '/api/documents/no-such-id')).statusCode).toBe(404);
    });

    it('saves with the version read, records field-level changes, and bumps the version', async () => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police' });
      const body = structuredClone(stored.body);
      body.goals[0]!.indicators[0]!.target!.text = '≥650起';
      body.goals[0]!.indicators[0]!.target!.value = '650';
      const response = await request('police-filler', 'PUT', `/api/documents/${stored.id}`, { expectedVersion: 1, body });
      expect(response.statusCode).toBe(200);
      expect(response.json().version).toBe(2);
      expect(response.json().body.goals[0].indicators[0].target.text).toBe('≥650起');
      const history = await request('police-filler', 'GET', `/api/documents/${stored.id}/history`);
      const save = history.json().entries.find((entry: { action: string }) => entry.action === 'save');
      expect(save.changes).toEqual([
        { path: 'goals.0.indicators.0.target.text', before: '≥600起', after: '≥650起' },
        { path: 'goals.0.indicators.0.target.value', before: '600', after: '650' },
      ]);
    });

    it('refuses a stale save with 409 and the current document, overwriting nothing', async () => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police' });
      const first = structuredClone(stored.body);
      first.overallGoal = '第一位填报人的修改';
      const second = structuredClone(stored.body);
      second.overallGoal = '第二位填报人的修改';
      expect((await request('police-filler', 'PUT', `/api/documents/${stored.id}`, { expectedVersion: 1, body: first })).statusCode).toBe(200);
      const stale = await request('police-leader', 'PUT', `/api/documents/${stored.id}`, { expectedVersion: 1, body: second });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'version-conflict', current: { version: 2, body: { overallGoal: '第一位填报人的修改' } } });
      expect(stale.json().message).toMatch(/未保存/);
      const current = await testApp.deps.repositories.documents.getById(stored.id);
      expect(current).toMatchObject({ version: 2, body: { overallGoal: '第一位填报人的修改' } });
    });

    it('scores a self-evaluation on every save', async () => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation' });
      const body = structuredClone(stored.body);
      body.goals[0]!.indicators[0]!.actual = { ...body.goals[0]!.indicators[0]!.actual!, text: '300起', value: '300' };
      const response = await request('police-filler', 'PUT', `/api/documents/${stored.id}`, { expectedVersion: 1, body });
      expect(response.json().body.goals[0].indicators[0].suggestedScore).toBe('7.5');
      expect(response.json().score).toBe('91.57');
    });

    it.each([
      ['its kind', { kind: 'self-evaluation' }],
      ['its year', { year: 2001 }],
    ])('refuses a save that changes %s', async (_label, change) => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police' });
      const response = await request('police-filler', 'PUT', `/api/documents/${stored.id}`, { expectedVersion: 1, body: { ...stored.body, ...change } });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('identity-changed');
    });

    it('refuses to save a submitted document and another unit’s draft', async () => {
      const submitted = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
      const locked = await request('police-filler', 'PUT', `/api/documents/${submitted.id}`, { expectedVersion: submitted.version, body: submitted.body });
      expect(locked.statusCode).toBe(409);
      expect(locked.json().code).toBe('not-editable');
      const draft = await createDocumentInState(testApp, { unitKey: 'police' });
      const foreign = await request('justice-filler', 'PUT', `/api/documents/${draft.id}`, { expectedVersion: 1, body: draft.body });
      expect(foreign.statusCode).toBe(404);
    });

    it('lists only readable documents, with filters and paging', async () => {
      await createDocumentInState(testApp, { unitKey: 'primary' });
      await createDocumentInState(testApp, { unitKey: 'primary', kind: 'self-evaluation' });
      await createDocumentInState(testApp, { unitKey: 'primary', state: 'submitted' });
      const all = await request('primary-filler', 'GET', '/api/documents?pageSize=100');
      expect(all.json().total).toBe(3);
      expect(all.json().items.every((item: { organisationName: string }) => item.organisationName === '示范县实验小学')).toBe(true);
      const page = await request('primary-filler', 'GET', '/api/documents?pageSize=2&page=2');
      expect(page.json()).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.json().items).toHaveLength(1);
      expect((await request('primary-filler', 'GET', '/api/documents?kind=self-evaluation')).json().total).toBe(1);
      expect((await request('primary-filler', 'GET', '/api/documents?state=submitted')).json().total).toBe(1);
      const reviewer = await request('education-reviewer', 'GET', `/api/documents?organisationId=${testApp.demo.organisations.primary!.id}`);
      expect(reviewer.json().items.map((item: { state: string }) => item.state)).toEqual(['submitted']);
      expect((await request('justice-filler', 'GET', `/api/documents?organisationId=${testApp.demo.organisations.primary!.id}`)).json().total).toBe(0);
    });
  });

  describe('self-evaluation from targets and score preview', () => {
    it('refuses to create a self-evaluation while the year has no approved targets', async () => {
      const response = await request('school-filler', 'POST', '/api/documents/self-evaluations', { year: 2039 });
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('no-approved-targets');
    });

    it('creates a self-evaluation carrying the approved indicators, with empty actuals', async () => {
      const targets = await createDocumentInState(testApp, { unitKey: 'school', state: 'approved' });
      const response = await request('school-filler', 'POST', '/api/documents/self-evaluations', { year: targets.year });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({ kind: 'self-evaluation', state: 'draft', year: targets.year });
      const names = (document: { goals: Array<{ indicators: Array<{ name: string }> }> }) => document.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.name));
      expect(names(created.body)).toEqual(names(targets.body));
      expect(created.body.goals[0].indicators[0]).toMatchObject({ target: targets.body.goals[0]!.indicators[0]!.target, actual: null, score: null });
      expect(created.body.budget).toMatchObject({ adjusted: targets.body.budget.total, executed: null });
      const weights = created.body.goals.flatMap((goal: { indicators: Array<{ weight: string | null }> }) => goal.indicators.map((indicator) => indicator.weight));
      expect(weights.every((weight: string | null) => weight !== null && weight !== '')).toBe(true);
    });

    it('drafts an evaluation report from the self-evaluation of the year, and refuses without one', async () => {
      expect((await request('justice-filler', 'POST', '/api/documents/evaluation-reports', { year: 2038 })).json().code).toBe('no-self-evaluation');
      const selfEvaluation = await createDocumentInState(testApp, { unitKey: 'justice', kind: 'self-evaluation' });
      const response = await request('justice-filler', 'POST', '/api/documents/evaluation-reports', { year: selfEvaluation.year });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({ kind: 'evaluation-report', state: 'draft', year: selfEvaluation.year });
      const sections = response.json().body.report.sections as Array<{ title: string; text: string }>;
      expect(sections.find((section) => section.title === '绩效情况')?.text).toContain('单位自评得分 99.07 分，等级为“优”');
      expect(sections.find((section) => section.title === '存在的问题及原因分析')?.text).toMatch(/^开展治安巡逻：目标≥2000次，实际完成1850次。汛期/);
      expect((await request('politics-reviewer', 'POST', '/api/documents/evaluation-reports', { year: selfEvaluation.year })).statusCode).toBe(403);
    });

    it('previews the score of an edited body without saving it', async () => {
      const stored = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation' });
      const response = await request('police-filler', 'POST', '/api/documents/preview-score', { body: stored.body });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ totals: { suggestedScore: '99.07', suggestedGrade: '优' } });
      expect(response.json().indicators[1]).toEqual({ path: 'goals.0.indicators.1', name: '开展治安巡逻', score: '9.25', suggestedScore: '9.25' });
      expect((await testApp.deps.repositories.documents.getById(stored.id))?.version).toBe(1);
    });
  });
});
