/** A signed-in person as services receive it, read from the database by username (service tests that never sign in). */
import type { Actor } from '../services/actor.ts';
import type { TestDatabase } from './test-database.ts';

export async function loadActor(database: TestDatabase, username: string): Promise<Actor> {
  const row = await database.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.username', 'users.display_name', 'users.role', 'organisations.id as organisation_id', 'organisations.name', 'organisations.kind', 'organisations.path'])
    .where('users.username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    isDemo: false,
    organisationId: row.organisation_id,
    organisationName: row.name,
    organisationKind: row.kind,
    organisationPath: row.path.split('/').filter(Boolean),
  };
}
