/**
 * The authorisation matrix of every API route (issue 9 "the authorisation matrix extended to every
 * route"), read by route-inventory.security.test.ts. Each route of the real app must have a row
 * here: role × own / other unit, the status written out by hand, or an entry in one of the two
 * short lists below (anyone may call it; its matrix lives in documents-access-matrix.routes.test.ts).
 * A new route: add a row to `routeMatrix` with its key exactly as the test names it ("POST /api/x/:id").
 *
 * Own unit = 示范县公安局 (under 政法委, reviewed by politics-reviewer); other unit = 第一中学
 * (under 教体局). Every call gets fresh fixtures, so no cell depends on another.
 */
import type { InjectOptions } from 'fastify';
import { createEmptyDocument, type DocumentKind } from '../../core/model.ts';
import type { ReviewState } from '../../core/review/index.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createUser } from '../services/users/create-user.ts';
import type { TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState } from './documents-test-support.ts';

/** One user per role: unit filler and leader of the own unit, its 主管部门 reviewer, finance, admin. */
export const matrixUsers = ['police-filler', 'police-leader', 'politics-reviewer', 'finance', 'admin'] as const;
export type MatrixUser = (typeof matrixUsers)[number];
export type Side = 'own' | 'other';

export interface MatrixContext {
  testApp: TestApp;
  /** A fresh document of the own or other unit, brought to `state` through the real use cases. */
  document(side: Side, options?: { state?: ReviewState; kind?: DocumentKind }): Promise<StoredDocument>;
  /** A fresh user of the own or other unit (accounts the administrator manages). */
  user(side: Side): Promise<{ id: string; username: string }>;
  /** A fresh session of `username` (signed in anew): its id as GET /api/sessions lists it. */
  session(username: string): Promise<string>;
  /** A year no other cell uses (2001 on: below the years documents-test-support gives). */
  nextYear(): number;
  /** A number for a fresh name. */
  nextName(): number;
}

type Request = Omit<InjectOptions, 'headers'> & { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string };

export interface MatrixRow {
  request(context: MatrixContext, input: { side: Side; actor: MatrixUser }): Promise<Request> | Request;
  /** Expected status for each user: one number when the route has no own/other unit, else [own, other]. */
  expected: Record<MatrixUser, number | readonly [own: number, other: number]>;
}

/** Routes anyone may call, with the reason. */
export const publicRoutes: Record<string, string> = {
  'GET /api/health': 'load balancers and monitoring',
  'POST /api/login': 'signing in (throttled: login-throttling.routes.test.ts)',
  'POST /api/logout': 'ends the caller’s own session, if any',
  'GET /api/public/documents': 'published documents only (core/review, documents-access-matrix.routes.test.ts)',
  'GET /api/public/documents/:id': 'published documents only',
  'GET /api/public/documents/:id/export': 'published documents only (exports.routes.test.ts)',
  'GET /api/openapi.json': 'the API description, no data',
  'GET /api/public/deployment': 'the product and finance bureau names the login page shows (organisations.routes.test.ts)',
  'GET /api/docs/': 'swagger-ui over the API description, no data',
  'GET /api/docs/static/index.html': 'swagger-ui',
  'GET /api/docs/static/swagger-initializer.js': 'swagger-ui',
  'GET /api/docs/json': 'swagger-ui',
  'GET /api/docs/yaml': 'swagger-ui',
  'GET /api/docs/static/*': 'swagger-ui',
  'GET /api/public/results-notices': 'published 评价结果通报 only (results.routes.test.ts)',
  'GET /api/public/results-notices/:year': 'published 评价结果通报 only (results.routes.test.ts)',
};

/** Document routes whose role × own / other unit × every state matrix is documents-access-matrix.routes.test.ts. */
export const documentMatrixRoutes: Record<string, string> = {
  'GET /api/documents/:id': 'read',
  'PUT /api/documents/:id': 'save',
  'GET /api/documents/:id/history': 'history',
  'POST /api/documents/:id/transitions': 'submit, withdraw, supervisor-approve, finance-approve, return, publish, revise',
  'POST /api/documents/:id/opinions': 'opinion',
};

/**
 * Routes whose role × own / other unit matrix is written out by hand in a test file of its own
 * (a resource with its own fixtures): the key → that file (the inventory test checks it exists and
 * names the route's path).
 */
const libraryMatrix = 'server/http/indicator-library.routes.test.ts';
const importReviewMatrix = 'server/http/import-review.routes.test.ts';
const rulePacksMatrix = 'server/http/rule-packs.routes.test.ts';
const monitoringMatrix = 'server/http/monitoring-access-matrix.routes.test.ts';
const notificationsMatrix = 'server/http/notifications.routes.test.ts';
export const routesWithOwnMatrix: Record<string, string> = {
  'GET /api/indicator-library': libraryMatrix,
  'GET /api/indicator-library/suggestions': libraryMatrix,
  'GET /api/indicator-library/findings': libraryMatrix,
  'GET /api/indicator-library/context': libraryMatrix,
  'GET /api/indicator-library/export.xlsx': libraryMatrix,
  'POST /api/indicator-library/import': libraryMatrix,
  'GET /api/indicator-library/:id': libraryMatrix,
  'POST /api/indicator-library': libraryMatrix,
  'PUT /api/indicator-library/:id': libraryMatrix,
  'POST /api/indicator-library/:id/confirm': libraryMatrix,
  'POST /api/indicator-library/:id/retire': libraryMatrix,
  'POST /api/indicator-library/:id/merge': libraryMatrix,
  'POST /api/import-review/preview': importReviewMatrix,
  'POST /api/import-review/save': importReviewMatrix,
  'POST /api/import-review/save-tables': importReviewMatrix,
  'GET /api/import-layouts': importReviewMatrix,
  'GET /api/rule-packs': rulePacksMatrix,
  'PUT /api/fiscal-years/:year/rule-pack': rulePacksMatrix,
  'PUT /api/rule-packs/regions/:organisationId/:year': rulePacksMatrix,
  'POST /api/monitoring-rounds': monitoringMatrix,
  'GET /api/monitoring-rounds/opening-preview': monitoringMatrix,
  'GET /api/monitoring-rounds': monitoringMatrix,
  'GET /api/monitoring-rounds/:id': monitoringMatrix,
  'GET /api/monitoring-rounds/:id/overview': monitoringMatrix,
  'GET /api/monitoring-rounds/:id/rollup': monitoringMatrix,
  'PUT /api/monitoring-rounds/:id/tables/:documentId/conclusion': monitoringMatrix,
  'POST /api/monitoring-rounds/:id/reminders': monitoringMatrix,
  'GET /api/monitoring-reminders': monitoringMatrix,
  'POST /api/rectification-notices': monitoringMatrix,
  'GET /api/rectification-notices': monitoringMatrix,
  'GET /api/rectification-ledger': monitoringMatrix,
  'GET /api/rectification-notices/:id': monitoringMatrix,
  'POST /api/rectification-notices/:id/items/:itemId/answer': monitoringMatrix,
  'POST /api/rectification-notices/:id/items/:itemId/review': monitoringMatrix,
  'GET /api/rectification-notices/:id/items/:itemId/attachment': monitoringMatrix,
  'GET /api/notifications': notificationsMatrix,
  'POST /api/notifications/:id/read': notificationsMatrix,
  'POST /api/notifications/read-all': notificationsMatrix,
};

const unitKey = (side: Side) => (side === 'own' ? 'police' : 'school');
const sameForAll = (status: number | readonly [number, number]): Record<MatrixUser, number | readonly [number, number]> =>
  Object.fromEntries(matrixUsers.map((user) => [user, status])) as Record<MatrixUser, number | readonly [number, number]>;
const unitsOnly = (unitStatus: number, otherRoles: number) => ({
  'police-filler': unitStatus,
  'police-leader': unitStatus,
  'politics-reviewer': otherRoles,
  finance: otherRoles,
  admin: otherRoles,
});
const adminOnly = (adminStatus: number | readonly [number, number]) => ({ ...sameForAll(403), admin: adminStatus });

/** A fresh unit under the own (政法委) or other (教体局) 主管部门, so renaming or moving it touches no shared fixture. */
const createMatrixUnit = async (context: MatrixContext, side: Side) => {
  const parent = context.testApp.demo.organisations[side === 'own' ? 'politics' : 'education']!;
  return context.testApp.deps.repositories.organisations.insert({ id: `matrix-unit-${context.nextName()}`, parentPath: parent.path, kind: 'unit', name: `矩阵单位${context.nextName()}`, createdAt: '2026-01-01T00:00:00.000Z' });
};

const matrixPassword = 'Matrix-Passw0rd-2026';
const uploadText = '2045年度部门整体支出绩效目标表\n单位名称：示范县公安局\n';

export const routeMatrix: Record<string, MatrixRow> = {
  'GET /api/session': { request: () => ({ method: 'GET', url: '/api/session' }), expected: sameForAll(200) },
  'POST /api/session/password': {
    // A wrong current password: the route is open to every signed-in user (for their own account), the check refuses it.
    request: () => ({ method: 'POST', url: '/api/session/password', payload: { currentPassword: 'not-the-password', newPassword: 'Another-Passw0rd-9' } }),
    expected: sameForAll(400),
  },
  'GET /api/sessions': { request: () => ({ method: 'GET', url: '/api/sessions' }), expected: sameForAll(200) },
  'DELETE /api/sessions/:id': {
    // Own = another session of the caller; other = a session of a user of the other unit.
    request: async (context, { side, actor }) => ({ method: 'DELETE', url: `/api/sessions/${await context.session(side === 'own' ? actor : 'school-filler')}` }),
    expected: sameForAll([204, 404]),
  },
  'GET /api/organisations': { request: () => ({ method: 'GET', url: '/api/organisations' }), expected: sameForAll(200) },
  'POST /api/organisations': {
    request: (context) => ({
      method: 'POST',
      url: '/api/organisations',
      payload: { parentId: context.testApp.demo.organisations.politics!.id, kind: 'unit', name: `矩阵单位${context.nextName()}` },
    }),
    expected: adminOnly(201),
  },
  'PUT /api/organisations/:id/name': {
    request: async (context, { side }) => ({ method: 'PUT', url: `/api/organisations/${(await createMatrixUnit(context, side)).id}/name`, payload: { name: `改名单位${context.nextName()}` } }),
    expected: adminOnly(200),
  },
  'PUT /api/organisations/:id/parent': {
    request: async (context, { side }) => ({ method: 'PUT', url: `/api/organisations/${(await createMatrixUnit(context, side)).id}/parent`, payload: { parentId: context.testApp.demo.organisations.bureau!.id } }),
    expected: adminOnly(200),
  },
  'GET /api/users': { request: () => ({ method: 'GET', url: '/api/users' }), expected: adminOnly(200) },
  'POST /api/users': {
    request: (context, { side }) => ({
      method: 'POST',
      url: '/api/users',
      payload: { username: `matrix-new-${context.nextName()}`, password: matrixPassword, displayName: '矩阵用户', role: 'unit-filler', organisationId: context.testApp.demo.organisations[unitKey(side)]!.id },
    }),
    expected: adminOnly([201, 201]),
  },
  'POST /api/users/:id/password': {
    request: async (context, { side }) => ({ method: 'POST', url: `/api/users/${(await context.user(side)).id}/password`, payload: { newPassword: 'Reset-Passw0rd-2026' } }),
    expected: adminOnly([200, 200]),
  },
  'PUT /api/users/:id/status': {
    request: async (context, { side }) => ({ method: 'PUT', url: `/api/users/${(await context.user(side)).id}/status`, payload: { isDisabled: true } }),
    expected: adminOnly([200, 200]),
  },
  'PUT /api/users/:id/role': {
    request: async (context, { side }) => ({ method: 'PUT', url: `/api/users/${(await context.user(side)).id}/role`, payload: { role: 'unit-leader' } }),
    expected: adminOnly(200),
  },
  'DELETE /api/users/:id/sessions': {
    request: async (context, { side }) => ({ method: 'DELETE', url: `/api/users/${(await context.user(side)).id}/sessions` }),
    expected: adminOnly([200, 200]),
  },
  'GET /api/fiscal-years': { request: () => ({ method: 'GET', url: '/api/fiscal-years' }), expected: sameForAll(200) },
  'PUT /api/fiscal-years/:year': {
    request: (context) => ({ method: 'PUT', url: `/api/fiscal-years/${context.nextYear()}`, payload: { isOpen: true } }),
    expected: adminOnly(200),
  },
  'PUT /api/fiscal-years/:year/deadlines': {
    request: async (context) => {
      const year = context.nextYear();
      await context.testApp.deps.repositories.fiscalYears.save({ year, isOpen: true });
      return { method: 'PUT', url: `/api/fiscal-years/${year}/deadlines`, payload: { deadlines: { 'target-table': `${year - 1}-12-15`, monitoring: null, 'self-evaluation': `${year + 1}-05-20` } } };
    },
    expected: { ...sameForAll(403), finance: 200, admin: 200 },
  },
  'GET /api/documents': { request: () => ({ method: 'GET', url: '/api/documents' }), expected: sameForAll(200) },
  'POST /api/documents/upload': {
    request: (context) => ({ method: 'POST', url: '/api/documents/upload', payload: { text: uploadText, fileName: '目标表.txt', year: context.nextYear() } }),
    expected: unitsOnly(201, 403),
  },
  'POST /api/documents/import': {
    request: (context) => ({
      method: 'POST',
      url: '/api/documents/import',
      payload: { fileName: '目标表.txt', contentBase64: Buffer.from(uploadText).toString('base64'), year: context.nextYear() },
    }),
    expected: unitsOnly(201, 403),
  },
  'POST /api/documents/target-tables': {
    request: (context) => ({ method: 'POST', url: '/api/documents/target-tables', payload: { year: context.nextYear(), from: 'blank' } }),
    expected: unitsOnly(201, 403),
  },
  'POST /api/documents/project-target-tables': {
    request: (context) => ({
      method: 'POST',
      url: '/api/documents/project-target-tables',
      payload: { year: context.nextYear(), project: '矩阵测试项目', total: '10', funding: { currentYear: '10', carriedOver: null, other: null } },
    }),
    expected: unitsOnly(201, 403),
  },
  'POST /api/documents/self-evaluations': {
    // No approved targets in a fresh year: a unit gets past the role check to the 409.
    request: (context) => ({ method: 'POST', url: '/api/documents/self-evaluations', payload: { year: context.nextYear() } }),
    expected: unitsOnly(409, 403),
  },
  'POST /api/documents/evaluation-reports': {
    request: (context) => ({ method: 'POST', url: '/api/documents/evaluation-reports', payload: { year: context.nextYear() } }),
    expected: unitsOnly(409, 403),
  },
  'POST /api/documents/preview-score': {
    request: () => ({ method: 'POST', url: '/api/documents/preview-score', payload: { body: { ...createEmptyDocument('self-evaluation'), unit: '示范县公安局', year: 2025 } } }),
    expected: sameForAll(200),
  },
  'PATCH /api/documents/:id/indicators': {
    request: async (context, { side }) => {
      const document = await context.document(side, { state: 'draft', kind: 'self-evaluation' });
      const indicator = { ...document.body.goals[0]!.indicators[0]!, deviation: '矩阵测试' };
      return { method: 'PATCH', url: `/api/documents/${document.id}/indicators`, payload: { expectedVersion: document.version, path: 'goals.0.indicators.0', indicator } };
    },
    // A draft: only its own unit's filler and leader see it, and they may fill it in.
    expected: { 'police-filler': [200, 404], 'police-leader': [200, 404], 'politics-reviewer': [404, 404], finance: [404, 404], admin: [403, 403] },
  },
  'GET /api/documents/:id/export': {
    request: async (context, { side }) => ({ method: 'GET', url: `/api/documents/${(await context.document(side, { state: 'submitted' })).id}/export?format=json` }),
    // Submitted: its unit and its 主管部门 read it; finance sees it only once the 主管部门 has reviewed it.
    expected: { 'police-filler': [200, 404], 'police-leader': [200, 404], 'politics-reviewer': [200, 404], finance: [404, 404], admin: [200, 200] },
  },
  'GET /api/reports/summary': { request: () => ({ method: 'GET', url: '/api/reports/summary' }), expected: { ...sameForAll(403), finance: 200, admin: 200 } },
  'POST /api/reports/reminders': {
    // A year no document is in yet: the finance bureau or the 主管部门 over the unit reminds it; others see 403 (their own unit) or 404.
    request: (context, { side }) => ({ method: 'POST', url: '/api/reports/reminders', payload: { organisationId: context.testApp.demo.organisations[unitKey(side)]!.id, year: context.nextYear() } }),
    expected: { 'police-filler': [403, 404], 'police-leader': [403, 404], 'politics-reviewer': [201, 404], finance: 201, admin: 403 },
  },
  'GET /api/reports/overview': { request: () => ({ method: 'GET', url: '/api/reports/overview' }), expected: { ...sameForAll(403), finance: 200, admin: 200 } },
  'GET /api/reports/year-status': {
    // The own unit's 主管部门 sees its units (政法委's), finance any subtree of its tree; another 主管部门's unit: 404; units 403.
    request: (context, { side }) => ({ method: 'GET', url: `/api/reports/year-status?year=${context.nextYear()}&organisationId=${context.testApp.demo.organisations[unitKey(side)]!.id}` }),
    expected: { 'police-filler': 403, 'police-leader': 403, 'politics-reviewer': [200, 404], finance: 200, admin: 200 },
  },
  'POST /api/reports/reminders/outstanding': {
    // A year nothing is in yet: the unit chosen is outstanding; the administrator sees but does not remind.
    request: (context, { side }) => ({ method: 'POST', url: '/api/reports/reminders/outstanding', payload: { year: context.nextYear(), organisationId: context.testApp.demo.organisations[unitKey(side)]!.id } }),
    expected: { 'police-filler': 403, 'police-leader': 403, 'politics-reviewer': [201, 404], finance: 201, admin: 403 },
  },
  'GET /api/reports/summary.xlsx': { request: () => ({ method: 'GET', url: '/api/reports/summary.xlsx' }), expected: { ...sameForAll(403), finance: 200, admin: 200 } },
  'GET /api/results-notices/:year': { request: (context) => ({ method: 'GET', url: `/api/results-notices/${context.nextYear()}` }), expected: { ...sameForAll(403), finance: 200, admin: 200 } },
  'GET /api/results-notices/:year/export': {
    request: (context) => ({ method: 'GET', url: `/api/results-notices/${context.nextYear()}/export?format=xlsx` }),
    expected: { ...sameForAll(403), finance: 200, admin: 200 },
  },
  'POST /api/results-notices/:year/publish': {
    // A year with a self-evaluation finance has seen (reviewed by the 主管部门): finance publishes it.
    request: async (context, { side }) => ({ method: 'POST', url: `/api/results-notices/${(await context.document(side, { kind: 'self-evaluation', state: 'supervisor-reviewed' })).year}/publish` }),
    expected: { ...sameForAll(403), finance: 200 },
  },
  'GET /api/results-applications/:year': { request: (context) => ({ method: 'GET', url: `/api/results-applications/${context.nextYear()}` }), expected: { ...sameForAll(403), finance: 200, admin: 200 } },
  'PUT /api/results-applications/:year/:organisationId': {
    request: async (context, { side }) => {
      const selfEvaluation = await context.document(side, { kind: 'self-evaluation', state: 'supervisor-reviewed' });
      return {
        method: 'PUT',
        url: `/api/results-applications/${selfEvaluation.year}/${selfEvaluation.organisationId}`,
        payload: { project: selfEvaluation.project, suggestion: 'reduce', changePercent: -10, note: '矩阵' },
      };
    },
    expected: { ...sameForAll(403), finance: [200, 200] },
  },
  'GET /api/documents/:id/results-applications': {
    request: async (context, { side }) => ({ method: 'GET', url: `/api/documents/${(await context.document(side, { state: 'submitted' })).id}/results-applications` }),
    // Whoever may read the document (as its export above).
    expected: { 'police-filler': [200, 404], 'police-leader': [200, 404], 'politics-reviewer': [200, 404], finance: [404, 404], admin: [200, 200] },
  },
};

/** The fixtures every cell draws on (fresh each call). */
export function createMatrixContext(testApp: TestApp): MatrixContext {
  let year = 2000;
  let nameCount = 0;
  let userCount = 0;
  return {
    testApp,
    document: (side, options = {}) => createDocumentInState(testApp, { unitKey: unitKey(side), state: options.state ?? 'draft', kind: options.kind ?? 'target-table' }),
    async user(side) {
      userCount += 1;
      const username = `matrix-${side}-${userCount}`;
      const user = await createUser(testApp.deps, { username, password: matrixPassword, displayName: '矩阵用户', role: 'unit-filler', organisationId: testApp.demo.organisations[unitKey(side)]!.id });
      return { id: user.id, username };
    },
    async session(username) {
      const signedIn = await testApp.signIn(username);
      const listed = await testApp.app.inject({ method: 'GET', url: '/api/sessions', headers: signedIn.headers });
      const current = (listed.json().items as Array<{ id: string; isCurrent: boolean }>).find((session) => session.isCurrent);
      if (!current) throw new Error(`no current session listed for ${username}`);
      return current.id;
    },
    nextYear: () => (year += 1),
    nextName: () => (nameCount += 1),
  };
}
