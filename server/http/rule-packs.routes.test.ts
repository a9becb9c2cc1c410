import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackDocument, standardRows } from '../../core/rule-packs/testing.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';
import { previewScore } from '../services/documents/preview-score.ts';
import { analyseForYearInThread } from '../services/rule-packs/pack-for-year.ts';

/** 产出 20/20, 效益 30, 满意度 10, all spent: national 85.2 良, execution-20 95.2 优 (docs/rule-packs). */
function packBody() {
  return buildPackDocument({ executed: '100', rows: standardRows({ a: '20', b: '20', c: '30', d: '10' }) });
}

describe.each(await listTestDialects())('rule-pack routes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function put(username: string, year: number, payload: unknown) {
    const { headers } = await testApp.signIn(username);
    return testApp.app.inject({ method: 'PUT', url: `/api/fiscal-years/${year}/rule-pack`, headers, payload: payload as object });
  }

  it('lists the packs and each year’s pack to anyone signed in, national by default', async () => {
    const { headers } = await testApp.signIn('police-filler');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/rule-packs', headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((pack: { name: string }) => pack.name)).toEqual(
      expect.arrayContaining(['national', 'execution-20', 'sichuan-60-30', 'chongqing-coefficient', 'grades-80-70-60']),
    );
    expect(body.defaultPack).toBe('national');
    for (const year of body.years) expect(year.rulePack).toBe('national');
    expect((await testApp.app.inject({ method: 'GET', url: '/api/rule-packs' })).statusCode).toBe(401);
  });

  it('rescores the year’s drafts when finance changes its pack, with before/after, audit entries and the change kept', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'police', kind: 'self-evaluation', body: packBody() });
    expect([draft.score, draft.grade, draft.body.rulePack]).toEqual(['85.2', '良', 'national@1']);
    const submitted = await createDocumentInState(testApp, { unitKey: 'justice', kind: 'self-evaluation', state: 'submitted' });
    const year = draft.year;

    const preview = await put('finance', year, { pack: 'execution-20', dryRun: true });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ dryRun: true, fromPack: 'national', toPack: 'execution-20', rescoredCount: 1 });
    expect(preview.json().changed).toEqual([
      { documentId: draft.id, unit: draft.organisationName, kind: 'self-evaluation', state: 'draft', before: { score: '85.2', grade: '良' }, after: { score: '95.2', grade: '优' } },
    ]);
    expect((await testApp.deps.repositories.documents.getById(draft.id))?.score).toBe('85.2');

    const response = await put('finance', year, { pack: 'execution-20' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ dryRun: false, rescoredCount: 1, changed: preview.json().changed });

    const stored = await testApp.deps.repositories.documents.getById(draft.id);
    expect([stored?.score, stored?.grade, stored?.body.rulePack, stored?.body.budget.suggestedScore]).toEqual(['95.2', '优', 'execution-20@1', '20']);
    const audit = await testApp.deps.repositories.auditEntries.listByDocument(draft.id);
    const rescore = audit.find((entry) => entry.action === 'rescore');
    expect(rescore?.reason).toContain('预算执行20分');
    expect(rescore?.changes).toEqual(expect.arrayContaining([{ path: 'totals.suggestedScore', before: '85.2', after: '95.2' }]));
    const changes = await testApp.deps.repositories.rulePacks.listChanges(year);
    expect(changes[0]).toMatchObject({ fromPack: 'national', toPack: 'execution-20', rescored: preview.json().changed });

    const listed = (await testApp.app.inject({ method: 'GET', url: '/api/rule-packs', headers: (await testApp.signIn('finance')).headers })).json();
    expect(listed.years.find((entry: { year: number }) => entry.year === year)?.rulePack).toBe('execution-20');
    // A submitted self-evaluation of another year is not touched.
    expect((await testApp.deps.repositories.documents.getById(submitted.id))?.version).toBe(submitted.version);
  });

  it('previews a body of that year by the year’s pack (85.2: 良 nationally, 优 at ≥ 80)', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'school', kind: 'self-evaluation', body: packBody() });
    const { headers } = await testApp.signIn('school-filler');
    const preview = () =>
      testApp.app.inject({ method: 'POST', url: '/api/documents/preview-score', headers, payload: { body: { ...packBody(), year: draft.year } } });
    expect((await preview()).json().totals.suggestedGrade).toBe('良');
    expect((await put('admin', draft.year, { pack: 'grades-80-70-60' })).statusCode).toBe(200);
    expect((await preview()).json().totals.suggestedGrade).toBe('优');
  });

  it('refuses units and supervisors with 403, an unknown pack with 400, bad years with 400, no session with 401', async () => {
    const year = 2031;
    for (const username of ['police-filler', 'police-leader', 'politics-reviewer']) {
      const refused = await put(username, year, { pack: 'execution-20' });
      expect(refused.statusCode, username).toBe(403);
      expect(refused.json().message).toMatch(/财政部门|权限/);
    }
    const unknown = await put('finance', year, { pack: 'atlantis' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toContain('没有名为“atlantis”的规则包');
    expect((await put('finance', 3000, { pack: 'national' })).statusCode).toBe(400);
    expect((await put('finance', year, {})).statusCode).toBe(400);
    const anonymous = await testApp.app.inject({ method: 'PUT', url: `/api/fiscal-years/${year}/rule-pack`, payload: { pack: 'national' } });
    expect(anonymous.statusCode).toBe(401);
    expect(await testApp.deps.repositories.rulePacks.findPackOfYear(year)).toBeNull();
  });

  it('refuses to change a closed year’s pack with 409 and a Chinese message, changing nothing', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'primary', kind: 'self-evaluation', body: packBody() });
    await testApp.deps.repositories.fiscalYears.save({ year: draft.year, isOpen: false });
    const refused = await put('finance', draft.year, { pack: 'execution-20' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'fiscal-year-closed', message: expect.stringContaining('年度已关闭，不能更换规则包') });
    expect(await testApp.deps.repositories.rulePacks.findPackOfYear(draft.year)).toBe('national');
    expect((await testApp.deps.repositories.documents.getById(draft.id))?.score).toBe('85.2');
  });

  describe('per region', () => {
    const year = 2090;
    // Two city bureaus under the demo county bureau, a unit in each, and a district bureau in city A.
    async function enterRegions() {
      const rootPath = testApp.demo.organisations.bureau!.path;
      const insert = (id: string, parentPath: string[], kind: 'finance-bureau' | 'unit', name: string) =>
        testApp.deps.repositories.organisations.insert({ id, parentPath, kind, name, createdAt: '2026-01-01T00:00:00.000Z' });
      await insert('city-a', rootPath, 'finance-bureau', '甲市财政局');
      await insert('city-a-unit', [...rootPath, 'city-a'], 'unit', '甲市公安局');
      await insert('district-a', [...rootPath, 'city-a'], 'finance-bureau', '甲市东区财政局');
      await insert('district-a-unit', [...rootPath, 'city-a', 'district-a'], 'unit', '甲市东区公安分局');
      await insert('city-b', rootPath, 'finance-bureau', '乙市财政局');
      await insert('city-b-unit', [...rootPath, 'city-b'], 'unit', '乙市公安局');
    }

    async function putRegion(username: string | null, organisationId: string, payload: unknown, atYear = year) {
      const headers = username ? (await testApp.signIn(username)).headers : {};
      return testApp.app.inject({ method: 'PUT', url: `/api/rule-packs/regions/${organisationId}/${atYear}`, headers, payload: payload as object });
    }

    async function previewFor(organisationId: string) {
      const preview = await previewScore(testApp.deps, { body: { ...packBody(), year }, organisationId });
      return [preview.totals.suggestedScore, preview.totals.suggestedGrade];
    }

    it('scores the same document by each region’s pack: the nearest bureau above the unit wins', async () => {
      await enterRegions();
      const response = await putRegion('finance', 'city-a', { pack: 'execution-20' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ organisationId: 'city-a', organisationName: '甲市财政局', fromPack: 'national', toPack: 'execution-20', dryRun: false });
      const listed = (await testApp.app.inject({ method: 'GET', url: '/api/rule-packs', headers: (await testApp.signIn('finance')).headers })).json();
      expect(listed.regions).toContainEqual({ organisationId: 'city-a', organisationName: '甲市财政局', year, pack: 'execution-20' });
      expect(listed.bureaus).toContainEqual({ id: 'city-b', name: '乙市财政局' });

      // City A by execution-20, city B by the year's pack (national): the same body, two totals.
      expect(await previewFor('city-a-unit')).toEqual(['95.2', '优']);
      expect(await previewFor('city-b-unit')).toEqual(['85.2', '良']);
      expect((await analyseForYearInThread(testApp.deps.repositories, { ...packBody(), year }, year, 'city-b-unit')).rulePack).toBe('national@1');

      // A district's own choice overrides its city's; another year is untouched.
      expect((await putRegion('admin', 'district-a', { pack: 'grades-80-70-60' })).statusCode).toBe(200);
      expect((await analyseForYearInThread(testApp.deps.repositories, { ...packBody(), year }, year, 'district-a-unit')).rulePack).toBe('grades-80-70-60@1');
      expect((await analyseForYearInThread(testApp.deps.repositories, { ...packBody(), year: year + 1 }, year + 1, 'city-a-unit')).rulePack).toBe('national@1');

      // Back to the year's pack.
      expect((await putRegion('finance', 'city-a', { pack: null })).statusCode).toBe(200);
      expect(await previewFor('city-a-unit')).toEqual(['85.2', '良']);
    });

    it('rescores the drafts of units that score by the region’s choice at once, with before/after, audit entries and the change kept', async () => {
      const rescoreYear = year + 2;
      const draftOf = async (organisationId: string) => {
        const body = { ...packBody(), year: rescoreYear };
        const analysed = await analyseForYearInThread(testApp.deps.repositories, body, rescoreYear, organisationId);
        return testApp.deps.repositories.documents.insert({
          id: `rescore-${organisationId}`,
          organisationId,
          year: rescoreYear,
          kind: 'self-evaluation',
          project: null,
          revision: 1,
          state: 'draft',
          body: analysed,
          score: analysed.totals.suggestedScore ?? null,
          grade: analysed.totals.suggestedGrade ?? null,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          updatedBy: null,
        });
      };
      const cityA = await draftOf('city-a-unit');
      const district = await draftOf('district-a-unit');
      const cityB = await draftOf('city-b-unit');
      // The district chose its own pack: city A's change does not reach its unit.
      expect((await putRegion('admin', 'district-a', { pack: 'national' }, rescoreYear)).statusCode).toBe(200);
      const expected = [
        { documentId: cityA.id, unit: '甲市公安局', kind: 'self-evaluation', state: 'draft', before: { score: '85.2', grade: '良' }, after: { score: '95.2', grade: '优' } },
      ];

      const preview = await putRegion('finance', 'city-a', { pack: 'execution-20', dryRun: true }, rescoreYear);
      expect(preview.json()).toMatchObject({ dryRun: true, fromPack: 'national', toPack: 'execution-20', rescoredCount: 1, changed: expected });
      expect((await testApp.deps.repositories.documents.getById(cityA.id))?.score).toBe('85.2');
      expect(await testApp.deps.repositories.rulePacks.findRegionPacks({ year: rescoreYear, organisationIds: ['city-a'] })).toEqual([]);

      const response = await putRegion('finance', 'city-a', { pack: 'execution-20' }, rescoreYear);
      expect(response.json()).toMatchObject({ dryRun: false, rescoredCount: 1, changed: expected });
      const stored = await testApp.deps.repositories.documents.getById(cityA.id);
      expect([stored?.score, stored?.grade, stored?.body.rulePack]).toEqual(['95.2', '优', 'execution-20@1']);
      const rescore = (await testApp.deps.repositories.auditEntries.listByDocument(cityA.id)).find((entry) => entry.action === 'rescore');
      expect(rescore?.reason).toContain('甲市财政局的规则包由');
      expect(rescore?.changes).toEqual(expect.arrayContaining([{ path: 'totals.suggestedScore', before: '85.2', after: '95.2' }]));
      expect((await testApp.deps.repositories.rulePacks.listChanges(rescoreYear))[0]).toMatchObject({
        organisationId: 'city-a',
        fromPack: 'national',
        toPack: 'execution-20',
        rescored: expected,
      });
      for (const untouched of [district, cityB]) expect((await testApp.deps.repositories.documents.getById(untouched.id))?.version).toBe(untouched.version);

      // Clearing the choice rescores them back under the year's pack.
      const cleared = await putRegion('finance', 'city-a', { pack: null }, rescoreYear);
      expect(cleared.json()).toMatchObject({ fromPack: 'execution-20', toPack: 'national', rescoredCount: 1 });
      expect(cleared.json().changed[0]).toMatchObject({ before: { score: '95.2', grade: '优' }, after: { score: '85.2', grade: '良' } });
      expect((await testApp.deps.repositories.documents.getById(cityA.id))?.body.rulePack).toBe('national@1');
    });

    it('names in the document read the pack the server scores it by now, its region’s, whatever its body recorded', async () => {
      const readYear = year + 3;
      const body = { ...packBody(), year: readYear };
      const insert = (id: string, organisationId: string) =>
        testApp.deps.repositories.documents.insert({
          id,
          organisationId,
          year: readYear,
          kind: 'self-evaluation',
          project: null,
          revision: 1,
          state: 'draft',
          body: { ...body, rulePack: 'national@1' },
          score: '85.2',
          grade: '良',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          updatedBy: null,
        });
      await insert('read-city-a', 'city-a-unit');
      await insert('read-city-b', 'city-b-unit');
      // Chosen without the service (as a choice made before rescoring existed): the bodies still record national.
      await testApp.deps.repositories.rulePacks.setRegionPack({ organisationId: 'city-a', year: readYear, pack: 'execution-20', actorId: null, at: '2026-01-01T00:00:00.000Z' });
      await testApp.deps.repositories.rulePacks.setPackOfYear({ year: readYear, pack: 'grades-80-70-60' });
      const { headers } = await testApp.signIn('admin');
      const read = async (id: string) => (await testApp.app.inject({ method: 'GET', url: `/api/documents/${id}`, headers })).json();
      expect([(await read('read-city-a')).rulePack, (await read('read-city-a')).body.rulePack]).toEqual(['execution-20', 'national@1']);
      expect((await read('read-city-b')).rulePack).toBe('grades-80-70-60');
    });

    it('refuses units and supervisors (403), a non-bureau or unknown pack (400), a closed year (409), no session (401)', async () => {
      for (const username of ['police-filler', 'police-leader', 'politics-reviewer']) {
        expect((await putRegion(username, 'city-b', { pack: 'execution-20' })).statusCode, username).toBe(403);
      }
      const politics = testApp.demo.organisations.politics!.id;
      expect((await putRegion('finance', politics, { pack: 'execution-20' })).json()).toMatchObject({ code: 'not-a-region' });
      expect((await putRegion('finance', 'city-b', { pack: 'atlantis' })).statusCode).toBe(400);
      expect((await putRegion('finance', 'city-b', {})).statusCode).toBe(400);
      await testApp.deps.repositories.fiscalYears.save({ year: year + 5, isOpen: false });
      const closed = await putRegion('finance', 'city-b', { pack: 'execution-20' }, year + 5);
      expect(closed.statusCode).toBe(409);
      expect(closed.json()).toMatchObject({ code: 'fiscal-year-closed', message: expect.stringContaining('年度已关闭，不能更换规则包') });
      expect(await testApp.deps.repositories.rulePacks.findRegionPacks({ year: year + 5, organisationIds: ['city-b'] })).toEqual([]);
      expect((await putRegion(null, 'city-b', { pack: 'execution-20' })).statusCode).toBe(401);
      expect(await testApp.deps.repositories.rulePacks.findRegionPacks({ year, organisationIds: ['city-b'] })).toEqual([]);
    });
  });
});
