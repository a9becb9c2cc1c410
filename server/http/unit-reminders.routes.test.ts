/**
 * 催报 from the finance overview (POST /api/reports/reminders): the unit is told what it has not
 * handed in, with the year's deadline; its drafts record the reminder; a unit with everything in,
 * a non-unit and bad input are refused. Who may call it is in the route matrix.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

describe.each(await listTestDialects())('催报 from the overview on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const it = isAvailable ? test : test.skip;
  const remind = async (payload: Record<string, unknown>, as = 'finance') =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/reports/reminders',
      headers: (await signIn(as)).headers,
      payload,
    });
  const notificationsOf = async (user: string) =>
    (
      await testApp.app.inject({
        method: 'GET',
        url: '/api/notifications',
        headers: (await signIn(user)).headers,
      })
    ).json().items as Array<{
      kind: string;
      title: string;
      message: string;
      link: string;
    }>;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    signIn = createSessionCache(testApp);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('reminds a unit of its draft 目标表 and missing 自评表, with the stored deadline, and records it on the draft', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'school', state: 'draft' });
    await testApp.deps.repositories.fiscalYears.save({ year: draft.year, isOpen: true });
    const response = await remind({ organisationId: draft.organisationId, year: draft.year });
    expect(response.statusCode).toBe(201);
    const reminder = response.json();
    expect(reminder.kinds).toEqual(['target-table', 'self-evaluation', 'evaluation-report']);
    expect(reminder.message).toBe(
      `请尽快提交${draft.year}年度绩效目标表（截止日期 ${draft.year - 1}-11-30）、绩效自评表（截止日期 ${draft.year + 1}-04-30）、绩效评价报告。`,
    );

    const received = (await notificationsOf('school-filler')).find(
      (item) => item.kind === 'reminder' && item.message === reminder.message,
    );
    expect(received?.link).toBe(`/documents/${draft.id}`);
    expect(received?.title).toBe(`催报：${draft.year}年度绩效目标表、绩效自评表、绩效评价报告`);
    expect((await notificationsOf('police-filler')).some((item) => item.message === reminder.message)).toBe(
      false,
    );

    const history = await testApp.deps.repositories.auditEntries.listByDocument(draft.id);
    expect(history.at(-1)).toMatchObject({
      action: 'remind',
      reason: `催报：${reminder.message}`,
      fromState: 'draft',
      toState: 'draft',
    });
  });

  it('leaves out what is already handed in, and refuses when nothing is outstanding', async () => {
    const submitted = await createDocumentInState(testApp, { unitKey: 'police', state: 'submitted' });
    const partly = await remind({
      organisationId: submitted.organisationId,
      year: submitted.year,
      message: '请按时报送自评表',
    });
    expect(partly.statusCode).toBe(201);
    expect(partly.json()).toMatchObject({
      kinds: ['self-evaluation', 'evaluation-report'],
      message: '请按时报送自评表',
    });
    // Each created document has a year of its own: move the self-evaluation and the report into the target table's year.
    for (const kind of ['self-evaluation', 'evaluation-report'] as const) {
      const later = await createDocumentInState(testApp, { unitKey: 'police', kind, state: 'submitted' });
      await testApp.database.db
        .updateTable('documents')
        .set({ year: submitted.year })
        .where('id', '=', later.id)
        .execute();
    }
    const none = await remind({ organisationId: submitted.organisationId, year: submitted.year });
    expect(none.statusCode).toBe(409);
    expect(none.json().message).toContain('无需催报');
  });

  it('refuses a 主管部门 (not a unit) and a year out of range', async () => {
    const politics = testApp.demo.organisations.politics!;
    const notUnit = await remind({ organisationId: politics.id, year: 2025 });
    expect(notUnit.statusCode).toBe(400);
    expect(notUnit.json().message).toContain('不是预算单位');
    expect((await remind({ organisationId: politics.id, year: 1900 })).statusCode).toBe(400);
  });

  it('lets a 主管部门 remind a unit under it, signed with its name; not another 主管部门’s unit, nor itself', async () => {
    const draft = await createDocumentInState(testApp, { unitKey: 'school', state: 'draft' });
    const byEducation = await remind({ organisationId: draft.organisationId, year: draft.year, message: '教体局提醒：请尽快报送' }, 'education-reviewer');
    expect(byEducation.statusCode).toBe(201);
    expect(byEducation.json()).toMatchObject({ organisationName: '示范县第一中学', kinds: ['target-table', 'self-evaluation', 'evaluation-report'] });
    const received = (await notificationsOf('school-filler')).find((item) => item.message === '教体局提醒：请尽快报送');
    expect(received?.kind).toBe('reminder');
    const history = await testApp.deps.repositories.auditEntries.listByDocument(draft.id);
    expect(history.at(-1)).toMatchObject({ action: 'remind', actorId: testApp.demo.users['education-reviewer']!.id, reason: '催报：教体局提醒：请尽快报送' });

    // 政法委 does not see the school (404, ids cannot be probed); 教体局 itself is no unit it answers for (403).
    const remindersBefore = (await notificationsOf('school-filler')).filter((item) => item.kind === 'reminder').length;
    const byPolitics = await remind({ organisationId: draft.organisationId, year: draft.year }, 'politics-reviewer');
    expect(byPolitics.statusCode).toBe(404);
    const itself = await remind({ organisationId: testApp.demo.organisations.education!.id, year: draft.year }, 'education-reviewer');
    expect([itself.statusCode, itself.json().message]).toEqual([403, '只有财政部门或上级主管部门可以催报。']);
    expect((await notificationsOf('school-filler')).filter((item) => item.kind === 'reminder')).toHaveLength(remindersBefore);
  });
});
