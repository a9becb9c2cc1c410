/**
 * 消息通知 routes (issue 10) and their authorisation matrix × role × own / other unit: a user only
 * ever sees and marks their own organisation's notifications. The own unit is 示范县公安局 (a
 * document returned to it); 司法局 is a sibling unit under the same 主管部门, 第一中学 another.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

const users = ['police-filler', 'police-leader', 'justice-leader', 'school-filler', 'politics-reviewer', 'finance', 'admin', null] as const;
type User = (typeof users)[number];

/** Status by user, in the order of `users` (the last is no session). */
const expected = {
  list: [200, 200, 200, 200, 200, 200, 200, 401],
  'read-one': [200, 200, 404, 404, 404, 404, 404, 401],
  'read-all': [200, 200, 200, 200, 200, 200, 200, 401],
};
/** Whether the user's list holds the 公安局's notification. */
const seesPolice = [true, true, false, false, false, false, false];

describe.each(await listTestDialects())('notification routes on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  let documentId = '';
  let notificationId = 0;
  const it = isAvailable ? test : test.skip;
  const headersOf = async (user: User) => (user ? (await signIn(user)).headers : {});

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    signIn = createSessionCache(testApp);
    documentId = (await createDocumentInState(testApp, { unitKey: 'police', state: 'returned' })).id;
    const listed = await testApp.app.inject({ method: 'GET', url: '/api/notifications', headers: await headersOf('police-filler') });
    notificationId = listed.json().items.find((item: { link: string }) => item.link === `/documents/${documentId}`).id;
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it.each(users.map((user, index) => [user ?? '(no session)', user, index] as const))('GET /api/notifications as %s', async (_name, user, index) => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/notifications', headers: await headersOf(user) });
    expect(response.statusCode).toBe(expected.list[index]);
    if (response.statusCode !== 200) return;
    const links = response.json().items.map((item: { link: string }) => item.link);
    expect(links.includes(`/documents/${documentId}`)).toBe(seesPolice[index]);
  });

  it.each(users.map((user, index) => [user ?? '(no session)', user, index] as const))('POST /api/notifications/:id/read of the 公安局’s notification as %s', async (_name, user, index) => {
    const response = await testApp.app.inject({ method: 'POST', url: `/api/notifications/${notificationId}/read`, headers: await headersOf(user) });
    expect(response.statusCode).toBe(expected['read-one'][index]);
  });

  it.each(users.map((user, index) => [user ?? '(no session)', user, index] as const))('POST /api/notifications/read-all as %s', async (_name, user, index) => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: await headersOf(user) });
    expect(response.statusCode).toBe(expected['read-all'][index]);
    if (response.statusCode === 200) expect(response.json()).toEqual({ unreadCount: 0 });
  });

  it('lists newest first with the unread count, limited and unread only on request', async () => {
    const second = await createDocumentInState(testApp, { unitKey: 'police', state: 'returned' });
    const headers = await headersOf('police-leader');
    const unread = await testApp.app.inject({ method: 'GET', url: '/api/notifications?isUnreadOnly=true&limit=5', headers });
    expect(unread.statusCode).toBe(200);
    expect(unread.json().unreadCount).toBe(1);
    expect(unread.json().items.map((item: { link: string }) => item.link)).toEqual([`/documents/${second.id}`]);
    const all = await testApp.app.inject({ method: 'GET', url: '/api/notifications?limit=1', headers });
    expect(all.json().items).toHaveLength(1);
    expect(all.json().items[0]).toMatchObject({ link: `/documents/${second.id}`, kind: 'returned', isRead: false });
  });

  it.each([
    ['GET', '/api/notifications?limit=0'],
    ['GET', '/api/notifications?limit=abc'],
    ['POST', '/api/notifications/abc/read'],
  ] as const)('answers %s %s with 400', async (method, url) => {
    const response = await testApp.app.inject({ method, url, headers: await headersOf('police-filler') });
    expect(response.statusCode).toBe(400);
  });

  it('answers 404 for a notification that does not exist', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/notifications/999999/read', headers: await headersOf('police-filler') });
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status: 404, code: 'not-found' });
  });
});
