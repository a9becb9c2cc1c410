/**
 * Marks one notification, or all of the actor's organisation's, read for the actor only (read state
 * is per user). Another organisation's notification answers 404 as if it did not exist.
 */
import type { MarkReadResponse } from '../../../contract/notifications.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

export async function markNotificationsRead(deps: ServiceDeps, input: { actor: Actor; id?: number }): Promise<MarkReadResponse> {
  const reader = { organisationId: input.actor.organisationId, userId: input.actor.userId };
  if (input.id !== undefined && (await deps.repositories.notifications.getOrganisationId(input.id)) !== reader.organisationId) {
    throw createNotFoundError('找不到该通知，或您无权查看。');
  }
  await deps.repositories.notifications.markRead({ ...reader, at: deps.now().toISOString(), ...(input.id !== undefined ? { id: input.id } : {}) });
  return { unreadCount: await deps.repositories.notifications.countUnread(reader) };
}
