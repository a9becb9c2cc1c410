/**
 * A user's own sessions: list them (where and when each was used) and end one. Sessions are
 * named by a public id derived from the stored id, so the list hands out nothing that opens one.
 */
import type { OwnSession as SessionView } from '../../../contract/session.ts';
import { createHash } from 'node:crypto';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

function toPublicId(storedId: string): string {
  return createHash('sha256').update(`session-list:${storedId}`).digest('hex').slice(0, 32);
}

export async function listOwnSessions(deps: ServiceDeps, input: { actor: Actor; currentSessionId: string }): Promise<SessionView[]> {
  const sessions = await deps.repositories.sessions.listByUser({ userId: input.actor.userId, now: deps.now().toISOString() });
  return sessions.map((session) => ({ ...session, id: toPublicId(session.id), isCurrent: session.id === input.currentSessionId }));
}

export async function revokeOwnSession(deps: ServiceDeps, input: { actor: Actor; publicId: string }): Promise<void> {
  const sessions = await deps.repositories.sessions.listByUser({ userId: input.actor.userId, now: deps.now().toISOString() });
  const session = sessions.find((each) => toPublicId(each.id) === input.publicId);
  if (!session) throw createNotFoundError('找不到该登录会话。');
  await deps.repositories.sessions.delete(session.id);
}
