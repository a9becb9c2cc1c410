/**
 * Saves sent at once are written in shared transactions (services/documents/save-queue.ts), and each
 * request still gets its own answer: a stale one 409, a failing one its error, the others 200.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import type { Indicator } from '../../core/model.ts';
import type { StoredDocument } from '../db/documents.repository.ts';
import { createTestApp, type TestApp } from '../test-support/create-test-app.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { createDocumentInState } from './documents-test-support.ts';

describe.each(await listTestDialects())('saves written together (group commit) on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  let headers: Record<string, string>;
  /** The number of saves of each write the queue made (1: written alone). */
  const writes: number[] = [];
  const it = isAvailable ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
    ({ headers } = await testApp.signIn('police-filler'));
    const documents = testApp.deps.repositories.documents;
    const { updateManyWithVersionAndAudit, updateWithVersionAndAudit } = documents;
    documents.updateManyWithVersionAndAudit = (saves) => (writes.push(saves.length), updateManyWithVersionAndAudit(saves));
    documents.updateWithVersionAndAudit = (save) => (writes.push(1), updateWithVersionAndAudit(save));
  });
  afterAll(async () => {
    await testApp?.close();
  });

  function renamed(stored: StoredDocument, name: string): Indicator {
    return { ...stored.body.goals[0]!.indicators[0]!, name };
  }

  /** Sends every save at once; the answers in the same order. */
  function saveAtOnce(saves: { stored: StoredDocument; name: string; expectedVersion?: number }[]) {
    writes.length = 0;
    return Promise.all(
      saves.map(({ stored, name, expectedVersion }) =>
        testApp.app.inject({
          method: 'PATCH',
          url: `/api/documents/${stored.id}/indicators`,
          headers,
          payload: { expectedVersion: expectedVersion ?? stored.version, path: 'goals.0.indicators.0', indicator: renamed(stored, name) },
        }),
      ),
    );
  }

  async function listSaves(id: string) {
    return (await testApp.deps.repositories.auditEntries.listByDocument(id)).filter((entry) => entry.action === 'save');
  }

  it('writes saves of different documents sent at once, each with its version and audit entry', async () => {
    const stored = await Promise.all(Array.from({ length: 6 }, () => createDocumentInState(testApp, { unitKey: 'police' })));
    const responses = await saveAtOnce(stored.map((document, index) => ({ stored: document, name: `同时保存 ${index}` })));
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const [index, document] of stored.entries()) {
      expect(responses[index]!.json()).toMatchObject({ id: document.id, version: document.version + 1, indicator: { name: `同时保存 ${index}` } });
      const reread = await testApp.deps.repositories.documents.getById(document.id);
      expect(reread).toMatchObject({ version: document.version + 1 });
      expect(reread?.body.goals[0]?.indicators[0]?.name).toBe(`同时保存 ${index}`);
      expect(await listSaves(document.id)).toHaveLength(1);
    }
    // Six saves, fewer writes: some shared a transaction.
    expect(writes.reduce((sum, size) => sum + size, 0)).toBe(6);
    expect(Math.max(...writes)).toBeGreaterThan(1);
  });

  it('answers one of two saves of the same document 409 with the other written, and writes the rest', async () => {
    const [first, other] = await Promise.all([createDocumentInState(testApp, { unitKey: 'police' }), createDocumentInState(testApp, { unitKey: 'police' })]);
    const responses = await saveAtOnce([
      { stored: first!, name: '先到的' },
      { stored: other!, name: '另一份' },
      { stored: first!, name: '后到的' },
    ]);
    // Whichever of the two saves of `first` reaches the queue first is written (on PostgreSQL their
    // lookups may answer in either order); the other meets its new version: 409.
    expect(responses[1]!.statusCode).toBe(200);
    expect([responses[0]!.statusCode, responses[2]!.statusCode].sort()).toEqual([200, 409]);
    const [winner, loser] = responses[0]!.statusCode === 200 ? ['先到的', responses[2]!] : ['后到的', responses[0]!];
    expect(loser.json()).toMatchObject({ code: 'version-conflict', current: { version: first!.version + 1 } });
    expect((await testApp.deps.repositories.documents.getById(first!.id))?.body.goals[0]?.indicators[0]?.name).toBe(winner);
    expect(await listSaves(first!.id)).toHaveLength(1);
    expect((await testApp.deps.repositories.documents.getById(other!.id))?.body.goals[0]?.indicators[0]?.name).toBe('另一份');
  });

  it('answers a stale save among others 409 and writes the others', async () => {
    const stored = await Promise.all(Array.from({ length: 3 }, () => createDocumentInState(testApp, { unitKey: 'police' })));
    const responses = await saveAtOnce([
      { stored: stored[0]!, name: '写入' },
      { stored: stored[1]!, name: '过期的', expectedVersion: stored[1]!.version + 7 },
      { stored: stored[2]!, name: '也写入' },
    ]);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 409, 200]);
    expect(await testApp.deps.repositories.documents.getById(stored[1]!.id)).toMatchObject({ version: stored[1]!.version });
    expect(await listSaves(stored[1]!.id)).toEqual([]);
    expect(await listSaves(stored[2]!.id)).toHaveLength(1);
  });

  it('fails only the save whose write fails, and writes the others once', async () => {
    const stored = await Promise.all(Array.from({ length: 4 }, () => createDocumentInState(testApp, { unitKey: 'police' })));
    const broken = stored[1]!;
    await refuseUpdatesOf(broken.id);
    try {
      const responses = await saveAtOnce(stored.map((document, index) => ({ stored: document, name: `保存 ${index}` })));
      expect(responses.map((response) => response.statusCode)).toEqual([200, 500, 200, 200]);
      // Whatever batches the four met, the broken save was tried alone before it was refused.
      expect(writes.filter((size) => size === 1).length).toBeGreaterThanOrEqual(1);
      expect(await testApp.deps.repositories.documents.getById(broken.id)).toMatchObject({ version: broken.version });
      expect(await listSaves(broken.id)).toEqual([]);
      for (const document of [stored[0]!, stored[2]!, stored[3]!]) {
        expect(await testApp.deps.repositories.documents.getById(document.id)).toMatchObject({ version: document.version + 1 });
        expect(await listSaves(document.id)).toHaveLength(1);
      }
    } finally {
      await allowUpdates();
    }
  });

  /** A trigger that makes every update of document `id` fail (a constraint the save cannot meet). */
  async function refuseUpdatesOf(id: string): Promise<void> {
    const db = testApp.database.db;
    if (dialect === 'sqlite') {
      await sql.raw(`create trigger refuse_test_update before update on documents when old.id = '${id}' begin select raise(abort, 'refused by test'); end`).execute(db);
      return;
    }
    await sql.raw(`create function refuse_test_update() returns trigger language plpgsql as $$ begin if old.id = '${id}' then raise exception 'refused by test'; end if; return new; end $$`).execute(db);
    await sql`create trigger refuse_test_update before update on documents for each row execute function refuse_test_update()`.execute(db);
  }

  async function allowUpdates(): Promise<void> {
    const db = testApp.database.db;
    if (dialect === 'sqlite') {
      await sql`drop trigger refuse_test_update`.execute(db);
      return;
    }
    await sql`drop trigger refuse_test_update on documents`.execute(db);
    await sql`drop function refuse_test_update()`.execute(db);
  }
});
