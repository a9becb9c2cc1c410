import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';

describe.each(await listTestDialects())('concurrent saves over HTTP on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('lets exactly one of 20 writers with the same version win, and answers the others 409 with the winner', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const { headers } = await testApp.signIn('police-filler');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, writer) =>
        testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: 1, body: { ...stored.body, overallGoal: `写入者 ${writer}` } } }),
      ),
    );
    const winners = responses.filter((response) => response.statusCode === 200);
    const losers = responses.filter((response) => response.statusCode === 409);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    const winningGoal = winners[0]!.json().body.overallGoal as string;
    for (const loser of losers) expect(loser.json()).toMatchObject({ code: 'version-conflict', current: { version: 2, body: { overallGoal: winningGoal } } });
    const history = await testApp.deps.repositories.auditEntries.listByDocument(stored.id);
    expect(history.filter((entry) => entry.action === 'save')).toHaveLength(1);
  });

  it('loses no write when concurrent writers retry with the version they were given', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const { headers } = await testApp.signIn('police-leader');
    const writers = 8;
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        let version = 1;
        let body = stored.body;
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const edited = { ...body, goals: body.goals.map((goal, index) => (index === 0 ? { ...goal, name: `${goal.name}+${writer}` } : goal)) };
          const response = await testApp.app.inject({ method: 'PUT', url: `/api/documents/${stored.id}`, headers, payload: { expectedVersion: version, body: edited } });
          if (response.statusCode === 200) return;
          expect(response.statusCode).toBe(409);
          ({ version, body } = response.json().current);
        }
        throw new Error(`writer ${writer} never got through`);
      }),
    );
    const final = await testApp.deps.repositories.documents.getById(stored.id);
    expect(final?.version).toBe(1 + writers);
    for (let writer = 0; writer < writers; writer += 1) expect(final?.body.goals[0]?.name).toContain(`+${writer}`);
  });
});
