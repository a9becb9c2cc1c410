/** One 整改 notice with its items and the trail of its steps. */
import type { NoticeDetail } from '../../../contract/rectification.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';
import { loadNoticeFor, toNoticeDetail } from './load-notice.ts';

export async function getRectificationNotice(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<NoticeDetail> {
  const { notice, items } = await loadNoticeFor(deps, input);
  return toNoticeDetail(deps, { actor: input.actor, notice, items });
}

/** The file a unit attached to its answer; only for those who see the notice. */
export async function getRectificationAttachment(deps: ServiceDeps, input: { actor: Actor; id: string; itemId: string }) {
  const { items } = await loadNoticeFor(deps, input);
  const attachment = items.some((item) => item.id === input.itemId) ? await deps.repositories.rectification.getAttachment(input.itemId) : null;
  if (!attachment) throw createNotFoundError('找不到该附件。');
  return { name: attachment.name, type: attachment.type ?? 'application/octet-stream', content: Buffer.from(attachment.content, 'base64') };
}
