/**
 * The authorisation matrix of issue 3: every document route × every role × own / other unit ×
 * every state. Expectations are written out here by hand (not computed by core), so the test
 * fails on any unexpected access, whichever layer lets it through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../core/review/index.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState, createSessionCache } from './documents-test-support.ts';

const states: ReviewState[] = ['draft', 'returned', 'submitted', 'supervisor-reviewed', 'approved', 'published'];
const all = new Set(states);
const none = new Set<ReviewState>();

type Route = 'read' | 'history' | 'save' | 'opinion' | 'submit' | 'withdraw' | 'supervisor-approve' | 'finance-approve' | 'return' | 'publish' | 'revise';
const routes: Route[] = ['read', 'history', 'save', 'opinion', 'submit', 'withdraw', 'supervisor-approve', 'finance-approve', 'return', 'publish', 'revise'];
const mutatingRoutes = new Set<Route>(['submit', 'withdraw', 'supervisor-approve', 'finance-approve', 'return', 'publish', 'revise']);

interface Expectation {
  /** States in which the user sees a target table of 示范县公安局 (under 政法委, under the bureau). */
  visible: Set<ReviewState>;
  /** What the user may do, by state. */
  allowed: Partial<Record<ReviewState, Route[]>>;
}

const expectations: Record<string, Expectation> = {
  'police-filler': { visible: all, allowed: { draft: ['save'], returned: ['save'], approved: ['revise'], published: ['revise'] } },
  'police-leader': { visible: all, allowed: { draft: ['save', 'submit'], returned: ['save', 'submit'], submitted: ['withdraw'], approved: ['revise'], published: ['revise'] } },
  'justice-leader': { visible: none, allowed: {} },
  'school-filler': { visible: none, allowed: {} },
  'politics-reviewer': { visible: new Set(states.filter((state) => state !== 'draft')), allowed: { submitted: ['opinion', 'supervisor-approve', 'return'] } },
  'education-reviewer': { visible: none, allowed: {} },
  finance: { visible: new Set<ReviewState>(['supervisor-reviewed', 'approved', 'published']), allowed: { 'supervisor-reviewed': ['opinion', 'finance-approve', 'return'], approved: ['publish'] } },
  admin: { visible: all, allowed: {} },
};

describe('document authorisation matrix', () => {
  let testApp: TestApp;
  let signIn: ReturnType<typeof createSessionCache>;
  const shared = new Map<ReviewState, StoredDocument>();

  beforeAll(async () => {
    testApp = await createTestApp();
    signIn = createSessionCache(testApp);
    for (const state of states) shared.set(state, await createDocumentInState(testApp, { unitKey: 'police', state }));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  async function call(username: string | null, route: Route, document: StoredDocument) {
    const headers = username ? (await signIn(username)).headers : {};
    const url = `/api/documents/${document.id}`;
    if (route === 'read') return testApp.app.inject({ method: 'GET', url, headers });
    if (route === 'history') return testApp.app.inject({ method: 'GET', url: `${url}/history`, headers });
    if (route === 'save') {
      return testApp.app.inject({ method: 'PUT', url, headers, payload: { expectedVersion: document.version, body: document.body } });
    }
    if (route === 'opinion') {
      return testApp.app.inject({ method: 'POST', url: `${url}/opinions`, headers, payload: { path: 'goals.0.indicators.0', text: '矩阵测试意见' } });
    }
    return testApp.app.inject({ method: 'POST', url: `${url}/transitions`, headers, payload: { action: route, reason: '矩阵测试理由' } });
  }

  const cases = Object.keys(expectations).flatMap((username) => routes.map((route) => ({ username, route })));

  it.each(cases)('gives $username exactly the expected access to $route in every state', async ({ username, route }) => {
    const expectation = expectations[username]!;
    const mismatches: string[] = [];
    for (const state of states) {
      const isAllowed = expectation.allowed[state]?.includes(route) || ((route === 'read' || route === 'history') && expectation.visible.has(state));
      // An allowed change gets a fresh document, so the shared ones stay in their states.
      const document = isAllowed && mutatingRoutes.has(route) ? await createDocumentInState(testApp, { unitKey: 'police', state }) : shared.get(state)!;
      const response = await call(username, route, document);
      const status = response.statusCode;
      const expected = isAllowed ? '2xx' : expectation.visible.has(state) ? '403/409' : '404';
      const actual = status < 300 ? '2xx' : status === 403 || status === 409 ? '403/409' : String(status);
      if (actual !== expected) mismatches.push(`${state}: expected ${expected}, got ${status} ${response.body.slice(0, 120)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(routes)('answers anonymous %s with 401 and the public route with published documents only', async (route) => {
    for (const state of states) {
      expect((await call(null, route, shared.get(state)!)).statusCode).toBe(401);
      const publicRead = await testApp.app.inject({ method: 'GET', url: `/api/public/documents/${shared.get(state)!.id}` });
      expect(publicRead.statusCode, state).toBe(state === 'published' ? 200 : 404);
    }
  });

  it.each(Object.keys(expectations))('lists for %s exactly the documents it may read', async (username) => {
    const { headers } = await signIn(username);
    const response = await testApp.app.inject({ method: 'GET', url: '/api/documents?pageSize=100', headers });
    const listed = new Set((response.json().items as Array<{ id: string }>).map((item) => item.id));
    const visible = states.filter((state) => listed.has(shared.get(state)!.id));
    expect(visible).toEqual(states.filter((state) => expectations[username]!.visible.has(state)));
  });

  // Issue 9 item 8: the 批复表 finance's 批复 produced; of every write, only finance publishes it.
  it.each(Object.keys(expectations))('lets %s change a produced 批复表 only as the matrix says', async (username) => {
    const target = await createDocumentInState(testApp, { unitKey: 'police', state: 'approved' });
    const [approvalTable] = await testApp.deps.repositories.documents.listRevisions({ ...target, kind: 'approval-table' });
    const allowed: Route[] = [];
    for (const route of routes.filter((each) => each !== 'read' && each !== 'history' && each !== 'publish')) {
      if ((await call(username, route, approvalTable!)).statusCode < 300) allowed.push(route);
    }
    if ((await call(username, 'publish', approvalTable!)).statusCode < 300) allowed.push('publish');
    expect(allowed).toEqual(username === 'finance' ? ['publish'] : []);
  });
});
