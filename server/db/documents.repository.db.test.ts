import { describe, expect, it } from 'vitest';
import { insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import { isUniqueViolation, runInTransaction } from './repositories.ts';

describe.each(await listTestDialects())('documents repository on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  it.skipIf(!isAvailable)('stores and reads back a document with its JSON body', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '禁毒宣传' });
    const read = await testing.repositories.documents.getById(stored.id);
    expect(read).toEqual(stored);
    expect(read).toMatchObject({ version: 1, project: '禁毒宣传', body: { kind: 'target-table', scope: 'project', year: 2026 } });
    expect(await testing.repositories.documents.getById('missing')).toBeNull();
  });

  it.skipIf(!isAvailable)('gives the states of the documents found by id, and nothing for ids not found', async () => {
    const draft = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '状态查询甲', state: 'draft' });
    const submitted = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '状态查询乙', state: 'submitted' });
    const states = await testing.repositories.documents.listStatesByIds([draft.id, submitted.id, 'missing']);
    expect(Object.fromEntries(states)).toEqual({ [draft.id]: 'draft', [submitted.id]: 'submitted' });
    expect((await testing.repositories.documents.listStatesByIds([])).size).toBe(0);
  });

  it.skipIf(!isAvailable)('refuses a second document with the same unit, year, kind, project and revision', async () => {
    await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2030 });
    const duplicate = insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2030 });
    const error = await duplicate.then(() => null, (caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    await expect(insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2030, revision: 2 })).resolves.toMatchObject({ revision: 2 });
    const revisions = await testing.repositories.documents.listRevisions({ organisationId: testing.tree.unit.id, year: 2030, kind: 'target-table', project: null });
    expect(revisions.map((document) => document.revision)).toEqual([2, 1]);
  });

  it.skipIf(!isAvailable)('lists with filters and paging, newest first, counting all matches', async () => {
    for (const [index, state] of (['draft', 'submitted', 'submitted'] as const).entries()) {
      await insertDocument(testing.repositories, { organisationId: testing.tree.otherUnit.id, year: 2031, kind: 'self-evaluation', project: `项目${index}`, state, updatedAt: `2026-11-2${index}T00:00:00.000Z` });
    }
    const all = await testing.repositories.documents.list({ year: 2031 });
    expect(all.total).toBe(3);
    expect(all.items.map((item) => item.project)).toEqual(['项目2', '项目1', '项目0']);
    expect(all.items[0]).toMatchObject({ organisationName: '测试县单位乙', kind: 'self-evaluation' });
    expect(all.items[0]).not.toHaveProperty('body');
    const page = await testing.repositories.documents.list({ year: 2031, limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ project: '项目1' }] });
    expect((await testing.repositories.documents.list({ year: 2031, state: 'submitted' })).total).toBe(2);
    expect((await testing.repositories.documents.list({ year: 2031, states: [] })).total).toBe(0);
    expect((await testing.repositories.documents.list({ year: 2031, kind: 'target-table' })).total).toBe(0);
    expect((await testing.repositories.documents.list({ year: 2031, withinOrganisationPath: testing.tree.otherSupervisor.path })).total).toBe(3);
    expect((await testing.repositories.documents.list({ year: 2031, withinOrganisationPath: testing.tree.supervisor.path })).total).toBe(0);
    expect((await testing.repositories.documents.list({ year: 2031, organisationId: testing.tree.unit.id })).total).toBe(0);
    expect((await testing.repositories.documents.list({ year: 2031, project: '项目0' })).total).toBe(1);
  });

  it.skipIf(!isAvailable)('updates when the expected version matches and bumps the version', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2032 });
    const result = await testing.repositories.documents.updateWithVersion({
      id: stored.id,
      expectedVersion: 1,
      changes: { state: 'submitted', score: '91.50', grade: '优', body: { ...stored.body, unit: '测试县单位甲' }, updatedAt: '2026-11-28T00:00:00.000Z', updatedBy: null },
    });
    expect(result).toMatchObject({ status: 'updated', document: { version: 2, state: 'submitted', score: '91.50', grade: '优', body: { unit: '测试县单位甲' } } });
  });

  it.skipIf(!isAvailable)('refuses a stale write, reports the current version and writes nothing', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2033 });
    const changes = { state: 'submitted' as const, updatedAt: '2026-11-28T00:00:00.000Z', updatedBy: null };
    await testing.repositories.documents.updateWithVersion({ id: stored.id, expectedVersion: 1, changes });
    const stale = await testing.repositories.documents.updateWithVersion({ id: stored.id, expectedVersion: 1, changes: { ...changes, state: 'returned' as const } });
    expect(stale).toEqual({ status: 'stale', currentVersion: 2 });
    expect(await testing.repositories.documents.getById(stored.id)).toMatchObject({ version: 2, state: 'submitted' });
    expect(await testing.repositories.documents.updateWithVersion({ id: 'missing', expectedVersion: 1, changes })).toEqual({ status: 'not-found' });
  });

  it.skipIf(!isAvailable)('lets exactly one of 20 concurrent writers with the same version win', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2034 });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, writer) =>
        testing.repositories.documents.updateWithVersion({
          id: stored.id,
          expectedVersion: 1,
          changes: { score: `${writer}.00`, updatedAt: '2026-11-28T00:00:00.000Z', updatedBy: null },
        }),
      ),
    );
    const winners = results.filter((result) => result.status === 'updated');
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.status === 'stale')).toHaveLength(19);
    const final = await testing.repositories.documents.getById(stored.id);
    expect(final?.version).toBe(2);
    expect(final?.score).toBe(winners[0]?.status === 'updated' ? winners[0].document.score : 'none');
  });

  it.skipIf(!isAvailable)('loses no write when concurrent writers retry with the version they read', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2035 });
    const writers = 10;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        for (;;) {
          const current = await testing.repositories.documents.getById(stored.id);
          const result = await testing.repositories.documents.updateWithVersion({
            id: stored.id,
            expectedVersion: current!.version,
            changes: { score: String(Number(current!.score ?? '0') + 1), updatedAt: '2026-11-28T00:00:00.000Z', updatedBy: null },
          });
          if (result.status === 'updated') return;
        }
      }),
    );
    expect(await testing.repositories.documents.getById(stored.id)).toMatchObject({ version: 1 + writers, score: String(writers) });
  });

  it.skipIf(!isAvailable)('rolls back every write of a failed transaction', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2036 });
    const failing = runInTransaction(testing.database.db, async (inTransaction) => {
      await inTransaction.documents.updateWithVersion({ id: stored.id, expectedVersion: 1, changes: { state: 'submitted', updatedAt: '2026-11-28T00:00:00.000Z', updatedBy: null } });
      await inTransaction.auditEntries.append({ documentId: stored.id, actorId: null, at: '2026-11-28T00:00:00.000Z', action: 'submit', fromState: 'draft', toState: 'submitted', reason: null });
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await testing.repositories.documents.getById(stored.id)).toMatchObject({ version: 1, state: 'draft' });
    expect(await testing.repositories.auditEntries.listByDocument(stored.id)).toEqual([]);
  });
});
