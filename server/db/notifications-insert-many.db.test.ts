/** Multi-row 催报 notifications (催报 of every outstanding unit): a stored dedupe key skips its row, in one statement per 500 rows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedNow, insertOrganisationTree, type OrganisationTree } from '../test-support/fixtures.ts';
import { createTestDatabase, listTestDialects, type TestDatabase } from '../test-support/test-database.ts';
import type { NewNotification } from './notifications.repository.ts';
import { createRepositories, type Repositories } from './repositories.ts';

describe.each(await listTestDialects())('notifications.insertMany on $dialect', ({ dialect, isAvailable }) => {
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

  const reminder = (organisationId: string, dedupeKey: string): NewNotification => ({
    organisationId,
    kind: 'reminder',
    title: '催报：2025年度绩效目标表',
    message: '请尽快提交。',
    link: '/documents',
    dedupeKey,
    createdAt: fixedNow,
  });

  it.skipIf(!isAvailable)('writes each organisation once per key and names those written', async () => {
    expect(await repositories.notifications.insert(reminder(tree.unit.id, 'year-2025@2025-06-01'))).toBe(true);
    const written = await repositories.notifications.insertMany([
      reminder(tree.unit.id, 'year-2025@2025-06-01'),
      reminder(tree.supervisor.id, 'year-2025@2025-06-01'),
      reminder(tree.financeBureau.id, 'year-2025@2025-06-01'),
    ]);
    expect([...written].sort()).toEqual([tree.supervisor.id, tree.financeBureau.id].sort());
    const again = await repositories.notifications.insertMany([reminder(tree.supervisor.id, 'year-2025@2025-06-01'), reminder(tree.supervisor.id, 'year-2025@2025-06-02')]);
    expect([...again]).toEqual([tree.supervisor.id]);
    expect(await repositories.notifications.insertMany([])).toEqual(new Set());
  });
});
