import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPackDocument, standardRows } from '../../../core/rule-packs/testing.ts';
import { createInProcessHeavyWork, type HeavyWork } from '../../workers/heavy-work.ts';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { rescorePageSize } from './rescore-drafts.ts';

/** In-process analysis that counts how many analyses were waiting at once (the pool's queue is bounded). */
function createCountingHeavyWork(): HeavyWork & { maxInFlight: number } {
  const inner = createInProcessHeavyWork();
  let inFlight = 0;
  const counting = {
    ...inner,
    maxInFlight: 0,
    analyse: async (...args: Parameters<HeavyWork['analyse']>) => {
      inFlight += 1;
      counting.maxInFlight = Math.max(counting.maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return await inner.analyse(...args);
      } finally {
        inFlight -= 1;
      }
    },
  };
  return counting;
}

describe('rescoring after a pack change', () => {
  const heavyWork = createCountingHeavyWork();
  let testApp: TestApp;
  const year = 2095;
  const drafts = 30;

  beforeAll(async () => {
    testApp = await createTestApp({ heavyWork });
    const bureauPath = testApp.demo.organisations.bureau!.path;
    const insert = testApp.deps.repositories.organisations.insert;
    await insert({ id: 'rescore-city', parentPath: bureauPath, kind: 'finance-bureau', name: '丙市财政局', createdAt: '2026-01-01T00:00:00.000Z' });
    const body = { ...buildPackDocument({ executed: '100', rows: standardRows({ a: '20', b: '20', c: '30', d: '10' }) }), year, rulePack: 'national@1' };
    for (let index = 0; index < drafts; index++) {
      await insert({ id: `rescore-unit-${index}`, parentPath: [...bureauPath, 'rescore-city'], kind: 'unit', name: `丙市单位${index}`, createdAt: '2026-01-01T00:00:00.000Z' });
      await testApp.deps.repositories.documents.insert({
        id: `rescore-draft-${index}`,
        organisationId: `rescore-unit-${index}`,
        year,
        kind: 'self-evaluation',
        project: null,
        revision: 1,
        state: 'draft',
        body,
        score: '85.2',
        grade: '良',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        updatedBy: null,
      });
    }
  });
  afterAll(async () => {
    await testApp?.close();
  });

  test('keeps only a few analyses in the worker pool’s queue at once, and rescores every draft in page order', async () => {
    expect(drafts).toBeLessThan(rescorePageSize);
    const { headers } = await testApp.signIn('admin');
    const response = await testApp.app.inject({ method: 'PUT', url: `/api/rule-packs/regions/rescore-city/${year}`, headers, payload: { pack: 'execution-20' } });
    const change = response.json<{ rescoredCount: number; changed: Array<{ documentId: string }> }>();
    expect(change.rescoredCount).toBe(drafts);
    expect(change.changed).toHaveLength(drafts);
    expect(heavyWork.maxInFlight).toBeGreaterThan(1);
    expect(heavyWork.maxInFlight).toBeLessThanOrEqual(4);
    const listed = await testApp.deps.repositories.documents.list({ year, limit: drafts });
    expect(change.changed.map((rescored) => rescored.documentId)).toEqual(listed.items.map((item) => item.id));
  });
});
