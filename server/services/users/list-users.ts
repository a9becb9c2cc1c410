import type { User } from '../../db/users.repository.ts';
import type { ServiceDeps } from '../deps.ts';

export function listUsers(deps: ServiceDeps, input: { organisationId?: string } = {}): Promise<User[]> {
  return deps.repositories.users.list(input);
}
