/**
 * Finance issues a 整改通知 to a unit (issue 11): items, each linked to one of the unit's monitoring
 * tables (or other documents), an indicator of it or a finding code, with the money decided
 * (压减 / 收回 / 取消 / 调整, 万元); one deadline for the notice. A linked document must have been
 * submitted (core/rectification/issuable.ts): a draft is refused with 409 document-not-submitted.
 */
import type { IssueNoticeRequest, NoticeDetail } from '../../../contract/rectification.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { decideRectificationTarget } from '../../../core/rectification/issuable.ts';
import { createNotFoundError, ServiceError, toServiceError } from '../service-error.ts';
import { ensureFinanceOver } from '../monitoring/ensure-finance-over.ts';
import { noticeNotFound, toNoticeDetail } from './load-notice.ts';
import { notifyRectification } from '../notifications/notify-events.ts';

function invalid(message: string): ServiceError {
  return new ServiceError({ code: 'invalid-input', message, httpStatus: 400 });
}

export async function issueRectificationNotice(deps: ServiceDeps, input: { actor: Actor; request: IssueNoticeRequest }): Promise<NoticeDetail> {
  const { actor, request } = input;
  const organisation = await deps.repositories.organisations.getById(request.organisationId);
  if (!organisation) throw createNotFoundError('找不到该单位，或您无权查看。');
  ensureFinanceOver(actor, organisation.path, { notFound: '找不到该单位，或您无权查看。', forbidden: '只有财政部门可以下发整改通知。' });
  if (request.roundId && !(await deps.repositories.monitoringRounds.getRound(request.roundId))) throw invalid('所选监控轮次不存在。');
  const documentIds = [...new Set(request.items.map((item) => item.documentId).filter((id): id is string => Boolean(id)))];
  const documents = new Map<string, Awaited<ReturnType<typeof deps.repositories.documents.getById>>>();
  for (const id of documentIds) documents.set(id, await deps.repositories.documents.getById(id));
  request.items.forEach((item, index) => {
    const where = `第 ${index + 1} 项`;
    const document = item.documentId ? documents.get(item.documentId) : null;
    if (item.documentId && (!document || document.organisationId !== organisation.id)) throw invalid(`${where}关联的文档不属于${organisation.name}。`);
    if (document) {
      const target = decideRectificationTarget({ where, kind: document.kind, state: document.state });
      if (!target.ok) throw toServiceError(target);
    }
    if (item.indicatorPath) {
      if (!document) throw invalid(`${where}指定了指标，请同时选择所在的文档。`);
      const match = /^goals\.(\d+)\.indicators\.(\d+)$/.exec(item.indicatorPath);
      if (!match || !document.body.goals[Number(match[1])]?.indicators[Number(match[2])]) throw invalid(`${where}指定的指标在该文档中不存在。`);
    }
  });
  const id = deps.createId();
  const at = deps.now().toISOString();
  await deps.transaction(async (repositories) => {
    await repositories.rectification.insertNotice(
      { id, organisationId: organisation.id, year: request.year, roundId: request.roundId ?? null, title: request.title, deadline: request.deadline, state: 'open', issuedBy: actor.userId, issuedAt: at },
      request.items.map((item, index) => ({
        id: deps.createId(),
        noticeId: id,
        position: index + 1,
        documentId: item.documentId ?? null,
        indicatorPath: item.indicatorPath ?? null,
        findingCode: item.findingCode ?? null,
        requirement: item.requirement,
        moneyAction: item.moneyAction ?? null,
        moneyAmount: item.moneyAction && item.moneyAmount ? item.moneyAmount : null,
        state: 'open',
      })),
    );
    await repositories.rectification.appendEvent({ noticeId: id, itemId: null, actorId: actor.userId, at, action: 'issue', reason: `${request.items.length} 项，整改期限 ${request.deadline}` });
    await notifyRectification(repositories, {
      organisationId: organisation.id,
      noticeId: id,
      noticeTitle: request.title,
      step: 'issued',
      detail: `共 ${request.items.length} 项，整改期限 ${request.deadline}。`,
      actorId: actor.userId,
      at,
    });
  });
  const notice = await deps.repositories.rectification.getNotice(id);
  if (!notice) throw createNotFoundError(noticeNotFound);
  return toNoticeDetail(deps, { actor, notice, items: await deps.repositories.rectification.listItems([id]) });
}
