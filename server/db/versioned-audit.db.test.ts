/** documents.updateWithVersionAndAudit: the update and its audit entry both or neither (one statement on PostgreSQL). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDocument, insertOrganisationTree, type OrganisationTree } from '../test-support/fixtures.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import { createQueryCounter } from './query-counter.ts';
import { createRepositories, runInTransaction, type Repositories } from './repositories.ts';

const audit = { actorId: null, at: '2026-11-28T09:00:00.000Z', action: 'save', fromState: 'draft', toState: 'draft', reason: null, changes: [{ path: 'project', before: '旧', after: '新' }] };

describe.each(await listTestDialects())('updateWithVersionAndAudit on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let tree: OrganisationTree;

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    repositories = createRepositories(database.db);
    tree = await insertOrganisationTree(repositories);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('writes the body, moves the version on and appends the entry, as updateWithVersion and append would', async () => {
    const stored = await insertDocument(repositories, { organisationId: tree.unit.id, project: '甲项目' });
    const body = { ...stored.body, functions: '改过的职能' };
    const result = await repositories.documents.updateWithVersionAndAudit({
      id: stored.id,
      expectedVersion: stored.version,
      changes: { body, updatedAt: audit.at, updatedBy: null },
      organisation: stored,
      audit,
    });
    const reread = await repositories.documents.getById(stored.id);
    expect(result).toEqual({ status: 'updated', document: reread });
    expect(reread).toMatchObject({ version: stored.version + 1, updatedAt: audit.at, body: { functions: '改过的职能' } });
    const entries = await repositories.auditEntries.listByDocument(stored.id);
    expect(entries).toEqual([{ id: expect.any(Number), documentId: stored.id, actorName: null, ...audit }]);
  });

  it.skipIf(!isAvailable)('writes neither on a stale version or a missing document', async () => {
    const stored = await insertDocument(repositories, { organisationId: tree.unit.id, project: '乙项目' });
    const changes = { body: { ...stored.body, functions: '不该写入' }, updatedAt: audit.at, updatedBy: null };
    const stale = await repositories.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version + 5, changes, organisation: stored, audit });
    expect(stale).toEqual({ status: 'stale', currentVersion: stored.version });
    const missing = await repositories.documents.updateWithVersionAndAudit({ id: 'missing', expectedVersion: 1, changes, audit });
    expect(missing).toEqual({ status: 'not-found' });
    expect(await repositories.documents.getById(stored.id)).toEqual(stored);
    expect(await repositories.auditEntries.listByDocument(stored.id)).toEqual([]);
  });

  it.skipIf(!isAvailable)('rolls back with the caller’s transaction', async () => {
    const stored = await insertDocument(repositories, { organisationId: tree.unit.id, project: '丙项目' });
    const changes = { body: { ...stored.body, functions: '回滚' }, updatedAt: audit.at, updatedBy: null };
    const failed = runInTransaction(database.db, async (inner) => {
      await inner.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version, changes, organisation: stored, audit });
      throw new Error('after the write');
    });
    await expect(failed).rejects.toThrow('after the write');
    expect(await repositories.documents.getById(stored.id)).toEqual(stored);
    expect(await repositories.auditEntries.listByDocument(stored.id)).toEqual([]);
  });

  it.skipIf(!isAvailable)(`sends ${dialect === 'postgres' ? 'one statement' : 'two statements in a transaction'} for a save`, async () => {
    const stored = await insertDocument(repositories, { organisationId: tree.unit.id, project: '丁项目' });
    const counter = createQueryCounter();
    const counted = createRepositories(database.db.withPlugin(counter.plugin));
    const changes = { body: { ...stored.body, functions: '计数' }, updatedAt: audit.at, updatedBy: null };
    await counted.documents.updateWithVersionAndAudit({ id: stored.id, expectedVersion: stored.version, changes, organisation: stored, audit });
    expect(counter.count).toBe(dialect === 'postgres' ? 1 : 2);
  });
});
