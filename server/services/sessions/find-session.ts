import type { ActiveSession } from '../../db/sessions.repository.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken } from './session-token.ts';

/** How often a session's last use is written: once a minute is plenty for an idle timeout in hours. */
const touchIntervalMs = 60_000;

/**
 * The live session for a cookie token, or null when unknown, expired (SESSION_TTL cap), idle for
 * longer than SESSION_IDLE_TIMEOUT, or its account disabled. Marks the session used.
 */
export async function findSession(deps: ServiceDeps, input: { token: string }): Promise<ActiveSession | null> {
  const now = deps.now();
  const id = hashToken(input.token);
  const idleSince = new Date(now.getTime() - deps.config.sessionIdleSeconds * 1000).toISOString();
  const session = await deps.repositories.sessions.findActive({ id, now: now.toISOString(), idleSince });
  if (session) {
    await deps.repositories.sessions.touch({ id, at: now.toISOString(), unlessSince: new Date(now.getTime() - touchIntervalMs).toISOString() });
  }
  return session;
}
