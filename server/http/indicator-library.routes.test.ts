import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseIndicatorValue } from '../../core/indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../../core/model.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

function indicator(name: string, target: string, actual?: string): Indicator {
  return {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name,
    target: parseIndicatorValue(target, { name }),
    actual: actual ? parseIndicatorValue(actual, { name }) : null,
    weight: '10',
  };
}

function body(kind: PerformanceDocument['kind'], unit: string, indicators: Indicator[]): PerformanceDocument {
  return { ...createEmptyDocument(kind, 'project'), unit, project: '110接处警', goals: [{ name: '目标一', indicators }] };
}

const proposal = {
  name: '社区矫正对象再犯罪率',
  level1: '效益指标',
  level2: '社会效益指标',
  direction: 'lower-better',
  unit: '%',
  definition: '社区矫正对象在矫正期间再犯罪的人数占在册人数的比重。',
  referenceValues: [{ text: '≤0.2%', basis: 'industry' }],
};

describe.each(await listTestDialects())('indicator library routes on $dialect', ({ dialect, isAvailable }) => {
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

  async function request(username: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }

  it('lets units propose, finance confirm, and refuses everyone else', async () => {
    expect((await request(null, 'POST', '/api/indicator-library', proposal)).statusCode).toBe(401);
    for (const username of ['finance', 'politics-reviewer', 'admin']) {
      expect((await request(username, 'POST', '/api/indicator-library', proposal)).statusCode).toBe(403);
    }
    const bad = await request('justice-filler', 'POST', '/api/indicator-library', { ...proposal, level1: '产出指针' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('一级指标“产出指针”不在指标体系中');

    const proposed = await request('justice-filler', 'POST', '/api/indicator-library', proposal);
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json()).toMatchObject({ name: proposal.name, level1: 'outcome', status: 'proposed', nameKey: '社区矫正对象再犯罪率' });
    const id = proposed.json().id as string;
    const again = await request('police-leader', 'POST', '/api/indicator-library', { ...proposal, name: '社区矫正对象的再犯罪率' });
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'library-entry-exists' });

    for (const username of ['justice-filler', 'justice-leader', 'politics-reviewer', 'admin']) {
      expect((await request(username, 'POST', `/api/indicator-library/${id}/confirm`)).statusCode).toBe(403);
    }
    const confirmed = await request('finance', 'POST', `/api/indicator-library/${id}/confirm`);
    expect(confirmed.json()).toMatchObject({ id, status: 'confirmed' });
    expect((await request('finance', 'POST', `/api/indicator-library/${id}/confirm`)).statusCode).toBe(409);
    expect((await request('finance', 'POST', '/api/indicator-library/nope/confirm')).statusCode).toBe(404);

    const listed = await request('school-filler', 'GET', `/api/indicator-library?q=${encodeURIComponent('再犯罪')}`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id, status: 'confirmed' }] });
  });

  it('lets finance edit, merge and retire, and only finance', async () => {
    const first = (await request('police-filler', 'POST', '/api/indicator-library', { ...proposal, name: '出警到场时间', level1: 'output', level2: '时效指标', unit: '分钟' })).json();
    const second = (await request('justice-filler', 'POST', '/api/indicator-library', { ...proposal, name: '接警后到达现场用时', level1: 'output', level2: '时效指标', unit: '分钟' })).json();
    expect((await request('police-leader', 'PUT', `/api/indicator-library/${first.id}`, { ...proposal, name: '出警到场时间' })).statusCode).toBe(403);
    const edited = await request('finance', 'PUT', `/api/indicator-library/${first.id}`, { ...proposal, name: '平均出警到场时间', level1: '产出指标', level2: '时效指标', unit: '分钟' });
    expect(edited.json()).toMatchObject({ name: '平均出警到场时间', level1: 'output', unit: '分钟' });

    expect((await request('police-leader', 'POST', `/api/indicator-library/${second.id}/merge`, { intoId: first.id })).statusCode).toBe(403);
    const merged = await request('finance', 'POST', `/api/indicator-library/${second.id}/merge`, { intoId: first.id });
    expect(merged.json()).toMatchObject({ id: first.id });
    const mergedDetail = (await request('finance', 'GET', `/api/indicator-library/${second.id}`)).json();
    expect(mergedDetail.entry).toMatchObject({ status: 'retired', mergedInto: first.id });
    // The merged entry's name now suggests the kept entry.
    const suggestions = (await request('police-filler', 'GET', `/api/indicator-library/suggestions?q=${encodeURIComponent('到达现场')}`)).json();
    expect(suggestions.items[0]).toMatchObject({ name: '平均出警到场时间', entry: { id: first.id } });

    expect((await request('police-leader', 'POST', `/api/indicator-library/${first.id}/retire`)).statusCode).toBe(403);
    expect((await request('finance', 'POST', `/api/indicator-library/${first.id}/retire`)).json()).toMatchObject({ status: 'retired' });
  });

  it('records approved documents and suggests with the unit’s last values and the peers’ median', async () => {
    // Police (公安) 2040: target table approved, self-evaluation reviewed; the justice bureau is not a peer (司法).
    const targets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved', body: body('target-table', '示范县公安局', [indicator('110接处警满意度', '≥90%')]) });
    const results = await createDocumentInState(testApp, {
      unitKey: 'police',
      kind: 'self-evaluation',
      state: 'finance-reviewed',
      body: body('self-evaluation', '示范县公安局', [indicator('群众对110接处警工作满意度', '≥90%', '97%')]),
    });
    const other = await createDocumentInState(testApp, { unitKey: 'justice', state: 'approved', body: body('target-table', '示范县司法局', [indicator('110接处警满意度', '≥80%')]) });
    expect([targets.state, results.state, other.state]).toEqual(['approved', 'finance-reviewed', 'approved']);

    const year = Math.max(targets.year, results.year, other.year) + 1;
    const response = await request('police-filler', 'GET', `/api/indicator-library/suggestions?q=${encodeURIComponent('接处警满意')}&year=${year}`);
    expect(response.statusCode).toBe(200);
    const suggestion = response.json().items[0];
    expect(response.json().sector).toBe('公安');
    expect(suggestion).toMatchObject({ nameKey: '110接处警满意度', unit: '%', direction: 'higher-better', uses: 3 });
    expect(suggestion.own).toMatchObject({ year: results.year, actualText: '97%', actualValue: 97 });
    // The police bureau is the only 公安 unit: without itself it has no peers.
    expect(suggestion.peers).toBeNull();
    // All units of the latest year (the justice bureau's 80 only, as each helper document has its own year).
    expect(suggestion.targets).toMatchObject({ year: other.year, median: 80 });

    expect((await request(null, 'GET', '/api/indicator-library/suggestions?q=x')).statusCode).toBe(401);
    expect((await request('police-filler', 'GET', '/api/indicator-library/suggestions?q=')).statusCode).toBe(400);
  });

  it('reports a target below last year’s actual on the library findings of a target table', async () => {
    const results = await createDocumentInState(testApp, {
      unitKey: 'school',
      kind: 'self-evaluation',
      state: 'finance-reviewed',
      body: body('self-evaluation', '示范县第一中学', [indicator('学生家长满意度', '≥90%', '96%')]),
    });
    const draft = await createDocumentInState(testApp, { unitKey: 'school', body: body('target-table', '示范县第一中学', [indicator('学生家长满意度', '≥92%')]) });
    // createDocumentInState gives each document its own year: the draft's year is after the results'.
    expect(draft.year).toBeGreaterThan(results.year);
    const response = await request('school-filler', 'GET', `/api/indicator-library/findings?documentId=${draft.id}`);
    expect(response.statusCode).toBe(200);
    const codes = response.json().findings.map((finding: { code: string }) => finding.code);
    expect(codes).toContain('target-below-history');
    expect((await request('police-filler', 'GET', `/api/indicator-library/findings?documentId=${draft.id}`)).statusCode).toBe(404);
    const context = (await request('school-filler', 'GET', `/api/indicator-library/context?documentId=${draft.id}`)).json();
    expect(context.references['学生家长满意度']).toMatchObject({ lastYear: results.year, lastActual: 96, unit: '%' });
    expect(context.levels.level1).toContain('产出指标');
    expect((await request('police-filler', 'GET', `/api/indicator-library/context?documentId=${draft.id}`)).statusCode).toBe(404);
  });

  it('asks a target table for the 共性指标 of its year’s rule pack', async () => {
    const patrols = { ...indicator('巡逻次数', '≥100次'), level1: '产出指标', level2: '数量指标' };
    const draft = await createDocumentInState(testApp, { unitKey: 'police', body: body('target-table', '示范县公安局', [patrols]) });
    const missing = async () => {
      const findings = (await request('police-filler', 'GET', `/api/indicator-library/findings?documentId=${draft.id}`)).json().findings as Array<{ code: string; message: string }>;
      return findings.filter((finding) => finding.code === 'missing-common-indicator').map((finding) => finding.message);
    };
    // national asks nothing of a project table; execution-20 asks for 服务对象满意度.
    expect(await missing()).toEqual([]);
    await testApp.deps.repositories.rulePacks.setPackOfYear({ year: draft.year, pack: 'execution-20' });
    expect(await missing()).toEqual(['项目绩效目标表缺少共性指标“服务对象满意度”，请从指标库中添加']);
    const context = (await request('police-filler', 'GET', `/api/indicator-library/context?documentId=${draft.id}`)).json();
    expect(context.policy.requiredCommonIndicators).toContainEqual({ name: '服务对象满意度', scope: 'project', orAnyOfLevel1: 'satisfaction' });
  });

  it('exports and imports the library as .xlsx for finance only', async () => {
    expect((await request('police-filler', 'GET', '/api/indicator-library/export.xlsx')).statusCode).toBe(403);
    const exported = await request('finance', 'GET', '/api/indicator-library/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('filename*=UTF-8');
    const contentBase64 = exported.rawPayload.toString('base64');
    expect((await request('police-filler', 'POST', '/api/indicator-library/import', { contentBase64 })).statusCode).toBe(403);
    const imported = await request('finance', 'POST', '/api/indicator-library/import', { contentBase64 });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().created).toBe(0);
    expect(imported.json().updated).toBeGreaterThan(0);
    expect(imported.json().errors).toEqual([]);
    const broken = await request('finance', 'POST', '/api/indicator-library/import', { contentBase64: Buffer.from('not a workbook').toString('base64') });
    expect(broken.statusCode).toBe(422);
  });
});
