/**
 * documents.updateManyWithVersionAndAudit, the group commit's write: several saves in one
 * transaction (one statement on PostgreSQL), each versioned and audited on its own.
 */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import type { AuditedUpdate, StoredDocument } from './documents.repository.ts';
import { createQueryCounter } from './query-counter.ts';
import { createRepositories } from './repositories.ts';

const at = '2026-11-28T09:00:00.000Z';

/** A save of `stored` with `functions` changed, as store-edited-body.ts sends one (body, score, grade). */
function toSave(stored: StoredDocument, functions: string, overrides: Partial<AuditedUpdate> = {}): AuditedUpdate {
  return {
    id: stored.id,
    expectedVersion: stored.version,
    changes: { body: { ...stored.body, functions }, score: '88.5', grade: '良', updatedAt: at, updatedBy: null },
    organisation: stored,
    audit: { actorId: null, at, action: 'save', fromState: stored.state, toState: stored.state, reason: null, changes: [{ path: 'functions', before: stored.body.functions, after: functions }] },
    ...overrides,
  };
}

describe.each(await listTestDialects())('updateManyWithVersionAndAudit on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);
  let projects = 0;
  const insert = () => insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, project: `批量项目${(projects += 1)}` });

  it.skipIf(!isAvailable)('writes every save with its own new version and audit entry, answered in order', async () => {
    const stored = await Promise.all([insert(), insert(), insert()]);
    const saves = stored.map((document, index) => toSave(document, `职能 ${index}`));
    const results = await testing.repositories.documents.updateManyWithVersionAndAudit(saves);
    for (const [index, document] of stored.entries()) {
      const reread = await testing.repositories.documents.getById(document.id);
      expect(results[index]).toEqual({ status: 'updated', document: reread });
      expect(reread).toMatchObject({ version: document.version + 1, score: '88.5', grade: '良', updatedAt: at, body: { functions: `职能 ${index}` } });
      const entries = await testing.repositories.auditEntries.listByDocument(document.id);
      expect(entries).toEqual([{ id: expect.any(Number), documentId: document.id, actorName: null, ...saves[index]!.audit }]);
    }
  });

  it.skipIf(!isAvailable)('answers each save its own result when the batch comes in descending id order (PostgreSQL writes it sorted)', async () => {
    const stored = (await Promise.all([insert(), insert(), insert(), insert()])).sort((a, b) => (a.id < b.id ? 1 : -1));
    const saves = stored.map((document, index) => toSave(document, `倒序 ${index}`, index === 1 ? { expectedVersion: document.version + 1 } : {}));
    const results = await testing.repositories.documents.updateManyWithVersionAndAudit(saves);
    expect(results.map((result) => result.status)).toEqual(['updated', 'stale', 'updated', 'updated']);
    for (const [index, document] of stored.entries()) {
      if (index === 1) continue;
      const result = results[index]!;
      expect(result.status === 'updated' && result.document.id).toBe(document.id);
      expect((await testing.repositories.documents.getById(document.id))?.body.functions).toBe(`倒序 ${index}`);
    }
  });

  it.skipIf(!isAvailable)('answers a stale save and a missing document alone, and writes the others', async () => {
    const [first, stale, last] = await Promise.all([insert(), insert(), insert()]);
    const missing = { ...first!, id: 'no-such-document' };
    const results = await testing.repositories.documents.updateManyWithVersionAndAudit([
      toSave(first!, '写入一'),
      toSave(stale!, '不该写入', { expectedVersion: stale!.version + 3 }),
      toSave(missing, '不该写入'),
      toSave(last!, '写入三'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['updated', 'stale', 'not-found', 'updated']);
    expect(results[1]).toEqual({ status: 'stale', currentVersion: stale!.version });
    expect(await testing.repositories.documents.getById(stale!.id)).toEqual(stale);
    expect(await testing.repositories.auditEntries.listByDocument(stale!.id)).toEqual([]);
    expect((await testing.repositories.documents.getById(first!.id))?.body.functions).toBe('写入一');
    expect((await testing.repositories.documents.getById(last!.id))?.body.functions).toBe('写入三');
    expect(await testing.repositories.auditEntries.listByDocument(last!.id)).toHaveLength(1);
  });

  it.skipIf(!isAvailable)('writes nothing of the batch when one statement fails', async () => {
    const [first, second] = await Promise.all([insert(), insert()]);
    // An audit entry naming a user who does not exist breaks its foreign key.
    const broken = toSave(second!, '外键不成立');
    const failing = testing.repositories.documents.updateManyWithVersionAndAudit([
      toSave(first!, '应回滚'),
      { ...broken, audit: { ...broken.audit, actorId: 'no-such-user' } },
    ]);
    await expect(failing).rejects.toThrow();
    expect(await testing.repositories.documents.getById(first!.id)).toEqual(first);
    expect(await testing.repositories.documents.getById(second!.id)).toEqual(second);
    expect(await testing.repositories.auditEntries.listByDocument(first!.id)).toEqual([]);
  });

  it.skipIf(!isAvailable)('writes a save without a score (not the autosave shape) in the same transaction', async () => {
    const [first, second] = await Promise.all([insert(), insert()]);
    const plain = toSave(second!, '无分数');
    const { score: _score, grade: _grade, ...changes } = plain.changes;
    const results = await testing.repositories.documents.updateManyWithVersionAndAudit([toSave(first!, '有分数'), { ...plain, changes }]);
    expect(results.map((result) => result.status)).toEqual(['updated', 'updated']);
    expect(await testing.repositories.documents.getById(second!.id)).toMatchObject({ version: second!.version + 1, score: second!.score, body: { functions: '无分数' } });
  });

  it.skipIf(!isAvailable)(`sends ${dialect === 'postgres' ? 'one statement' : 'an update and an insert per save in one transaction'} for a batch of saves`, async () => {
    const stored = await Promise.all([insert(), insert(), insert(), insert()]);
    const counter = createQueryCounter();
    const counted = createRepositories(testing.database.db.withPlugin(counter.plugin));
    await counted.documents.updateManyWithVersionAndAudit(stored.map((document, index) => toSave(document, `计数 ${index}`)));
    expect(counter.count).toBe(dialect === 'postgres' ? 1 : 8);
  });
});
