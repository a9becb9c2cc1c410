/** documents.updateWithVersionAndAudit: the update and its audit entry both or neither (one statement on PostgreSQL). */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import { createQueryCounter } from './query-counter.ts';
import { createRepositories, runInTransaction } from './repositories.ts';

const audit = { actorId: null, at: '2026-11-28T09:00:00.000Z', action: 'save', fromState: 'draft', toState: 'draft', reason: null, changes: [{ path: 'project', before: '旧', after: '新' }] };

describe.each(await listTestDialects())('updateWithVersionAndAudit on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  it.skipIf(!isAvailable)('writes the body, moves the version on and appends the entry, as updateWithVersion and append would', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '甲项目' });
    const body = { ...stored.body, functions: '改过的职能' };
    const result = await testing.repositories.documents.updateWithVersionAndAudit({
      id: stored.id,
      expectedVersion: stored.version,
      changes: { body, updatedAt: audit.at, updatedBy: null },
      organisation: stored,
      audit,
    });
    const reread = await testing.repositories.documents.getById(stored.id);
    expect(result).toEqual({ status: 'updated', document: reread });
    expect(reread).toMatchObject({ version: stored.version + 1, updatedAt: audit.at, body: { functions: '改过的职能' } });
    const entries = await testing.repositories.auditEntries.listByDocument(stored.id);
    expect(entries).toEqual([{ id: expect.any(Number), documentId: stored.id, actorName: null, ...audit }]);
  });

  it.skipIf(!isAvailable)('writes neither on a stale version or a missing document', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '乙项目' });
    const changes = { body: { ...stored.body, functions: '不该写入' }, updatedAt: audit.at, updatedBy: null };
    const stale = await testing.repositories.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version + 5, changes, organisation: stored, audit });
    expect(stale).toEqual({ status: 'stale', currentVersion: stored.version });
    const missing = await testing.repositories.documents.updateWithVersionAndAudit({ id: 'missing', expectedVersion: 1, changes, audit });
    expect(missing).toEqual({ status: 'not-found' });
    expect(await testing.repositories.documents.getById(stored.id)).toEqual(stored);
    expect(await testing.repositories.auditEntries.listByDocument(stored.id)).toEqual([]);
  });

  it.skipIf(!isAvailable)('rolls back with the caller’s transaction', async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '丙项目' });
    const changes = { body: { ...stored.body, functions: '回滚' }, updatedAt: audit.at, updatedBy: null };
    const failed = runInTransaction(testing.database.db, async (inner) => {
      await inner.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version, changes, organisation: stored, audit });
      throw new Error('after the write');
    });
    await expect(failed).rejects.toThrow('after the write');
    expect(await testing.repositories.documents.getById(stored.id)).toEqual(stored);
    expect(await testing.repositories.auditEntries.listByDocument(stored.id)).toEqual([]);
  });

  it.skipIf(!isAvailable)(`sends ${dialect === 'postgres' ? 'one statement' : 'two statements in a transaction'} for a save`, async () => {
    const stored = await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: '丁项目' });
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    const changes = { body: { ...stored.body, functions: '计数' }, updatedAt: audit.at, updatedBy: null };
    await counted.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version, changes, organisation: stored, audit });
    expect(counter.count).toBe(dialect === 'postgres' ? 1 : 2);
  });
});
