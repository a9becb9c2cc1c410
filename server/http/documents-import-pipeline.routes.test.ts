/**
 * The direct routes (POST /api/documents/upload and /import) go through the import review's
 * pipeline on SQLite and PostgreSQL: a saved named layout (the unit's own, or finance's shared one)
 * reads the next file of its header signature, and a file naming another unit is refused (409)
 * unless the caller chooses to save it as their own, the file's unit kept in a finding and the audit entry.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReviewFixtureText, buildReviewFixtureXlsx } from '../../test-support/import-review-fixtures.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';

const scoreColumn = 6;
const scoreRoles = [{ column: scoreColumn, role: 'score' }];

async function xlsxBody(options: Parameters<typeof buildReviewFixtureXlsx>[0] = {}, fileName = '自评表.xlsx') {
  return { fileName, contentBase64: (await buildReviewFixtureXlsx(options)).toString('base64') };
}

function textBody(options: Parameters<typeof buildReviewFixtureText>[0] = {}, fileName = '自评表.txt') {
  return { fileName, contentBase64: Buffer.from(buildReviewFixtureText(options), 'utf8').toString('base64') };
}

describe.each(await listTestDialects())('direct upload and import through the review pipeline on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function post(username: string, url: string, payload: unknown) {
    const { headers } = await testApp.signIn(username);
    return testApp.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
  }

  async function storedScores(id: string) {
    const stored = await testApp.deps.repositories.documents.getById(id);
    return stored?.body.goals.flatMap((goal) => goal.indicators.map((indicator) => indicator.score));
  }

  it('reads no 考核分 on /import before a layout is saved, and reads it through the unit’s saved layout afterwards', async () => {
    const before = await post('police-filler', '/api/documents/import', await xlsxBody({ project: '版式前' }));
    expect(before.statusCode).toBe(201);
    expect(await storedScores(before.json().document.id)).toEqual([null, null, null, null]);

    const saved = await post('police-filler', '/api/import-review/save', {
      ...(await xlsxBody({ project: '保存版式' })),
      corrections: { columnRoles: scoreRoles },
      layout: { name: '公安局自评表（考核分）', scope: 'organisation' },
    });
    expect(saved.statusCode).toBe(201);

    const after = await post('police-filler', '/api/documents/import', await xlsxBody({ project: '版式后', scores: [30, 29, 19, 8] }));
    expect(after.statusCode).toBe(201);
    expect(await storedScores(after.json().document.id)).toEqual(['30', '29', '19', '8']);
  });

  it('applies a layout saved for the text shape to /upload and to /import of a .txt', async () => {
    const saved = await post('justice-filler', '/api/import-review/save', {
      ...textBody({ unit: '示范县司法局', project: '文本版式' }),
      corrections: { columnRoles: scoreRoles },
      layout: { name: '司法局文本自评表', scope: 'organisation' },
    });
    expect(saved.statusCode).toBe(201);
    expect(await storedScores(saved.json().document.id)).toEqual(['28', '27', '18', '9']);

    const uploaded = await post('justice-filler', '/api/documents/upload', { text: buildReviewFixtureText({ unit: '示范县司法局', project: '文本上传', scores: [25, 25, 15, 5] }), fileName: '上传.txt' });
    expect(uploaded.statusCode).toBe(201);
    expect(await storedScores(uploaded.json().document.id)).toEqual(['25', '25', '15', '5']);
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(uploaded.json().document.id);
    expect(audit[0]).toMatchObject({ action: 'upload', reason: '上传.txt' });

    const imported = await post('justice-filler', '/api/documents/import', textBody({ unit: '示范县司法局', project: '文本导入', scores: [20, 20, 10, 5] }));
    expect(imported.statusCode).toBe(201);
    expect(await storedScores(imported.json().document.id)).toEqual(['20', '20', '10', '5']);
  });

  it('applies finance’s shared layout to a unit’s direct import', async () => {
    const saved = await post('finance', '/api/import-review/save', {
      ...(await xlsxBody({ unit: '示范县第一中学', project: '共享版式' })),
      organisationId: testApp.demo.organisations.school?.id,
      corrections: { columnRoles: scoreRoles },
      layout: { name: '全县自评表（考核分）', scope: 'shared' },
    });
    expect(saved.statusCode).toBe(201);
    const imported = await post('primary-filler', '/api/documents/import', await xlsxBody({ unit: '示范县实验小学', project: '小学导入' }));
    expect(imported.statusCode).toBe(201);
    expect(await storedScores(imported.json().document.id)).toEqual(['28', '27', '18', '9']);
  });

  it.each([
    ['/api/documents/import', async () => xlsxBody({ unit: '示范县交通运输局', project: '道路养护导入' })],
    ['/api/documents/upload', async () => ({ text: buildReviewFixtureText({ unit: '示范县交通运输局', project: '道路养护上传' }), fileName: '交通.txt' })],
  ] as const)('%s refuses a file naming another unit with 409 and saves nothing; the explicit choice saves it noting the file’s unit', async (url, body) => {
    const payload = await body();
    const count = async () => (await testApp.deps.repositories.documents.list({ limit: 1000 })).total;
    const before = await count();
    const refused = await post('police-filler', url, payload);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'unit-mismatch', message: expect.stringContaining('文件所列单位为“示范县交通运输局”，与“示范县公安局”不同') });
    expect(await count()).toBe(before);

    const saved = await post('police-filler', url, { ...payload, unitMismatch: 'save-as-owner' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().document).toMatchObject({ organisationName: '示范县公安局' });
    expect(saved.json().findings).toContainEqual(expect.objectContaining({ code: 'file-unit-differs', severity: 'info', message: expect.stringContaining('示范县交通运输局') }));
    const stored = await testApp.deps.repositories.documents.getById(saved.json().document.id);
    expect(stored?.body.unit).toBe('示范县公安局');
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(saved.json().document.id);
    expect(audit[0]?.reason).toContain('示范县交通运输局');
  });

  it('asks for the year of a file that has none before asking about its unit, and saves it once both are given', async () => {
    const text = buildReviewFixtureText({ unit: '示范县交通运输局', project: '无年度上传' }).replace('2025年度', '');
    const count = async () => (await testApp.deps.repositories.documents.list({ limit: 1000 })).total;
    const before = await count();
    const withoutYear = await post('police-filler', '/api/documents/upload', { text, fileName: '无年度.txt' });
    expect(withoutYear.statusCode).toBe(400);
    expect(withoutYear.json()).toMatchObject({ code: 'year-required' });
    const withYear = await post('police-filler', '/api/documents/upload', { text, fileName: '无年度.txt', year: 2025 });
    expect(withYear.json()).toMatchObject({ code: 'unit-mismatch' });
    expect(await count()).toBe(before);
    const saved = await post('police-filler', '/api/documents/upload', { text, fileName: '无年度.txt', year: 2025, unitMismatch: 'save-as-owner' });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().document).toMatchObject({ year: 2025, organisationName: '示范县公安局' });
  });

  it('refuses an unknown choice with 400', async () => {
    const response = await post('police-filler', '/api/documents/import', { ...(await xlsxBody()), unitMismatch: 'anything' });
    expect(response.statusCode).toBe(400);
  });

  it('stores a report over several projects as one document listing each project, on /upload as the CLI and the web app read it', async () => {
    const text = [
      '示范县司法局2025年度项目支出绩效自评报告',
      '一、基本情况',
      '本次共对2个项目开展了绩效自评。',
      '二、各项目自评情况',
      '（一）社区矫正专项经费',
      '年初预算数为30万元，全年执行数为29.1万元，预算执行率为97%。自评得分93分，等级为优。',
      '（二）法律援助补助资金',
      '年初预算数为20万元，全年执行数为18万元，预算执行率为80%。自评得分82分，等级为良。',
      '三、存在的问题',
      '个别案件补助发放偏慢。',
    ].join('\n');
    const uploaded = await post('justice-filler', '/api/documents/upload', { text, fileName: '多项目自评报告.txt' });
    expect(uploaded.statusCode).toBe(201);
    const stored = await testApp.deps.repositories.documents.getById(uploaded.json().document.id);
    expect(stored?.body.report?.projects).toEqual([
      { name: '社区矫正专项经费', line: 5, initial: '30', executed: '29.1', executionRate: '97', score: '93', grade: '优' },
      { name: '法律援助补助资金', line: 7, initial: '20', executed: '18', executionRate: '80', score: '82', grade: '良' },
    ]);
    expect(stored?.body.totals.score ?? null).toBeNull();
    // The second project's rate is 90%, not 80%: checked like the whole's.
    expect(uploaded.json().findings).toContainEqual(expect.objectContaining({ code: 'stated-rate-mismatch', path: 'report.projects.1.executionRate' }));
    expect(uploaded.json().findings).toContainEqual(expect.objectContaining({ code: 'several-projects-in-report', severity: 'info' }));
  });
});
