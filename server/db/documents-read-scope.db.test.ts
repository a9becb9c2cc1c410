import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { canActorRead, getReadScope, reviewStates, type ReviewActor, type ReviewState } from '../../core/review/index.ts';
import { fixedNow, insertDocument } from '../test-support/fixtures.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import type { StoredDocument } from './documents.repository.ts';
import type { Organisation } from './organisations.repository.ts';

describe.each(await listTestDialects())('listing documents by read scope on $dialect', ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);
  let directUnit: Organisation;
  const documents: StoredDocument[] = [];

  beforeAll(async () => {
    if (!isAvailable) return;
    // A unit with no 主管部门 above it: finance reviews both steps.
    directUnit = await testing.repositories.organisations.insert({ id: randomUUID(), parentPath: testing.tree.financeBureau.path, kind: 'unit', name: '测试县直属单位', createdAt: fixedNow });
    for (const organisation of [testing.tree.unit, testing.tree.otherUnit, directUnit, testing.tree.supervisor]) {
      for (const state of reviewStates) documents.push(await insertDocument(testing.repositories, { organisationId: organisation.id, project: state, state }));
    }
  });

  it.skipIf(!isAvailable)('knows which documents have a 主管部门 above them', () => {
    expect(documents.find((document) => document.organisationId === testing.tree.unit.id)?.hasSupervisor).toBe(true);
    expect(documents.find((document) => document.organisationId === directUnit.id)?.hasSupervisor).toBe(false);
    // A 主管部门's own documents go to finance: it never reviews itself (issue 9 item 9).
    expect(documents.find((document) => document.organisationId === testing.tree.supervisor.id)?.hasSupervisor).toBe(false);
  });

  const actors: [string, () => ReviewActor][] = [
    ['a unit filler', () => ({ role: 'unit-filler', organisationId: testing.tree.unit.id, organisationPath: testing.tree.unit.path })],
    ['a supervisor reviewer', () => ({ role: 'supervisor-reviewer', organisationId: testing.tree.supervisor.id, organisationPath: testing.tree.supervisor.path })],
    ['a finance reviewer', () => ({ role: 'finance-reviewer', organisationId: testing.tree.financeBureau.id, organisationPath: testing.tree.financeBureau.path })],
    ['the administrator', () => ({ role: 'admin', organisationId: testing.tree.financeBureau.id, organisationPath: testing.tree.financeBureau.path })],
    ['the public', () => ({ role: 'public', organisationId: null, organisationPath: [] })],
  ];

  it.skipIf(!isAvailable).each(actors)('returns exactly what core lets %s read', async (_name, getActor) => {
    const actor = getActor();
    const listed = await testing.repositories.documents.list({ readScope: getReadScope(actor), limit: 1000 });
    const expected = documents.filter((document) => canActorRead(actor, { ...document, kind: 'target-table', state: document.state as ReviewState }));
    expect(listed.items.map((item) => item.id).sort()).toEqual(expected.map((document) => document.id).sort());
    expect(listed.total).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });
});
