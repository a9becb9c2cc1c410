/**
 * Finance accepts (验收) or returns an answered 整改 item; when every item is accepted the notice
 * closes (办结), in the same transaction.
 */
import type { NoticeDetail } from '../../../contract/rectification.ts';
import { decideRectificationStep, isNoticeComplete } from '../../../core/rectification/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError, ServiceError, toServiceError } from '../service-error.ts';
import { ensureFinanceOver } from '../monitoring/ensure-finance-over.ts';
import { loadNoticeFor, noticeNotFound, toNoticeDetail } from './load-notice.ts';
import { notifyRectification } from '../notifications/notify-events.ts';

export async function reviewRectificationItem(
  deps: ServiceDeps,
  input: { actor: Actor; id: string; itemId: string; decision: 'accept' | 'return'; reason?: string | null },
): Promise<NoticeDetail> {
  const { actor } = input;
  const { notice, items } = await loadNoticeFor(deps, input);
  ensureFinanceOver(actor, notice.organisationPath, { notFound: noticeNotFound, forbidden: '只有财政部门可以验收或退回整改事项。' });
  const item = items.find((candidate) => candidate.id === input.itemId);
  if (!item) throw createNotFoundError('找不到该整改事项。');
  const step = decideRectificationStep({ step: input.decision, state: item.state, noticeState: notice.state, reason: input.reason });
  if (!step.ok) throw step.code === 'reason-required' ? new ServiceError({ code: step.code, message: step.message, httpStatus: 400 }) : toServiceError(step);
  const at = deps.now().toISOString();
  const reason = input.reason?.trim() || null;
  await deps.transaction(async (repositories) => {
    const isUpdated = await repositories.rectification.updateItem({ id: item.id, expectedState: item.state, state: step.state, review: { reason, by: actor.userId, at } });
    if (!isUpdated) throw new ServiceError({ code: 'stale-version', message: '该整改事项已被他人处理，请刷新后重试。', httpStatus: 409 });
    await repositories.rectification.appendEvent({ noticeId: notice.id, itemId: item.id, actorId: actor.userId, at, action: input.decision, reason });
    if (input.decision === 'return') {
      const detail = `第 ${item.position} 项退回原因：${reason ?? '（未填写）'}`;
      await notifyRectification(repositories, { organisationId: notice.organisationId, noticeId: notice.id, noticeTitle: notice.title, step: 'returned', detail, actorId: actor.userId, at });
    }
    if (isNoticeComplete(await repositories.rectification.listItems([notice.id]))) {
      await repositories.rectification.closeNotice({ id: notice.id, at });
      await repositories.rectification.appendEvent({ noticeId: notice.id, itemId: null, actorId: actor.userId, at, action: 'close', reason: null });
    }
  });
  const reloaded = await loadNoticeFor(deps, { actor, id: notice.id });
  return toNoticeDetail(deps, { actor, ...reloaded });
}
