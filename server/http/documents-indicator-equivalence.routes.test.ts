/**
 * Saving one indicator (PATCH, the autosave) gives what a full analysis of the same document gives
 * (issue 14 item 3): for random edits — a name made equal to another indicator's, emptied or new,
 * a target rewritten — the stored totals, scores and findings equal a score preview of the stored
 * body, which scores and checks the whole document from scratch. The first edit of each run also
 * comes after the session was cached, so cached sessions are on the path.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Indicator } from '../../core/model.ts';
import { createTestApp, type SignedIn, type TestApp } from '../test-support/create-test-app.ts';
import { createDocumentInState } from './documents-test-support.ts';

describe('PATCH one indicator against a full analysis (property)', () => {
  let testApp: TestApp;
  let signedIn: SignedIn;

  beforeAll(async () => {
    testApp = await createTestApp();
    signedIn = await testApp.signIn('police-filler');
  });
  afterAll(async () => {
    await testApp?.close();
  });

  test('stored totals, scores and findings equal a fresh analysis of the stored body', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const indicators = stored.body.goals[0]!.indicators;
    const names = indicators.map((indicator) => indicator.name);
    let version = stored.version;
    const edit = fc.record({
      at: fc.nat({ max: indicators.length - 1 }),
      name: fc.oneof(fc.constantFrom(...names), fc.constant(''), fc.string({ minLength: 1, maxLength: 12 })),
      target: fc.constantFrom('≥95%', '≤30天', '健全', '100', '下降15%', ''),
    });
    await fc.assert(
      fc.asyncProperty(edit, async ({ at, name, target }) => {
        const current = (await testApp.deps.repositories.documents.getById(stored.id))!;
        const original = current.body.goals[0]!.indicators[at]!;
        const edited: Indicator = { ...original, name, target: original.target ? { ...original.target, text: target } : original.target };
        const saved = await testApp.app.inject({
          method: 'PATCH',
          url: `/api/documents/${stored.id}/indicators`,
          headers: signedIn.headers,
          payload: { expectedVersion: version, path: `goals.0.indicators.${at}`, indicator: edited },
        });
        expect(saved.statusCode, saved.body).toBe(200);
        version = (saved.json() as { version: number }).version;
        const body = (await testApp.deps.repositories.documents.getById(stored.id))!.body;
        const preview = await testApp.app.inject({ method: 'POST', url: '/api/documents/preview-score', headers: signedIn.headers, payload: { body } });
        expect(preview.statusCode, preview.body).toBe(200);
        const fresh = preview.json() as { totals: unknown; findings: unknown; indicators: { path: string; score: string | null; suggestedScore: string | null }[] };
        expect(body.totals).toEqual(fresh.totals);
        expect(body.findings).toEqual(fresh.findings);
        expect(body.goals.flatMap((goal) => goal.indicators.map((indicator) => [indicator.score ?? null, indicator.suggestedScore ?? null]))).toEqual(
          fresh.indicators.map((indicator) => [indicator.score, indicator.suggestedScore]),
        );
        expect((saved.json() as { findings: unknown }).findings).toEqual(fresh.findings);
      }),
      { numRuns: 25 },
    );
  });
});
