/**
 * The set-up most repository tests share: a fresh migrated database of one dialect, its repositories and the
 * small organisation tree, made before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Dialect } from '../db/connect.ts';
import { createRepositories, type Repositories } from '../db/repositories.ts';
import { insertOrganisationTree, type OrganisationTree } from './fixtures.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestRepositories {
  readonly database: TestDatabase;
  readonly repositories: Repositories;
  readonly tree: OrganisationTree;
}

/**
 * Registers the beforeAll / afterAll of a describe block on `dialect` and returns the object they fill: read its
 * fields inside hooks and tests, not when the block is declared. Nothing is made when `isAvailable` is false (the
 * block's tests are skipped). A later beforeAll of the block runs after this one, so it can add its own rows.
 */
export function useTestRepositories(dialect: Dialect, isAvailable: boolean): TestRepositories {
  const testing = {} as { database: TestDatabase; repositories: Repositories; tree: OrganisationTree };
  beforeAll(async () => {
    if (!isAvailable) return;
    testing.database = await createTestDatabase(dialect);
    testing.repositories = createRepositories(testing.database.db);
    testing.tree = await insertOrganisationTree(testing.repositories);
  });
  afterAll(async () => {
    await testing.database?.close();
  });
  return testing;
}
