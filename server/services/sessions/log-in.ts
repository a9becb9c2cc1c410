/**
 * Password login with throttling (issue 9 item 6). Each attempt is reserved on its throttle keys
 * before the password is checked, atomically in the database (db/login-throttles.repository.ts),
 * so parallel guesses cannot all pass. Past the free attempts each further one waits twice as long
 * (exponential delay, never a hard lock). Keys:
 * - a browser that signed in as this user before (device cookie): user + device only, so guesses
 *   from anywhere else never slow the real user down;
 * - otherwise user + address, and the address across all usernames (an office NAT shares one
 *   address: it slows down only after many failures, and its known devices are not affected).
 */
import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { ThrottlePolicy } from '../../db/login-throttles.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { getDummyPasswordHash, verifyPassword } from './password.ts';
import { createToken, hashToken } from './session-token.ts';

const window = 15 * 60_000;
/** Per user + address (or user + device): 5 free attempts, then 1 s, 2 s, 4 s … up to 15 minutes. */
export const userThrottle: ThrottlePolicy = { freeAttempts: 5, baseDelayMs: 1000, maxDelayMs: window, windowMs: window };
/** Per address across usernames: 50 free attempts, then the same doubling delay. */
export const addressThrottle: ThrottlePolicy = { freeAttempts: 50, baseDelayMs: 1000, maxDelayMs: window, windowMs: window };

export interface LoggedIn {
  /** Goes into the httpOnly cookie; only its hash is stored. */
  token: string;
  session: ActiveSession;
  /** The device cookie to set (new, or the one presented). */
  deviceToken: string;
}

export async function logIn(
  deps: ServiceDeps,
  input: { username: string; password: string; ip: string; deviceToken?: string | null; userAgent?: string | null },
): Promise<LoggedIn> {
  const now = deps.now();
  const nowMs = now.getTime();
  const { loginThrottles } = deps.repositories;
  const credentials = await deps.repositories.users.findCredentials(input.username);
  const deviceHash = input.deviceToken ? hashToken(input.deviceToken) : null;
  const isKnownDevice = deviceHash !== null && credentials !== null && (await deps.repositories.knownDevices.isKnown({ deviceHash, userId: credentials.user.id }));

  const addressKey = isKnownDevice ? null : `address:${input.ip}`;
  const userKey = isKnownDevice ? `user-device:${input.username}:${deviceHash}` : `user-address:${input.username}:${input.ip}`;
  if (addressKey) await reserveOrRefuse(deps, { key: addressKey, nowMs, policy: addressThrottle });
  try {
    await reserveOrRefuse(deps, { key: userKey, nowMs, policy: userThrottle });
  } catch (error) {
    if (addressKey) await loginThrottles.refundAttempt(addressKey);
    throw error;
  }

  const passwordHash = credentials?.passwordHash ?? (await getDummyPasswordHash());
  const isPasswordRight = await verifyPassword({ passwordHash, password: input.password });
  if (!credentials || !isPasswordRight) {
    await loginThrottles.deleteStale({ beforeMs: nowMs - window, nowMs });
    throw new ServiceError({ code: 'invalid-credentials', message: '用户名或密码错误。', httpStatus: 401 });
  }
  await loginThrottles.clear(userKey);
  if (addressKey) await loginThrottles.refundAttempt(addressKey);
  if (credentials.user.isDisabled) {
    throw new ServiceError({ code: 'account-disabled', message: '该账号已停用，请联系系统管理员。', httpStatus: 403 });
  }

  const deviceToken = input.deviceToken && input.deviceToken.length <= 100 ? input.deviceToken : createToken();
  await deps.repositories.knownDevices.remember({ deviceHash: hashToken(deviceToken), userId: credentials.user.id, at: now.toISOString() });
  await deps.repositories.sessions.deleteExpired(now.toISOString());
  const token = createToken();
  const id = hashToken(token);
  await deps.repositories.sessions.insert({
    id,
    userId: credentials.user.id,
    csrfToken: createToken(),
    expiresAt: new Date(nowMs + deps.config.sessionTtlSeconds * 1000).toISOString(),
    createdAt: now.toISOString(),
    ip: input.ip,
    userAgent: input.userAgent ?? null,
  });
  const session = await deps.repositories.sessions.findActive({ id, now: now.toISOString() });
  if (!session) throw new Error('session vanished right after it was written');
  return { token, session, deviceToken };
}

async function reserveOrRefuse(deps: ServiceDeps, input: { key: string; nowMs: number; policy: ThrottlePolicy }): Promise<void> {
  const reservation = await deps.repositories.loginThrottles.reserveAttempt(input);
  if (reservation.isAllowed) return;
  const seconds = Math.ceil(reservation.retryAfterMs / 1000);
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
  throw new ServiceError({
    code: 'too-many-login-attempts',
    message: `登录尝试过于频繁，请 ${wait}后再试。`,
    httpStatus: 429,
    details: { retryAfterSeconds: seconds },
    retryAfterSeconds: seconds,
  });
}
