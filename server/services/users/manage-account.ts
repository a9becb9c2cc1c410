/**
 * The administrator's account actions (issue 9 item 5): reset a password, disable or enable an
 * account, end all of a user's sessions. Resetting or disabling ends the user's sessions.
 */
import type { User } from '../../db/users.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError } from '../service-error.ts';
import { hashPassword } from '../sessions/password.ts';
import { ensurePasswordAcceptable } from './password-policy.ts';

async function loadUser(deps: ServiceDeps, userId: string): Promise<User> {
  const user = await deps.repositories.users.getById(userId);
  if (!user) throw createNotFoundError('找不到该用户。');
  return user;
}

export async function resetPassword(deps: ServiceDeps, input: { userId: string; newPassword: string }): Promise<User> {
  const user = await loadUser(deps, input.userId);
  ensurePasswordAcceptable({ password: input.newPassword, username: user.username });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.transaction(async (repositories) => {
    await repositories.users.setPasswordHash({ id: user.id, passwordHash, at: deps.now().toISOString() });
    await repositories.sessions.deleteByUser({ userId: user.id });
  });
  return user;
}

export async function setUserDisabled(deps: ServiceDeps, input: { actor: Actor; userId: string; isDisabled: boolean }): Promise<User> {
  const user = await loadUser(deps, input.userId);
  if (input.isDisabled && user.id === input.actor.userId) {
    throw new ServiceError({ code: 'cannot-disable-self', message: '不能停用自己的账号。', httpStatus: 409 });
  }
  return deps.transaction(async (repositories) => {
    const updated = await repositories.users.setDisabled({ id: user.id, isDisabled: input.isDisabled });
    if (input.isDisabled) await repositories.sessions.deleteByUser({ userId: user.id });
    return updated ?? user;
  });
}

/** Ends every session of the user; returns how many ended. */
export async function revokeUserSessions(deps: ServiceDeps, input: { userId: string }): Promise<number> {
  const user = await loadUser(deps, input.userId);
  return deps.repositories.sessions.deleteByUser({ userId: user.id });
}
