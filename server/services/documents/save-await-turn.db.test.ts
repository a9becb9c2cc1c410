/**
 * A save's work after its document was read waits for deps.awaitTurn (on PostgreSQL the app's
 * request admission: the analysis then runs in its turn, not in the poll phase that delivered the
 * database's answer). Functional: the write happens only once the turn is given.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { createDocumentInState } from '../../http/documents-test-support.ts';
import { toDemoActor } from '../../demo/documents/index.ts';
import { saveIndicator } from './save-indicator.ts';

describe.each(await listTestDialects())('a save waits for its turn on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('the app asks for turns on PostgreSQL only', () => {
    expect(testApp.deps.awaitTurn !== undefined).toBe(dialect === 'postgres');
  });

  it('analyses and writes only once the turn is given', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    let giveTurn = () => {};
    let turnsAsked = 0;
    let onAsked = () => {};
    const asked = new Promise<'asked'>((resolve) => (onAsked = () => resolve('asked')));
    const deps = {
      ...testApp.deps,
      awaitTurn: () => {
        turnsAsked += 1;
        onAsked();
        return new Promise<void>((resolve) => (giveTurn = resolve));
      },
    };
    const indicator = { ...stored.body.goals[0]!.indicators[0]!, name: '等待轮次的指标' };
    const saving = saveIndicator(deps, {
      actor: toDemoActor(testApp.demo, 'police-filler'),
      id: stored.id,
      expectedVersion: stored.version,
      path: 'goals.0.indicators.0',
      indicator,
    });
    // The save reads its document, then asks for its turn before writing anything.
    expect(await Promise.race([asked, saving.then(() => 'saved without asking')])).toBe('asked');
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.version).toBe(stored.version);
    giveTurn();
    const saved = await saving;
    expect(saved.version).toBe(stored.version + 1);
    expect(turnsAsked).toBe(1);
    expect((await testApp.deps.repositories.documents.getById(stored.id))?.body.goals[0]?.indicators[0]?.name).toBe('等待轮次的指标');
  });
});
