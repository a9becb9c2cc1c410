/**
 * Issue 9: a refusal for load says when to come back. A 503 from a full worker pool carries
 * Retry-After (the 429 of login throttling is proven in login-throttling.routes.test.ts, the
 * default on a 503 without a wait of its own in exports.routes.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../core/model.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { createHeavyWorkPool } from '../workers/heavy-work.ts';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

describe('Retry-After on refusals for load', () => {
  it('answers 503 with Retry-After and a Chinese message while the worker pool is full, and works again after', async () => {
    // One thread and no queue: while one job runs, the next is refused at once.
    const heavyWork = createHeavyWorkPool({ threads: 1, timeLimitSeconds: 60, memoryLimitMb: 256 }, { maxQueue: 0 });
    testApp = await createTestApp({ heavyWork });
    const signedIn = await testApp.signIn('police-filler');
    const preview = () =>
      testApp!.app.inject({
        method: 'POST',
        url: '/api/documents/preview-score',
        headers: signedIn.headers,
        payload: { body: { ...createEmptyDocument('self-evaluation'), unit: '示范县公安局', year: 2025 } },
      });
    expect(await heavyWork.probe({ milliseconds: 0 })).toBe(0);
    const busy = heavyWork.probe({ milliseconds: 3_000 });
    const refused = await preview();
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'server-busy', message: expect.stringContaining('服务器正忙') });
    expect(refused.headers['retry-after']).toBe('5');
    await busy;
    expect((await preview()).statusCode).toBe(200);
  }, 60_000);
});
