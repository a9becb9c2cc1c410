/** A signed-in user changes their own password (old + new); their other sessions end. */
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { hashPassword, verifyPassword } from '../sessions/password.ts';
import { ensurePasswordAcceptable } from './password-policy.ts';

export async function changeOwnPassword(
  deps: ServiceDeps,
  input: { actor: Actor; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const credentials = await deps.repositories.users.findCredentials(input.actor.username);
  if (!credentials || !(await verifyPassword({ passwordHash: credentials.passwordHash, password: input.currentPassword }))) {
    throw new ServiceError({ code: 'wrong-current-password', message: '当前密码不正确。', httpStatus: 400 });
  }
  if (input.newPassword === input.currentPassword) {
    throw new ServiceError({ code: 'weak-password', message: '新密码不能与当前密码相同。', httpStatus: 400 });
  }
  ensurePasswordAcceptable({ password: input.newPassword, username: input.actor.username });
  const passwordHash = await hashPassword(input.newPassword);
  await deps.transaction(async (repositories) => {
    await repositories.users.setPasswordHash({ id: credentials.user.id, passwordHash, at: deps.now().toISOString() });
    await repositories.sessions.deleteByUser({ userId: credentials.user.id, keepId: input.sessionId });
  });
}
