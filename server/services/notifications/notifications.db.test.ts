/**
 * 消息通知 (issue 10): each event writes the right notification for the right unit, in the event's
 * own transaction; read state is per user; "deadline near" is computed once per unit.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toDemoActor } from '../../demo/documents/index.ts';
import { createDocumentInState, createSessionCache } from '../../http/documents-test-support.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { transitionDocument } from '../documents/transition-document.ts';
import { listNotifications } from './list-notifications.ts';
import { markNotificationsRead } from './mark-notifications-read.ts';

describe.each(await listTestDialects())('notifications on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const it = isAvailable ? test : test.skip;
  const actor = (username: string) => toDemoActor(testApp.demo, username);
  const list = (username: string) => listNotifications(testApp.deps, { actor: actor(username) });

  beforeAll(async () => {
    if (!isAvailable) return;
    // 2026-04-20: the open year 2025's 自评表 is due on 2026-04-30, ten days ahead.
    testApp = await createTestApp({ dialect, startAt: '2026-04-20T02:00:00.000Z' });
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('tells no unit of a deadline near whose document is already in (first: no other test has listed for the school yet)', async () => {
    const submitted = await createDocumentInState(testApp, { unitKey: 'school', kind: 'self-evaluation', state: 'submitted' });
    await testApp.database.db.updateTable('documents').set({ year: 2025 }).where('id', '=', submitted.id).execute();
    expect((await list('school-filler')).items.some((item) => item.kind === 'deadline-near')).toBe(false);
  });

  it('tells the unit of a 退回 with the reason and a link to the document, and no other unit', async () => {
    const document = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
    await transitionDocument(testApp.deps, { actor: actor('politics-reviewer'), id: document.id, action: 'return', reason: '产出指标缺少数量指标' });
    const police = await list('police-filler');
    const returned = police.items.find((item) => item.link === `/documents/${document.id}`);
    expect(returned).toMatchObject({ kind: 'returned', kindName: '退回', message: '退回原因：产出指标缺少数量指标', isRead: false });
    expect(returned?.title).toBe(`${document.year}年度绩效目标表被退回`);
    for (const other of ['justice-leader', 'school-filler', 'politics-reviewer', 'finance']) {
      expect((await list(other)).items.some((item) => item.link === `/documents/${document.id}`), other).toBe(false);
    }
  });

  it('tells the unit of finance’s 批复, and writes nothing for a submission or a supervisor’s approval', async () => {
    const document = await createDocumentInState(testApp, { unitKey: 'school', state: 'approved' });
    const forDocument = (await list('school-leader')).items.filter((item) => item.link === `/documents/${document.id}`);
    expect(forDocument.map((item) => [item.kind, item.title])).toEqual([['approved', `${document.year}年度绩效目标表财政已批复`]]);
  });

  it('writes the notification in the transition’s transaction: when the transaction fails, neither exists', async () => {
    const document = await createDocumentInState(testApp, { unitKey: 'primary', state: 'submitted' });
    const failingDeps = {
      ...testApp.deps,
      transaction: <T,>(work: Parameters<typeof testApp.deps.transaction<T>>[0]) =>
        testApp.deps.transaction(async (repositories) => {
          await work(repositories);
          throw new Error('rolled back after the work');
        }),
    };
    await expect(transitionDocument(failingDeps, { actor: actor('education-reviewer'), id: document.id, action: 'return', reason: '请补充' })).rejects.toThrow('rolled back');
    expect((await testApp.deps.repositories.documents.getById(document.id))?.state).toBe('submitted');
    expect((await list('primary-filler')).items.some((item) => item.link === `/documents/${document.id}`)).toBe(false);
  });

  it('keeps read state per user: one user marking read leaves the colleague’s unread', async () => {
    const document = await createDocumentInState(testApp, { unitKey: 'justice', state: 'returned' });
    const notification = (await list('justice-filler')).items.find((item) => item.link === `/documents/${document.id}`)!;
    const before = (await list('justice-leader')).unreadCount;
    const marked = await markNotificationsRead(testApp.deps, { actor: actor('justice-filler'), id: notification.id });
    expect(marked.unreadCount).toBe((await list('justice-filler')).unreadCount);
    expect((await list('justice-filler')).items.find((item) => item.id === notification.id)?.isRead).toBe(true);
    expect((await list('justice-leader')).unreadCount).toBe(before);
    expect((await markNotificationsRead(testApp.deps, { actor: actor('justice-leader') })).unreadCount).toBe(0);
    expect((await list('justice-leader')).items.every((item) => item.isRead)).toBe(true);
  });

  it('refuses to mark another organisation’s notification read, as if it did not exist', async () => {
    const document = await createDocumentInState(testApp, { unitKey: 'police', state: 'returned' });
    const notification = (await list('police-filler')).items.find((item) => item.link === `/documents/${document.id}`)!;
    await expect(markNotificationsRead(testApp.deps, { actor: actor('school-filler'), id: notification.id })).rejects.toMatchObject({ httpStatus: 404 });
    expect((await list('police-filler')).items.find((item) => item.id === notification.id)?.isRead).toBe(false);
  });

  it('tells a unit once of a deadline within 14 days while its document is not in, and never a reviewer', async () => {
    const first = (await list('primary-leader')).items.filter((item) => item.kind === 'deadline-near');
    expect(first.map((item) => [item.title, item.message])).toEqual([['2025年度绩效自评表将于 2026-04-30 截止', '还剩 10 天，请按时提交。']]);
    expect((await list('primary-filler')).items.filter((item) => item.kind === 'deadline-near')).toHaveLength(1);
    expect((await list('education-reviewer')).items.some((item) => item.kind === 'deadline-near')).toBe(false);
  });

  it('tells the unit of a 催报, an issued 整改通知 and a returned 整改 item, each linking to what to open', async () => {
    const police = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const finance = (await signIn('finance')).headers;
    const opened = await testApp.app.inject({
      method: 'POST',
      url: '/api/monitoring-rounds',
      headers: finance,
      payload: { year: police.year, period: { throughMonth: 3 }, deadline: '2026-04-10', targets: [{ organisationId: police.organisationId }] },
    });
    expect(opened.statusCode).toBe(201);
    const round = opened.json().round;
    const table = round.entries[0].documentId as string;
    const reminded = await testApp.app.inject({ method: 'POST', url: `/api/monitoring-rounds/${round.id}/reminders`, headers: finance, payload: { organisationId: police.organisationId, message: '请于本周内提交监控表' } });
    expect(reminded.statusCode).toBe(201);
    const issued = await testApp.app.inject({
      method: 'POST',
      url: '/api/rectification-notices',
      headers: finance,
      // Not tied to the table: it is still a draft, and 整改 is issued only on a submitted document.
      payload: { organisationId: police.organisationId, year: police.year, title: '一季度监控整改', deadline: '2026-05-31', items: [{ requirement: '说明执行偏慢的原因' }] },
    });
    expect(issued.statusCode).toBe(201);
    const notice = issued.json();
    const filler = (await signIn('police-filler')).headers;
    await testApp.app.inject({ method: 'POST', url: `/api/rectification-notices/${notice.id}/items/${notice.itemList[0].id}/answer`, headers: filler, payload: { answer: '已说明' } });
    const returned = await testApp.app.inject({ method: 'POST', url: `/api/rectification-notices/${notice.id}/items/${notice.itemList[0].id}/review`, headers: finance, payload: { decision: 'return', reason: '说明不充分' } });
    expect(returned.statusCode).toBe(200);
    const items = (await list('police-leader')).items;
    expect(items.find((item) => item.kind === 'reminder')).toMatchObject({ title: `催报：${round.title}`, message: '请于本周内提交监控表', link: `/documents/${table}` });
    expect(items.find((item) => item.kind === 'rectification-issued')).toMatchObject({ title: '收到整改通知：一季度监控整改', link: `/rectification/${notice.id}` });
    expect(items.find((item) => item.kind === 'rectification-returned')).toMatchObject({ message: '第 1 项退回原因：说明不充分', link: `/rectification/${notice.id}` });
    expect((await list('school-filler')).items.some((item) => item.kind === 'reminder' || item.kind.startsWith('rectification'))).toBe(false);
  });
});
