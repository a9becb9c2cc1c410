/**
 * Authorisation of every monitoring-round and 整改 route × role × own / other unit (issue 11).
 * The round covers 示范县公安局 and 示范县第一中学; the notice goes to 公安局. Expectations are
 * written out by hand; a request that passes authorisation is made to fail later (bad body, not
 * late) where it would otherwise change what the next rows see.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

const users = ['police-filler', 'police-leader', 'justice-leader', 'school-filler', 'politics-reviewer', 'education-reviewer', 'finance', 'admin', null] as const;
type User = (typeof users)[number];

type Route = 'open-round' | 'opening-preview' | 'list-rounds' | 'read-round' | 'overview' | 'rollup' | 'rollup-politics' | 'conclude' | 'remind' | 'own-reminders' | 'issue' | 'list-notices' | 'read-notice' | 'answer' | 'review' | 'attachment' | 'ledger';

/** Status by user, in the order of `users` (the last is no session). */
const expected: Record<Route, number[]> = {
  'open-round': [403, 403, 403, 403, 403, 403, 400, 403, 401],
  'opening-preview': [403, 403, 403, 403, 403, 403, 200, 403, 401],
  'list-rounds': [200, 200, 200, 200, 200, 200, 200, 200, 401],
  'read-round': [200, 200, 404, 200, 200, 200, 200, 200, 401],
  overview: [403, 403, 403, 403, 200, 200, 200, 200, 401],
  // The overview by level: each reviewer at its own organisation; under the 政法委 only who sees it.
  rollup: [403, 403, 403, 403, 200, 200, 200, 200, 401],
  'rollup-politics': [403, 403, 403, 403, 200, 404, 200, 200, 401],
  conclude: [403, 403, 404, 404, 403, 404, 200, 403, 401],
  // Finance and the 主管部门 over the unit may remind it (the 公安局 is not late: 409).
  remind: [403, 403, 404, 404, 409, 404, 409, 403, 401],
  'own-reminders': [200, 200, 200, 200, 200, 200, 200, 200, 401],
  issue: [403, 403, 403, 403, 403, 403, 400, 403, 401],
  'list-notices': [200, 200, 200, 200, 200, 200, 200, 200, 401],
  'read-notice': [200, 200, 404, 404, 200, 404, 200, 200, 401],
  answer: [200, 200, 404, 404, 403, 404, 403, 403, 401],
  review: [403, 403, 404, 404, 403, 404, 400, 403, 401],
  attachment: [200, 200, 404, 404, 200, 404, 200, 200, 401],
  ledger: [200, 200, 200, 200, 200, 200, 200, 200, 401],
};

/** How many notices each user's list and ledger count (only the 公安局's side sees it). */
const noticesSeen = [1, 1, 0, 0, 1, 0, 1, 1];

describe.each(await listTestDialects())('monitoring and 整改 authorisation matrix on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const ids = { round: '', table: '', police: '', politics: '', notice: '', item: '' };
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, startAt: '2026-06-20T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
    const police = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const school = await createDocumentInState(testApp, { unitKey: 'school', state: 'approved' });
    await testApp.database.db.updateTable('documents').set({ year: police.year, body: JSON.stringify({ ...school.body, year: police.year }) }).where('id', '=', school.id).execute();
    const finance = (await signIn('finance')).headers;
    const opened = await testApp.app.inject({
      method: 'POST',
      url: '/api/monitoring-rounds',
      headers: finance,
      payload: { year: police.year, period: { throughMonth: 6 }, deadline: '2026-06-30', targets: [{ organisationId: police.organisationId }, { organisationId: school.organisationId }] },
    });
    const round = opened.json().round;
    ids.round = round.id;
    ids.police = police.organisationId;
    ids.politics = testApp.demo.organisations.politics!.id;
    ids.table = round.entries.find((entry: { organisationId: string }) => entry.organisationId === police.organisationId).documentId;
    const leader = (await signIn('police-leader')).headers;
    await testApp.app.inject({ method: 'POST', url: `/api/documents/${ids.table}/transitions`, headers: leader, payload: { action: 'submit' } });
    const politics = (await signIn('politics-reviewer')).headers;
    await testApp.app.inject({ method: 'POST', url: `/api/documents/${ids.table}/transitions`, headers: politics, payload: { action: 'supervisor-approve' } });
    const issued = await testApp.app.inject({
      method: 'POST',
      url: '/api/rectification-notices',
      headers: finance,
      payload: { organisationId: police.organisationId, year: police.year, title: '整改通知', deadline: '2026-07-31', items: [{ documentId: ids.table, requirement: '说明原因' }] },
    });
    ids.notice = issued.json().id;
    ids.item = issued.json().itemList[0].id;
    const filler = (await signIn('police-filler')).headers;
    const attachment = { fileName: '说明.txt', content: Buffer.from('说明').toString('base64') };
    await testApp.app.inject({ method: 'POST', url: `/api/rectification-notices/${ids.notice}/items/${ids.item}/answer`, headers: filler, payload: { answer: '已说明', attachment } });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  function request(route: Route): { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: Record<string, unknown> } {
    const notice = `/api/rectification-notices/${ids.notice}`;
    switch (route) {
      case 'open-round':
        return { method: 'POST', url: '/api/monitoring-rounds', payload: { year: 2026, period: {}, deadline: '2026-06-30' } };
      case 'opening-preview':
        return { method: 'GET', url: '/api/monitoring-rounds/opening-preview?year=2026' };
      case 'list-rounds':
        return { method: 'GET', url: '/api/monitoring-rounds' };
      case 'read-round':
        return { method: 'GET', url: `/api/monitoring-rounds/${ids.round}` };
      case 'overview':
        return { method: 'GET', url: `/api/monitoring-rounds/${ids.round}/overview` };
      case 'rollup':
        return { method: 'GET', url: `/api/monitoring-rounds/${ids.round}/rollup` };
      case 'rollup-politics':
        return { method: 'GET', url: `/api/monitoring-rounds/${ids.round}/rollup?under=${ids.politics}` };
      case 'conclude':
        return { method: 'PUT', url: `/api/monitoring-rounds/${ids.round}/tables/${ids.table}/conclusion`, payload: { conclusion: 'no-problem' } };
      case 'remind':
        return { method: 'POST', url: `/api/monitoring-rounds/${ids.round}/reminders`, payload: { organisationId: ids.police } };
      case 'own-reminders':
        return { method: 'GET', url: '/api/monitoring-reminders' };
      case 'issue':
        return { method: 'POST', url: '/api/rectification-notices', payload: { organisationId: ids.police, year: 2026, title: '通知', deadline: '2026-07-31', items: [] } };
      case 'list-notices':
        return { method: 'GET', url: '/api/rectification-notices' };
      case 'read-notice':
        return { method: 'GET', url: notice };
      case 'answer':
        return { method: 'POST', url: `${notice}/items/${ids.item}/answer`, payload: { answer: '补充说明' } };
      case 'review':
        return { method: 'POST', url: `${notice}/items/${ids.item}/review`, payload: { decision: 'return' } };
      case 'attachment':
        return { method: 'GET', url: `${notice}/items/${ids.item}/attachment` };
      case 'ledger':
        return { method: 'GET', url: '/api/rectification-ledger' };
    }
  }

  async function call(user: User, route: Route) {
    const headers = user ? (await signIn(user)).headers : {};
    return testApp.app.inject({ ...request(route), headers });
  }

  it('answers every route for every role as written in the matrix', async () => {
    const actual: Record<string, number[]> = {};
    for (const route of Object.keys(expected) as Route[]) {
      actual[route] = [];
      for (const user of users) actual[route].push((await call(user, route)).statusCode);
    }
    expect(actual).toEqual(expected);
  });

  it('lists and counts notices only for the unit, its 主管部门 and finance', async () => {
    const lists: number[] = [];
    const ledgers: number[] = [];
    for (const user of users.filter((candidate): candidate is Exclude<User, null> => candidate !== null)) {
      lists.push((await call(user, 'list-notices')).json().items.length);
      ledgers.push((await call(user, 'ledger')).json().notices);
    }
    expect({ lists, ledgers }).toEqual({ lists: noticesSeen, ledgers: noticesSeen });
  });

  it('shows a unit only its own entry of the round and a 主管部门 only its units', async () => {
    const entries = async (user: User) => (await call(user, 'read-round')).json().entries.map((entry: { organisationName: string }) => entry.organisationName);
    expect(await entries('police-filler')).toEqual(['示范县公安局']);
    expect(await entries('school-filler')).toEqual(['示范县第一中学']);
    expect(await entries('politics-reviewer')).toEqual(['示范县公安局']);
    expect(await entries('education-reviewer')).toEqual(['示范县第一中学']);
    expect(await entries('finance')).toHaveLength(2);
  });

  it('sums the round by level for each reviewer over what it sees', async () => {
    const tables = async (user: User, route: Route) => (await call(user, route)).json().total.tables;
    expect(await tables('politics-reviewer', 'rollup')).toBe(1);
    expect(await tables('education-reviewer', 'rollup')).toBe(1);
    expect(await tables('finance', 'rollup')).toBe(2);
    expect(await tables('finance', 'rollup-politics')).toBe(1);
  });
});
