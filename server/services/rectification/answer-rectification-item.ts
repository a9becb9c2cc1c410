/** The unit answers one 整改 item (整改情况, optionally a file); it may answer again until finance has accepted. */
import { maxAttachmentBytes, type AnswerRequest, type NoticeDetail } from '../../../contract/rectification.ts';
import { decideRectificationStep } from '../../../core/rectification/index.ts';
import { isUnitRole } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createForbiddenError, createNotFoundError, ServiceError, toServiceError } from '../service-error.ts';
import { loadNoticeFor, toNoticeDetail } from './load-notice.ts';

export async function answerRectificationItem(deps: ServiceDeps, input: { actor: Actor; id: string; itemId: string; request: AnswerRequest }): Promise<NoticeDetail> {
  const { actor } = input;
  const { notice, items } = await loadNoticeFor(deps, input);
  if (!isUnitRole(actor.role) || actor.organisationId !== notice.organisationId) throw createForbiddenError('整改情况由被通知单位反馈。');
  const item = items.find((candidate) => candidate.id === input.itemId);
  if (!item) throw createNotFoundError('找不到该整改事项。');
  const step = decideRectificationStep({ step: 'answer', state: item.state, noticeState: notice.state });
  if (!step.ok) throw toServiceError(step);
  const attachment = input.request.attachment;
  const bytes = attachment ? Buffer.from(attachment.content, 'base64') : null;
  if (bytes && bytes.length > maxAttachmentBytes) {
    throw new ServiceError({ code: 'payload-too-large', message: `附件不能超过 ${maxAttachmentBytes / 1024 / 1024} MB。`, httpStatus: 413 });
  }
  const at = deps.now().toISOString();
  await deps.transaction(async (repositories) => {
    const isUpdated = await repositories.rectification.updateItem({
      id: item.id,
      expectedState: item.state,
      state: step.state,
      answer: {
        text: input.request.answer,
        by: actor.userId,
        at,
        attachment: attachment && bytes ? { name: attachment.fileName, type: attachment.contentType ?? null, content: bytes.toString('base64') } : null,
      },
    });
    if (!isUpdated) throw new ServiceError({ code: 'stale-version', message: '该整改事项已被他人处理，请刷新后重试。', httpStatus: 409 });
    await repositories.rectification.appendEvent({ noticeId: notice.id, itemId: item.id, actorId: actor.userId, at, action: 'answer', reason: null });
  });
  return reload(deps, actor, notice.id);
}

async function reload(deps: ServiceDeps, actor: Actor, id: string): Promise<NoticeDetail> {
  const { notice, items } = await loadNoticeFor(deps, { actor, id });
  return toNoticeDetail(deps, { actor, notice, items });
}
