import type { Role } from '../../db/schema.ts';
import type { User } from '../../db/users.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';

/**
 * Gives a user another role (administrator), audited in admin_changes. The new role holds from
 * the user's next request (sessions read the role each time). Not one's own: an administrator
 * could otherwise leave the deployment without one.
 */
export async function changeUserRole(
  deps: ServiceDeps,
  input: { actor: Actor; userId: string; role: Role },
): Promise<User> {
  const user = await deps.repositories.users.getById(input.userId);
  if (!user) throw createNotFoundError('找不到该用户。');
  if (user.id === input.actor.userId) {
    throw new ServiceError({
      code: 'cannot-change-own-role',
      message: '不能更改自己的角色。',
      httpStatus: 409,
    });
  }
  if (user.role === input.role) return user;
  return deps.transaction(async (repositories) => {
    const updated = (await repositories.users.setRole({ id: user.id, role: input.role }))!;
    await repositories.adminChanges.append({
      actorId: input.actor.userId,
      at: deps.now().toISOString(),
      action: 'change-role',
      subjectKind: 'user',
      subjectId: user.id,
      changes: [{ path: 'role', before: user.role, after: input.role }],
    });
    return updated;
  });
}
