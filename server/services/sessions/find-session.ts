import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken } from './session-token.ts';

/** How often a session's last use is written: once a minute is plenty for an idle timeout in hours. */
const touchIntervalMs = 60_000;

/**
 * The live session for a cookie token, or null when unknown, expired (SESSION_TTL cap), idle for
 * longer than SESSION_IDLE_TIMEOUT, or its account disabled. Marks the session used, at most once
 * a minute. A session resolved a moment ago comes from deps.sessionCache (session-cache.ts); its
 * expiry and idle time are checked against the clock all the same.
 */
export async function findSession(
  deps: ServiceDeps,
  input: { token: string },
): Promise<ActiveSession | null> {
  const now = deps.now();
  const nowText = now.toISOString();
  const id = hashToken(input.token);
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleSeconds * 1000).toISOString();
  let session = deps.sessionCache?.get(id) ?? null;
  if (session && !(session.expiresAt > nowText && session.lastSeenAt > idleSince)) {
    deps.sessionCache?.delete(id);
    session = null;
  }
  if (!session) {
    const query = { id, now: nowText, idleSince };
    const lookup = () => deps.repositories.sessions.findActive(query);
    session = await (deps.sessionCache ? deps.sessionCache.lookupOnce(id, lookup) : lookup());
    // A shared lookup was asked a moment earlier: the same checks against this request's clock.
    if (!session || !(session.expiresAt > nowText && session.lastSeenAt > idleSince)) return null;
    deps.sessionCache?.set(id, session);
  }
  const touchSince = new Date(now.getTime() - touchIntervalMs).toISOString();
  if (session.lastSeenAt < touchSince) {
    await deps.repositories.sessions.touch({ id, at: nowText, unlessSince: touchSince });
    session = { ...session, lastSeenAt: nowText };
    deps.sessionCache?.set(id, session);
  }
  return session;
}

