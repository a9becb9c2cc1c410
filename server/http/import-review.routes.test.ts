/**
 * The import review API on SQLite and PostgreSQL: preview saves nothing; a layout the reader gets
 * wrong is fixed once and saved as a named layout, and the next file of that layout reads right
 * by itself; a file naming another unit is refused until the person chooses; finance imports on
 * behalf of a unit it picks; every table of a file saved in one request, each table's outcome its own.
 * Authorisation rows for every role are at the end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildReviewFixtureXlsx } from '../../test-support/import-review-fixtures.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';

const scoreColumn = 6;

async function fileBody(options: Parameters<typeof buildReviewFixtureXlsx>[0] = {}, fileName = '自评表.xlsx') {
  return { fileName, contentBase64: (await buildReviewFixtureXlsx(options)).toString('base64') };
}

describe.each(await listTestDialects())('import review API on $dialect', ({ dialect, isAvailable }) => {
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

  it('previews without saving: grid, header roles, signature, totals and no unit mismatch for the own unit', async () => {
    const response = await post('police-filler', '/api/import-review/preview', await fileBody());
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.header.columns[scoreColumn]).toMatchObject({ text: '考核分', role: null });
    expect(preview.grid.rows[3].cells[scoreColumn].source).toMatchObject({ sheet: '自评表', address: 'G4' });
    expect(preview.totals).toMatchObject({ indicators: 4, weight: '90', score: null });
    expect(preview.unitCheck).toMatchObject({ fileUnit: '示范县公安局', isMismatch: false });
    expect(preview.layout).toBeNull();
    expect(await testApp.database.db.selectFrom('documents').select('id').execute()).toHaveLength(0);
  });

  it('lists in the preview the findings the saved draft gets, not only the reader’s', async () => {
    const columnRoles = [{ column: scoreColumn, role: 'score' }];
    const body = { ...(await fileBody({ project: '预览检查' })), corrections: { columnRoles } };
    const preview = (await post('police-filler', '/api/import-review/preview', body)).json();
    const saved = await post('police-filler', '/api/import-review/save', body);
    expect(saved.statusCode).toBe(201);
    const codes = (findings: Array<{ code: string }>) => findings.map((finding) => finding.code).sort();
    expect(codes(saved.json().findings).length).toBeGreaterThan(0);
    expect(codes(preview.findings)).toEqual(codes(saved.json().findings));
  });

  it('fixes the column once, saves it as a named layout, and reads the next file of that layout right by itself', async () => {
    const columnRoles = [{ column: scoreColumn, role: 'score' }];
    const mapped = await post('police-filler', '/api/import-review/preview', { ...(await fileBody()), corrections: { columnRoles } });
    expect(mapped.json().totals.score).toBe('82');
    const saved = await post('police-filler', '/api/import-review/save', {
      ...(await fileBody()),
      corrections: { columnRoles },
      layout: { name: '公安局自评表（考核分）', scope: 'organisation' },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().layout).toMatchObject({ name: '公安局自评表（考核分）', scope: 'organisation' });
    const stored = await testApp.deps.repositories.documents.getById(saved.json().document.id);
    expect(stored?.body.goals[0]?.indicators.map((indicator) => indicator.score)).toEqual(['28', '27', '18', '9']);
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(saved.json().document.id);
    expect(audit[0]).toMatchObject({ action: 'import', reason: '自评表.xlsx' });

    // A second file of the same layout (another project, other scores): no mapping sent.
    const second = await fileBody({ project: '视频监控升级', scores: [30, 30, 20, 10] }, '第二份.xlsx');
    const preview = await post('police-filler', '/api/import-review/preview', second);
    expect(preview.json().layout).toMatchObject({ name: '公安局自评表（考核分）' });
    expect(preview.json().totals.score).toBe('90');
    expect(preview.json().header.columns[scoreColumn]).toMatchObject({ defaultRole: null, role: 'score' });
    const savedSecond = await post('police-filler', '/api/import-review/save', second);
    expect(savedSecond.statusCode).toBe(201);
    const storedSecond = await testApp.deps.repositories.documents.getById(savedSecond.json().document.id);
    expect(storedSecond?.body.goals[0]?.indicators.map((indicator) => indicator.score)).toEqual(['30', '30', '20', '10']);

    // Another unit has its own layouts: the police's mapping does not read the justice bureau's files.
    const justice = await post('justice-filler', '/api/import-review/preview', await fileBody({ unit: '示范县司法局' }));
    expect(justice.json()).toMatchObject({ layout: null, totals: { score: null } });
  });

  it('flags a file of another unit and saves it only on an explicit choice, noting the file’s unit', async () => {
    const body = await fileBody({ unit: '示范县交通运输局', project: '道路养护' });
    const preview = await post('police-filler', '/api/import-review/preview', body);
    expect(preview.json().unitCheck).toMatchObject({ fileUnit: '示范县交通运输局', ownerName: '示范县公安局', isMismatch: true });
    const refused = await post('police-filler', '/api/import-review/save', body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'unit-mismatch' });
    expect(await testApp.database.db.selectFrom('documents').select('id').where('project', '=', '道路养护').execute()).toHaveLength(0);
    const saved = await post('police-filler', '/api/import-review/save', { ...body, unitMismatch: 'save-as-owner' });
    expect(saved.statusCode).toBe(201);
    const stored = await testApp.deps.repositories.documents.getById(saved.json().document.id);
    expect(stored?.body.unit).toBe('示范县公安局');
    expect(stored?.body.findings).toContainEqual(expect.objectContaining({ code: 'file-unit-differs', message: expect.stringContaining('示范县交通运输局') }));
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(saved.json().document.id);
    expect(audit[0]?.reason).toContain('示范县交通运输局');
  });

  it('lets finance import on behalf of a unit it picks, stored as that unit’s draft', async () => {
    const body = await fileBody({ unit: '示范县司法局', project: '法律援助' });
    const preview = await post('finance', '/api/import-review/preview', body);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().units.map((unit: { name: string }) => unit.name)).toContain('示范县司法局');
    expect(preview.json().unitCheck).toMatchObject({ ownerOrganisationId: null, isMismatch: false });
    const withoutUnit = await post('finance', '/api/import-review/save', body);
    expect(withoutUnit.json()).toMatchObject({ code: 'unit-required' });
    const justiceId = testApp.demo.organisations.justice?.id;
    const saved = await post('finance', '/api/import-review/save', { ...body, organisationId: justiceId });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().document).toMatchObject({ organisationId: justiceId, organisationName: '示范县司法局' });
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(saved.json().document.id);
    expect(audit[0]?.actorId).toBe(testApp.demo.users.finance?.id);
  });

  it('shares a finance layout with the units under it; a unit may not save a shared layout', async () => {
    const body = await fileBody({ unit: '示范县第一中学', project: '食堂改造' });
    const columnRoles = [{ column: scoreColumn, role: 'score' }];
    const refused = await post('school-filler', '/api/import-review/save', { ...body, corrections: { columnRoles }, layout: { name: '共享', scope: 'shared' } });
    expect(refused.statusCode).toBe(403);
    const saved = await post('finance', '/api/import-review/save', {
      ...body,
      organisationId: testApp.demo.organisations.school?.id,
      corrections: { columnRoles },
      layout: { name: '全县自评表（考核分）', scope: 'shared' },
    });
    expect(saved.statusCode).toBe(201);
    const preview = await post('primary-filler', '/api/import-review/preview', await fileBody({ unit: '示范县实验小学' }));
    expect(preview.json()).toMatchObject({ layout: { name: '全县自评表（考核分）', scope: 'shared' }, totals: { score: '82' } });
    const { headers } = await testApp.signIn('primary-filler');
    const listed = await testApp.app.inject({ method: 'GET', url: '/api/import-layouts', headers });
    expect(listed.json().map((layout: { name: string }) => layout.name)).toContain('全县自评表（考核分）');
  });

  it('lists the tables of a file holding several, previews and saves the one chosen', async () => {
    const table = (project: string, indicator: string) => [
      '项目支出绩效自评表',
      '（2023年度）',
      `项目名称\t${project}`,
      '主管部门\t示范县公安局\t实施单位\t示范县公安局',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      `产出指标\t数量指标\t${indicator}\t≥10次\t12次\t90\t90`,
      '总分\t\t\t\t\t100\t99',
    ];
    const text = ['示范县公安局', ...table('巡逻防控', '巡逻次数'), ...table('禁毒宣传', '宣传场次')].join('\n');
    const body = { fileName: '两个项目.txt', contentBase64: Buffer.from(text).toString('base64') };
    const first = (await post('police-filler', '/api/import-review/preview', body)).json();
    expect(first.tables).toEqual([
      { line: 1, kind: null },
      { line: 9, kind: 'self-evaluation' },
    ]);
    expect(first).toMatchObject({ table: 0, document: { project: '巡逻防控' } });
    const second = await post('police-filler', '/api/import-review/preview', { ...body, corrections: { table: 1 } });
    expect(second.json()).toMatchObject({ table: 1, document: { project: '禁毒宣传' }, totals: { indicators: 1 } });
    // The header band shown is the chosen table's (its indicator header on line 13), in the whole file's grid.
    const lineOfHeader = (preview: { grid: { rows: Array<{ source: { line?: number } }> }; header: { firstRow: number } }) => preview.grid.rows[preview.header.firstRow]?.source.line;
    expect(lineOfHeader(first)).toBe(6);
    expect(lineOfHeader(second.json())).toBe(13);
    const saved = await post('police-filler', '/api/import-review/save', { ...body, corrections: { table: 1 } });
    expect(saved.statusCode).toBe(201);
    const rows = await testApp.database.db.selectFrom('documents').select(['project']).where('project', 'in', ['巡逻防控', '禁毒宣传']).execute();
    expect(rows).toEqual([{ project: '禁毒宣传' }]);
    expect((await post('police-filler', '/api/import-review/preview', { ...body, corrections: { table: 200 } })).statusCode).toBe(400);
  });

  /** A text file of one self-evaluation table per [project, unit, year line]. */
  function severalTablesBody(tables: Array<{ project: string; unit: string; year?: string }>) {
    const table = ({ project, unit, year }: { project: string; unit: string; year?: string }) => [
      '项目支出绩效自评表',
      year ?? '（2023年度）',
      `项目名称\t${project}`,
      `主管部门\t${unit}\t实施单位\t${unit}`,
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t巡逻次数\t≥10次\t12次\t90\t90',
      '总分\t\t\t\t\t100\t99',
    ];
    return { fileName: '多个项目.txt', contentBase64: Buffer.from(tables.flatMap(table).join('\n')).toString('base64') };
  }
  const projectsSaved = async (projects: string[]) =>
    (await testApp.database.db.selectFrom('documents').select(['project']).where('project', 'in', projects).execute()).map((row) => row.project).sort();

  it('saves every chosen table of a file in one request, each its own draft, and tells each table’s outcome', async () => {
    const projects = ['一次导入甲', '一次导入乙', '一次导入丙', '一次导入丁'];
    const body = severalTablesBody([
      { project: projects[0]! , unit: '示范县公安局' },
      { project: projects[1]!, unit: '示范县公安局' },
      { project: projects[2]!, unit: '示范县交通运输局' },
      { project: projects[3]!, unit: '示范县公安局', year: '' },
    ]);
    // The first table already saved alone: its second save is refused, not made twice.
    expect((await post('police-filler', '/api/import-review/save', { ...body, corrections: { table: 0 } })).statusCode).toBe(201);
    const response = await post('police-filler', '/api/import-review/save-tables', {
      ...body,
      tables: [{ table: 0 }, { table: 1, corrections: { project: '一次导入乙（改）' } }, { table: 2 }, { table: 3 }],
    });
    expect(response.statusCode).toBe(200);
    const { outcomes } = response.json();
    expect(outcomes.map((outcome: { table: number; status: string; code?: string }) => [outcome.table, outcome.status, outcome.code ?? null])).toEqual([
      [0, 'refused', 'document-exists'],
      [1, 'saved', null],
      [2, 'refused', 'unit-mismatch'],
      [3, 'refused', 'year-required'],
    ]);
    expect(outcomes[0].message).toContain(projects[0]);
    expect(outcomes[2]).toMatchObject({ fileUnit: '示范县交通运输局' });
    expect(outcomes[1]).toMatchObject({ document: { project: '一次导入乙（改）', year: 2023, kind: 'self-evaluation', organisationName: '示范县公安局' } });
    expect(outcomes[1].findings.length).toBeGreaterThan(0);
    // A table is saved whole or not at all: the refused ones left no document and no audit entry.
    expect(await projectsSaved([...projects, '一次导入乙（改）'])).toEqual([projects[0], '一次导入乙（改）'].sort());
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(outcomes[1].document.id);
    expect(audit).toEqual([expect.objectContaining({ action: 'import', reason: '多个项目.txt', toState: 'draft' })]);

    // The unit the person confirmed: the table naming it is saved as the owner's, with the file's unit noted.
    const confirmed = await post('police-filler', '/api/import-review/save-tables', { ...body, tables: [{ table: 2 }], confirmedFileUnit: '示范县交通运输局' });
    expect(confirmed.json().outcomes).toEqual([expect.objectContaining({ table: 2, status: 'saved', document: expect.objectContaining({ organisationName: '示范县公安局' }) })]);
    const stored = await testApp.deps.repositories.documents.getById(confirmed.json().outcomes[0].document.id);
    expect(stored?.body.findings).toContainEqual(expect.objectContaining({ code: 'file-unit-differs' }));
    // Confirming another unit confirms nothing for this one.
    const other = severalTablesBody([{ project: '一次导入戊', unit: '示范县交通运输局' }]);
    const refused = await post('police-filler', '/api/import-review/save-tables', { ...other, tables: [{ table: 0 }], confirmedFileUnit: '示范县司法局' });
    expect(refused.json().outcomes).toEqual([expect.objectContaining({ status: 'refused', code: 'unit-mismatch' })]);
  });

  it('saves every table for finance only for a unit it picked, as that unit’s drafts', async () => {
    const body = { ...severalTablesBody([{ project: '代导甲', unit: '示范县司法局' }, { project: '代导乙', unit: '示范县司法局' }]), tables: [{ table: 0 }, { table: 1 }] };
    const withoutUnit = await post('finance', '/api/import-review/save-tables', body);
    expect(withoutUnit.statusCode).toBe(400);
    expect(withoutUnit.json()).toMatchObject({ code: 'unit-required' });
    const justiceId = testApp.demo.organisations.justice?.id;
    const saved = await post('finance', '/api/import-review/save-tables', { ...body, organisationId: justiceId });
    expect(saved.json().outcomes.map((outcome: { status: string; document?: { organisationId: string } }) => [outcome.status, outcome.document?.organisationId])).toEqual([
      ['saved', justiceId],
      ['saved', justiceId],
    ]);
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(saved.json().outcomes[1].document.id);
    expect(audit[0]?.actorId).toBe(testApp.demo.users.finance?.id);
  });

  it('refuses a save of every table with 400 for no table, a table twice or a table past the last, saving nothing', async () => {
    const body = severalTablesBody([{ project: '输入有误', unit: '示范县公安局' }]);
    for (const tables of [[], [{ table: 0 }, { table: 0 }], [{ table: 200 }]]) {
      const response = await post('police-filler', '/api/import-review/save-tables', { ...body, tables });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'invalid-input' });
    }
    expect(await projectsSaved(['输入有误'])).toEqual([]);
    // A table the file does not hold is that table's refusal.
    const missing = await post('police-filler', '/api/import-review/save-tables', { ...body, tables: [{ table: 5 }] });
    expect(missing.statusCode).toBe(200);
    expect(missing.json().outcomes[0]).toMatchObject({ table: 5, status: 'refused', code: 'table-not-found', message: '文件中没有第 6 张表（共 1 张）。' });
    expect(await projectsSaved(['输入有误'])).toEqual([]);
  });

  it('refuses bad input with 400: a row move naming no indicator, a non-base64 body', async () => {
    const moved = await post('police-filler', '/api/import-review/preview', { ...(await fileBody()), corrections: { rowMoves: [{ line: 2, goalIndex: null }] } });
    expect(moved.statusCode).toBe(400);
    expect(moved.json()).toMatchObject({ code: 'row-not-found' });
    const invalid = await post('police-filler', '/api/import-review/preview', { fileName: 'a.xlsx', contentBase64: '!!!' });
    expect(invalid.statusCode).toBe(400);
  });

  it('answers 401 without a session', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/import-review/preview', payload: await fileBody() });
    expect(response.statusCode).toBe(401);
    const tables = await testApp.app.inject({ method: 'POST', url: '/api/import-review/save-tables', payload: { ...(await fileBody()), tables: [{ table: 0 }] } });
    expect(tables.statusCode).toBe(401);
  });

  // Authorisation rows: who may preview and save an import, for which unit.
  const rows: Array<[string, 'own' | 'police' | 'none', number, number, number]> = [
    ['police-filler', 'none', 200, 201, 200],
    ['police-leader', 'none', 200, 201, 200],
    ['justice-filler', 'police', 403, 403, 403],
    ['politics-reviewer', 'none', 403, 403, 403],
    ['education-reviewer', 'none', 403, 403, 403],
    ['admin', 'none', 403, 403, 403],
    ['finance', 'police', 200, 201, 200],
  ];
  it.each(rows)('%s (unit named: %s) → preview %i, save %i, save every table %i', async (username, unit, previewStatus, saveStatus, saveTablesStatus) => {
    const policeId = testApp.demo.organisations.police?.id;
    const body = { ...(await fileBody({ project: `授权-${username}` })), ...(unit === 'police' ? { organisationId: policeId } : {}) };
    expect((await post(username, '/api/import-review/preview', body)).statusCode).toBe(previewStatus);
    expect((await post(username, '/api/import-review/save', body)).statusCode).toBe(saveStatus);
    const tables = await post(username, '/api/import-review/save-tables', { ...(await fileBody({ project: `授权全部-${username}` })), ...(unit === 'police' ? { organisationId: policeId } : {}), tables: [{ table: 0 }] });
    expect(tables.statusCode).toBe(saveTablesStatus);
    if (saveTablesStatus === 200) expect(tables.json().outcomes).toEqual([expect.objectContaining({ status: 'saved' })]);
  });
});
