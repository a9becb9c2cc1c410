/**
 * Password login. Failed attempts are counted per username + IP in the database (so every server
 * instance counts the same); after too many within the window, login is refused before the
 * password is checked.
 */
import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { getDummyPasswordHash, verifyPassword } from './password.ts';
import { createToken, hashToken } from './session-token.ts';

export const loginFailureLimit = 5;
/** Across all usernames from one address: guessing many accounts is also stopped. */
export const addressFailureLimit = 50;
export const loginFailureWindowMinutes = 15;

export interface LoggedIn {
  /** Goes into the httpOnly cookie; only its hash is stored. */
  token: string;
  session: ActiveSession;
}

export async function logIn(deps: ServiceDeps, input: { username: string; password: string; ip: string }): Promise<LoggedIn> {
  const now = deps.now();
  const attempt = { username: input.username, ip: input.ip };
  const since = new Date(now.getTime() - loginFailureWindowMinutes * 60_000).toISOString();
  const failures = await deps.repositories.loginAttempts.countFailuresSince({ ...attempt, since });
  const addressFailures = failures >= loginFailureLimit ? failures : await deps.repositories.loginAttempts.countFailuresSince({ ip: input.ip, since });
  if (failures >= loginFailureLimit || addressFailures >= addressFailureLimit) {
    throw new ServiceError({
      code: 'too-many-login-attempts',
      message: `登录失败次数过多，请 ${loginFailureWindowMinutes} 分钟后再试。`,
      httpStatus: 429,
    });
  }

  const credentials = await deps.repositories.users.findCredentials(input.username);
  const passwordHash = credentials?.passwordHash ?? (await getDummyPasswordHash());
  const isPasswordRight = await verifyPassword({ passwordHash, password: input.password });
  if (!credentials || !isPasswordRight) {
    await deps.repositories.loginAttempts.recordFailure({ ...attempt, at: now.toISOString() });
    await deps.repositories.loginAttempts.deleteBefore(since);
    throw new ServiceError({ code: 'invalid-credentials', message: '用户名或密码错误。', httpStatus: 401 });
  }

  await deps.repositories.loginAttempts.clear(attempt);
  await deps.repositories.sessions.deleteExpired(now.toISOString());
  const token = createToken();
  const id = hashToken(token);
  await deps.repositories.sessions.insert({
    id,
    userId: credentials.user.id,
    csrfToken: createToken(),
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlSeconds * 1000).toISOString(),
    createdAt: now.toISOString(),
  });
  const session = await deps.repositories.sessions.findActive({ id, now: now.toISOString() });
  if (!session) throw new Error('session vanished right after it was written');
  return { token, session };
}
