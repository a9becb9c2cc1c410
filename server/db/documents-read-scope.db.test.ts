import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canActorRead, getReadScope, reviewStates, type ReviewActor, type ReviewState } from '../../core/review/index.ts';
import { fixedNow, insertDocument, insertOrganisationTree, type OrganisationTree } from '../test-support/fixtures.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import type { StoredDocument } from './documents.repository.ts';
import type { Organisation } from './organisations.repository.ts';
import { createRepositories, type Repositories } from './repositories.ts';

describe.each(await listTestDialects())('listing documents by read scope on $dialect', ({ dialect, isAvailable }) => {
  let database: TestDatabase;
  let repositories: Repositories;
  let tree: OrganisationTree;
  let directUnit: Organisation;
  const documents: StoredDocument[] = [];

  beforeAll(async () => {
    if (!isAvailable) return;
    database = await createTestDatabase(dialect);
    repositories = createRepositories(database.db);
    tree = await insertOrganisationTree(repositories);
    // A unit with no 主管部门 above it: finance reviews both steps.
    directUnit = await repositories.organisations.insert({ id: randomUUID(), parentPath: tree.financeBureau.path, kind: 'unit', name: '测试县直属单位', createdAt: fixedNow });
    for (const organisation of [tree.unit, tree.otherUnit, directUnit, tree.supervisor]) {
      for (const state of reviewStates) documents.push(await insertDocument(repositories, { organisationId: organisation.id, project: state, state }));
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  it.skipIf(!isAvailable)('knows which documents have a 主管部门 above them', () => {
    expect(documents.find((document) => document.organisationId === tree.unit.id)?.hasSupervisor).toBe(true);
    expect(documents.find((document) => document.organisationId === directUnit.id)?.hasSupervisor).toBe(false);
    // A 主管部门's own documents go to finance: it never reviews itself (issue 9 item 9).
    expect(documents.find((document) => document.organisationId === tree.supervisor.id)?.hasSupervisor).toBe(false);
  });

  const actors: [string, () => ReviewActor][] = [
    ['a unit filler', () => ({ role: 'unit-filler', organisationId: tree.unit.id, organisationPath: tree.unit.path })],
    ['a supervisor reviewer', () => ({ role: 'supervisor-reviewer', organisationId: tree.supervisor.id, organisationPath: tree.supervisor.path })],
    ['a finance reviewer', () => ({ role: 'finance-reviewer', organisationId: tree.financeBureau.id, organisationPath: tree.financeBureau.path })],
    ['the administrator', () => ({ role: 'admin', organisationId: tree.financeBureau.id, organisationPath: tree.financeBureau.path })],
    ['the public', () => ({ role: 'public', organisationId: null, organisationPath: [] })],
  ];

  it.skipIf(!isAvailable).each(actors)('returns exactly what core lets %s read', async (_name, getActor) => {
    const actor = getActor();
    const listed = await repositories.documents.list({ readScope: getReadScope(actor), limit: 1000 });
    const expected = documents.filter((document) => canActorRead(actor, { ...document, kind: 'target-table', state: document.state as ReviewState }));
    expect(listed.items.map((item) => item.id).sort()).toEqual(expected.map((document) => document.id).sort());
    expect(listed.total).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });
});
