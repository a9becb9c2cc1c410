/**
 * The monitoring cycle over HTTP (issue 11): a round opened by finance, tables filled and submitted
 * (a red light needs a reason), reviewed and concluded, late units reminded, a 整改 notice answered,
 * returned, answered again, accepted and closed, and the ledger, on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

const dayMs = 24 * 60 * 60 * 1000;

describe.each(await listTestDialects())('monitoring cycle over HTTP on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let policeTargets: StoredDocument;
  let year: number;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect, startAt: '2026-06-20T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
    policeTargets = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    year = policeTargets.year;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function call(username: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    const headers = username ? (await signIn(username)).headers : {};
    return testApp.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }

  async function approveTargetsOf(unitKey: 'school') {
    // createDocumentInState gives each document its own year: move this one into the round's year.
    const stored = await createDocumentInState(testApp, { unitKey, state: 'approved' });
    const body = { ...stored.body, year };
    await testApp.database.db.updateTable('documents').set({ year, body: JSON.stringify(body) }).where('id', '=', stored.id).execute();
  }

  it('opens a round, fills, submits, concludes, reminds, and carries a 整改 notice to its close', async () => {
    await approveTargetsOf('school');
    const request = { year, period: { throughMonth: 6 }, deadline: '2026-06-30' };
    expect((await call(null, 'POST', '/api/monitoring-rounds', request)).statusCode).toBe(401);
    for (const username of ['police-leader', 'politics-reviewer', 'admin']) {
      expect((await call(username, 'POST', '/api/monitoring-rounds', request)).statusCode, username).toBe(403);
    }
    expect((await call('finance', 'POST', '/api/monitoring-rounds', { ...request, period: {} })).statusCode).toBe(400);
    const opened = await call('finance', 'POST', '/api/monitoring-rounds', request);
    expect(opened.statusCode).toBe(201);
    const { round, created, withoutTargets } = opened.json();
    expect(created).toBe(2);
    expect(withoutTargets.map((unit: { organisationName: string }) => unit.organisationName).sort()).toEqual(['示范县司法局', '示范县实验小学']);
    expect(round.periodName).toBe('1-6月');
    const again = await call('finance', 'POST', '/api/monitoring-rounds', request);
    expect({ status: again.statusCode, code: again.json().code }).toEqual({ status: 409, code: 'monitoring-table-exists' });

    // Who sees which entries: a unit its own, a 主管部门 its subordinates, finance all.
    const seen = async (username: string) => {
      const response = await call(username, 'GET', `/api/monitoring-rounds/${round.id}`);
      return response.statusCode === 200 ? response.json().entries.map((entry: { organisationName: string }) => entry.organisationName).sort() : response.statusCode;
    };
    expect(await seen('police-filler')).toEqual(['示范县公安局']);
    expect(await seen('justice-leader')).toEqual(['示范县司法局']);
    expect(await seen('politics-reviewer')).toEqual(['示范县公安局', '示范县司法局']);
    expect(await seen('education-reviewer')).toEqual(['示范县实验小学', '示范县第一中学']);
    expect(await seen('finance')).toHaveLength(4);
    const listed = await call('school-filler', 'GET', `/api/monitoring-rounds?year=${year}`);
    expect(listed.json().items.map((item: { id: string; tables: number }) => [item.id, item.tables])).toEqual([[round.id, 1]]);

    // The unit's pre-filled table: indicators carried from the approved targets; a draft's lights stay the unit's.
    const policeEntry = round.entries.find((entry: { organisationName: string }) => entry.organisationName === '示范县公安局');
    expect(policeEntry.state).toBe('draft');
    expect((await seen('finance')) as string[]).toContain('示范县公安局');
    const table = (await call('police-filler', 'GET', `/api/documents/${policeEntry.documentId}`)).json();
    expect(table.kind).toBe('monitoring');
    expect(table.body.goals[0].indicators[0].name).toBe(policeTargets.body.goals[0]!.indicators[0]!.name);
    expect(table.body.monitoring.period).toEqual({ throughMonth: 6 });

    // A red light needs a reason before the leader may submit.
    const body: PerformanceDocument = structuredClone(table.body);
    body.budget.executedToDate = '3000.00';
    body.goals[0]!.indicators[0]!.monitoring = { actualToDate: { ...body.goals[0]!.indicators[0]!.target!, value: '100' } };
    const saved = await call('police-filler', 'PUT', `/api/documents/${table.id}`, { expectedVersion: table.version, body });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().body.goals[0].indicators[0].monitoring.light).toBe('red');
    const blocked = await call('police-leader', 'POST', `/api/documents/${table.id}/transitions`, { action: 'submit' });
    expect({ status: blocked.statusCode, code: blocked.json().code }).toEqual({ status: 422, code: 'submission-blocked' });
    expect(blocked.json().message).toContain('侦破刑事案件数');
    body.goals[0]!.indicators[0]!.monitoring = { ...saved.json().body.goals[0].indicators[0].monitoring, explanation: '上半年专项行动尚未开展', correctiveAction: '下半年集中开展专项行动' };
    const fixed = await call('police-filler', 'PUT', `/api/documents/${table.id}`, { expectedVersion: saved.json().version, body });
    expect((await call('police-leader', 'POST', `/api/documents/${table.id}/transitions`, { action: 'submit' })).statusCode).toBe(200);
    expect(fixed.statusCode).toBe(200);

    // After the deadline: the school is late, the police (submitted) is not.
    testApp.advanceClock(12 * dayMs);
    // Sessions end after days idle: everyone signs in again.
    signIn = createSessionCache(testApp);
    const late = (await call('finance', 'GET', `/api/monitoring-rounds/${round.id}/overview`)).json();
    expect(late.lateUnits.map((unit: { organisationName: string; daysOverdue: number }) => [unit.organisationName, unit.daysOverdue])).toEqual([['示范县第一中学', 2]]);
    expect(late.timeProgress).toBe('50');
    expect((await call('police-filler', 'GET', `/api/monitoring-rounds/${round.id}/overview`)).statusCode).toBe(403);
    const schoolId = late.lateUnits[0].organisationId;
    const policeId = policeEntry.organisationId;
    expect((await call('politics-reviewer', 'POST', `/api/monitoring-rounds/${round.id}/reminders`, { organisationId: schoolId })).statusCode).toBe(404);
    // The school's 主管部门 (教体局) reminds it as finance does; the police's 主管部门 cannot see the school.
    const bySupervisor = await call('education-reviewer', 'POST', `/api/monitoring-rounds/${round.id}/reminders`, { organisationId: schoolId });
    expect([bySupervisor.statusCode, bySupervisor.json().actorName]).toEqual([201, '教体局 郑审核']);
    expect((await call('finance', 'POST', `/api/monitoring-rounds/${round.id}/reminders`, { organisationId: policeId })).json().code).toBe('not-late');
    // One 催报 per unit, round and day (China time), whoever sends it: finance waits for the next day.
    const sameDay = await call('finance', 'POST', `/api/monitoring-rounds/${round.id}/reminders`, { organisationId: schoolId });
    expect([sameDay.statusCode, sameDay.json().code]).toEqual([429, 'reminded-today']);
    expect(Number(sameDay.headers['retry-after'])).toBeGreaterThan(0);
    expect((await call('school-filler', 'GET', '/api/monitoring-reminders')).json().items).toHaveLength(1);
    testApp.advanceClock(dayMs);
    signIn = createSessionCache(testApp);
    const reminded = await call('finance', 'POST', `/api/monitoring-rounds/${round.id}/reminders`, { organisationId: schoolId });
    expect(reminded.statusCode).toBe(201);
    expect(reminded.json().message).toContain('已逾期 3 天');
    expect((await call('school-filler', 'GET', '/api/monitoring-reminders')).json().items).toHaveLength(2);
    expect((await call('police-filler', 'GET', '/api/monitoring-reminders')).json().items).toHaveLength(0);
    const schoolEntry = round.entries.find((entry: { organisationName: string }) => entry.organisationName === '示范县第一中学');
    const history = (await call('school-filler', 'GET', `/api/documents/${schoolEntry.documentId}/history`)).json();
    expect(JSON.stringify(history)).toContain('催报');

    // Conclusion: only finance, only after the 主管部门 step.
    const conclusionUrl = `/api/monitoring-rounds/${round.id}/tables/${table.id}/conclusion`;
    expect((await call('finance', 'PUT', conclusionUrl, { conclusion: 'rectification' })).statusCode).toBe(409);
    expect((await call('politics-reviewer', 'POST', `/api/documents/${table.id}/transitions`, { action: 'supervisor-approve' })).statusCode).toBe(200);
    expect((await call('politics-reviewer', 'PUT', conclusionUrl, { conclusion: 'rectification' })).statusCode).toBe(403);
    expect((await call('police-leader', 'PUT', conclusionUrl, { conclusion: 'no-problem' })).statusCode).toBe(403);
    expect((await call('school-leader', 'PUT', conclusionUrl, { conclusion: 'no-problem' })).statusCode).toBe(404);
    expect((await call('finance', 'PUT', conclusionUrl, { conclusion: 'unknown' })).statusCode).toBe(400);
    const concluded = await call('finance', 'PUT', conclusionUrl, { conclusion: 'rectification', note: '侦破刑事案件数进度滞后' });
    expect(concluded.json().entries.find((entry: { documentId: string }) => entry.documentId === table.id).conclusionName).toBe('整改');
    expect(JSON.stringify((await call('police-filler', 'GET', `/api/documents/${table.id}/history`)).json())).toContain('监控结论：整改');

    // 整改: issue, answer (with a file), return, answer again, accept both, closed; the ledger counts.
    const notice = {
      organisationId: policeId,
      year,
      roundId: round.id,
      title: '关于绩效运行监控发现问题的整改通知',
      deadline: '2026-07-31',
      items: [
        { documentId: table.id, indicatorPath: 'goals.0.indicators.0', requirement: '说明进度滞后原因并制定赶进度计划', moneyAction: 'reduce', moneyAmount: '12.345' },
        { documentId: table.id, requirement: '加快资金支付', moneyAction: 'recover', moneyAmount: '0.005' },
      ],
    };
    expect((await call('police-leader', 'POST', '/api/rectification-notices', notice)).statusCode).toBe(403);
    expect((await call('finance', 'POST', '/api/rectification-notices', { ...notice, items: [] })).statusCode).toBe(400);
    expect((await call('finance', 'POST', '/api/rectification-notices', { ...notice, items: [{ requirement: '无金额', moneyAction: 'cancel' }] })).statusCode).toBe(400);
    // 万元 to the 分 is six decimals; a seventh is finer than money.
    const finerThanMoney = await call('finance', 'POST', '/api/rectification-notices', { ...notice, items: [{ documentId: table.id, requirement: '收回', moneyAction: 'recover', moneyAmount: '0.0000001' }] });
    expect([finerThanMoney.statusCode, finerThanMoney.json().message]).toEqual([400, expect.stringContaining('最多 6 位小数')]);
    const wrongDocument = { ...notice, organisationId: schoolId };
    expect((await call('finance', 'POST', '/api/rectification-notices', wrongDocument)).statusCode).toBe(400);
    // 整改 only on what the unit has submitted: the school's table is still its draft.
    const onDraft = await call('finance', 'POST', '/api/rectification-notices', { ...notice, organisationId: schoolId, items: [{ documentId: schoolEntry.documentId, requirement: '说明执行偏慢的原因' }] });
    expect({ status: onDraft.statusCode, code: onDraft.json().code, message: onDraft.json().message }).toEqual({
      status: 409,
      code: 'document-not-submitted',
      message: '第 1 项关联的绩效运行监控表尚未提交（草稿），单位提交后才能下发整改。',
    });
    expect((await call('school-filler', 'GET', '/api/rectification-notices')).json().items).toHaveLength(0);
    const issued = await call('finance', 'POST', '/api/rectification-notices', notice);
    expect(issued.statusCode).toBe(201);
    const noticeId = issued.json().id;
    const [first, second] = issued.json().itemList;
    expect(first.indicatorName).toBe('侦破刑事案件数');

    const item = (itemId: string, step: 'answer' | 'review') => `/api/rectification-notices/${noticeId}/items/${itemId}/${step}`;
    expect((await call('finance', 'POST', item(first.id, 'review'), { decision: 'accept' })).json().code).toBe('transition-not-allowed');
    expect((await call('politics-reviewer', 'POST', item(first.id, 'answer'), { answer: '已整改' })).statusCode).toBe(403);
    expect((await call('school-filler', 'POST', item(first.id, 'answer'), { answer: '已整改' })).statusCode).toBe(404);
    const attachment = { fileName: '整改计划.txt', content: Buffer.from('赶进度计划').toString('base64') };
    expect((await call('police-filler', 'POST', item(first.id, 'answer'), { answer: '已制定赶进度计划', attachment })).statusCode).toBe(200);
    expect((await call('police-leader', 'POST', item(second.id, 'answer'), { answer: '已支付' })).statusCode).toBe(200);
    const file = await call('politics-reviewer', 'GET', `/api/rectification-notices/${noticeId}/items/${first.id}/attachment`);
    expect({ status: file.statusCode, text: file.body, type: file.headers['content-type'] }).toEqual({ status: 200, text: '赶进度计划', type: 'application/octet-stream' });
    expect((await call('school-filler', 'GET', `/api/rectification-notices/${noticeId}/items/${first.id}/attachment`)).statusCode).toBe(404);

    expect((await call('finance', 'POST', item(second.id, 'review'), { decision: 'return' })).json().code).toBe('reason-required');
    expect((await call('politics-reviewer', 'POST', item(second.id, 'review'), { decision: 'accept' })).statusCode).toBe(403);
    expect((await call('admin', 'POST', item(second.id, 'review'), { decision: 'accept' })).statusCode).toBe(403);
    expect((await call('finance', 'POST', item(second.id, 'review'), { decision: 'return', reason: '请附支付凭证' })).json().itemList[1].state).toBe('returned');
    expect((await call('finance', 'POST', item(first.id, 'review'), { decision: 'accept' })).json().state).toBe('open');
    expect((await call('police-filler', 'POST', item(second.id, 'answer'), { answer: '已支付，凭证见附件' })).statusCode).toBe(200);
    const closed = (await call('finance', 'POST', item(second.id, 'review'), { decision: 'accept' })).json();
    expect({ state: closed.state, accepted: closed.itemsAccepted }).toEqual({ state: 'closed', accepted: 2 });
    expect(closed.events.map((event: { action: string }) => event.action)).toEqual(['issue', 'answer', 'answer', 'return', 'accept', 'answer', 'accept', 'close']);
    expect((await call('police-filler', 'POST', item(second.id, 'answer'), { answer: '再改' })).json().code).toBe('notice-closed');

    const ledger = async (username: string) => (await call(username, 'GET', `/api/rectification-ledger?year=${year}`)).json();
    expect(await ledger('finance')).toEqual({
      notices: 1,
      noticesClosed: 1,
      items: 2,
      itemsClosed: 2,
      itemsOverdue: 0,
      // Exact to the 分: 12.345 万元 and 0.005 万元 (50 元) are not rounded to 100 元.
      money: { reduce: '12.345', recover: '0.005', cancel: '0', adjust: '0' },
      moneyTotal: '12.35',
    });
    expect((await ledger('police-filler')).notices).toBe(1);
    expect((await ledger('politics-reviewer')).notices).toBe(1);
    expect((await ledger('school-filler')).notices).toBe(0);
    expect((await ledger('education-reviewer')).notices).toBe(0);
  });
});
