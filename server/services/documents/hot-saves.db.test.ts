/**
 * Autosaves that leave every index as it is (issue 14 item 3, migration 20261208110000): a save keeps
 * the stored updated_at while the clock is in its minute (store-edited-body.ts), and on PostgreSQL no
 * index of documents holds another column every save writes, so a save that leaves the score as it
 * was rewrites the row as a HOT update (no index entry at all). On SQLite the first part is tested;
 * the rest is PostgreSQL's.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../test-support/create-test-app.ts';
import { listTestDialects } from '../../test-support/test-database.ts';
import { createDocumentInState } from '../../http/documents-test-support.ts';
import { toDemoActor } from '../../demo/documents/index.ts';
import { createDocumentsRepository } from '../../db/documents.repository.ts';
import { setColumns } from '../../db/body-save-batch.ts';
import { saveIndicator } from './save-indicator.ts';

describe.each(await listTestDialects())('autosaves within a minute on $dialect', ({ dialect, isAvailable }) => {
  let testApp: TestApp;
  const it = isAvailable ? test : test.skip;
  const itOnPostgres = isAvailable && dialect === 'postgres' ? test : test.skip;

  beforeAll(async () => {
    if (!isAvailable) return;
    testApp = await createTestApp({ dialect });
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('a save keeps updated_at within its minute, and moves it in the next; the audit entry has the exact time', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const actor = toDemoActor(testApp.demo, 'police-filler');
    let version = stored.version;
    const save = async (name: string) => {
      const indicator = { ...stored.body.goals[0]!.indicators[0]!, name };
      const saved = await saveIndicator(testApp.deps, { actor, id: stored.id, expectedVersion: version, path: 'goals.0.indicators.0', indicator });
      version = saved.version;
      return saved;
    };
    testApp.advanceClock(60_000);
    const firstAt = testApp.deps.now().toISOString();
    expect((await save('第一次保存')).updatedAt).toBe(firstAt);
    testApp.advanceClock(20_000);
    const secondAt = testApp.deps.now().toISOString();
    const second = await save('同一分钟内再保存');
    expect(second.updatedAt).toBe(firstAt);
    expect(second.version).toBe(stored.version + 2);
    testApp.advanceClock(60_000);
    const thirdAt = testApp.deps.now().toISOString();
    expect((await save('下一分钟保存')).updatedAt).toBe(thirdAt);
    const history = await testApp.deps.repositories.auditEntries.listByDocument(stored.id);
    expect(history.map((entry) => entry.at)).toEqual(expect.arrayContaining([firstAt, secondAt, thirdAt]));
  });

  itOnPostgres('no index of documents holds what every save writes: the version, the body, who saved', async () => {
    const { rows } = await sql<{ index: string; column: string; predicate: string | null }>`
      select index_class.relname as index, attribute.attname as column, pg_get_expr(ix.indpred, ix.indrelid) as predicate
      from pg_index ix
      join pg_class index_class on index_class.oid = ix.indexrelid
      join pg_attribute attribute on attribute.attrelid = ix.indrelid and attribute.attnum = any(ix.indkey)
      where ix.indrelid = 'documents'::regclass`.execute(testApp.database.db);
    // updated_at is kept within its minute; the score, grade and figures move only when the edit changes them.
    const movedOnlyBySomeSaves = new Set(['updated_at', 'score', 'grade', 'execution_rate', 'stated_score', 'stated_grade', 'error_count', 'warning_count', 'info_count']);
    const written = new Set<string>(['version', ...setColumns].filter((column) => !movedOnlyBySomeSaves.has(column)));
    // The monitoring summary index is partial (kind = 'monitoring'): the monitoring columns stay null in every other kind's rows.
    const held = rows.filter((row) => written.has(row.column) && !/kind\s*=\s*'monitoring'/.test(row.predicate ?? ''));
    expect(rows.map((row) => row.index)).toContain('documents_summary_index');
    expect(held).toEqual([]);
  });

  itOnPostgres('two saves of a document within a minute are HOT updates', async () => {
    const stored = await createDocumentInState(testApp, { unitKey: 'police' });
    const actor = toDemoActor(testApp.demo, 'police-filler');
    const updatedAt = testApp.deps.now().toISOString();
    // This backend's counts not yet reported to the statistics are read too: the saves' are the difference.
    const readCounts = async (handle: typeof testApp.database.db) => {
      const { rows } = await sql<{ updates: string; hot: string }>`
        select pg_stat_get_xact_tuples_updated('documents'::regclass) as updates, pg_stat_get_xact_tuples_hot_updated('documents'::regclass) as hot`.execute(handle);
      return { updates: Number(rows[0]?.updates), hot: Number(rows[0]?.hot) };
    };
    const counts = await testApp.database.db.transaction().execute(async (handle) => {
      const before = await readCounts(handle);
      const documents = createDocumentsRepository(handle);
      let version = stored.version;
      for (const name of ['第一次', '第二次']) {
        const body = { ...stored.body, goals: [{ ...stored.body.goals[0]!, indicators: [{ ...stored.body.goals[0]!.indicators[0]!, name }, ...stored.body.goals[0]!.indicators.slice(1)] }, ...stored.body.goals.slice(1)] };
        const [result] = await documents.updateManyWithVersionAndAudit([
          {
            id: stored.id,
            expectedVersion: version,
            changes: { body, score: stored.score, grade: stored.grade, updatedAt: stored.updatedAt.slice(0, 16) === updatedAt.slice(0, 16) ? stored.updatedAt : updatedAt, updatedBy: actor.userId },
            organisation: stored,
            audit: { actorId: actor.userId, at: updatedAt, action: 'save', fromState: 'draft', toState: 'draft', reason: null, changes: [] },
          },
        ]);
        expect(result?.status).toBe('updated');
        if (result?.status === 'updated') version = result.document.version;
      }
      const after = await readCounts(handle);
      return { updates: after.updates - before.updates, hot: after.hot - before.hot };
    });
    expect(counts).toEqual({ updates: 2, hot: 2 });
  });
});
