/** A 整改 notice with its items as the actor may see it (a unit its own, reviewers their subtree); 404 otherwise. */
import type { NoticeDetail, NoticeSummary, RectificationItem } from '../../../contract/rectification.ts';
import { countDaysOverdue } from '../../../core/monitoring/index.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import {
  moneyActionNames,
  rectificationItemStateNames,
  rectificationNoticeStateNames,
} from '../../../core/rectification/index.ts';
import { canSeeOrganisation, isFinanceOver, isUnitRole } from '../../../core/review/index.ts';
import type { RectificationNotice, StoredRectificationItem } from '../../db/rectification.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

export const noticeNotFound = '找不到该整改通知，或您无权查看。';

const eventNames: Record<string, string> = { issue: '下发整改通知', answer: '反馈整改情况', accept: '验收通过', return: '退回重改', close: '整改办结' };

export async function loadNoticeFor(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<{ notice: RectificationNotice; items: StoredRectificationItem[] }> {
  const notice = await deps.repositories.rectification.getNotice(input.id);
  if (!notice || !canSeeOrganisation(input.actor, notice.organisationPath)) throw createNotFoundError(noticeNotFound);
  const items = await deps.repositories.rectification.listItems([notice.id]);
  return { notice, items };
}

export function toNoticeSummary(notice: RectificationNotice, items: readonly StoredRectificationItem[], now: Date): NoticeSummary {
  return {
    id: notice.id,
    organisationId: notice.organisationId,
    organisationName: notice.organisationName,
    year: notice.year,
    roundId: notice.roundId,
    title: notice.title,
    deadline: notice.deadline,
    state: notice.state,
    stateName: rectificationNoticeStateNames[notice.state],
    issuedAt: notice.issuedAt,
    closedAt: notice.closedAt,
    items: items.length,
    itemsAccepted: items.filter((item) => item.state === 'accepted').length,
    itemsToAnswer: items.filter((item) => item.state === 'open' || item.state === 'returned').length,
    itemsToReview: items.filter((item) => item.state === 'answered').length,
    daysOverdue: notice.state === 'closed' ? 0 : countDaysOverdue({ deadline: notice.deadline, now }),
  };
}

function describeIndicator(bodies: Map<string, PerformanceDocument>, item: StoredRectificationItem): string | null {
  if (!item.documentId || !item.indicatorPath) return null;
  const match = /^goals\.(\d+)\.indicators\.(\d+)$/.exec(item.indicatorPath);
  const indicator = match ? bodies.get(item.documentId)?.goals[Number(match[1])]?.indicators[Number(match[2])] : undefined;
  return indicator ? indicator.name || indicator.level2 : null;
}

function toItem(item: StoredRectificationItem, bodies: Map<string, PerformanceDocument>): RectificationItem {
  return {
    id: item.id,
    position: item.position,
    documentId: item.documentId,
    indicatorPath: item.indicatorPath,
    indicatorName: describeIndicator(bodies, item),
    findingCode: item.findingCode,
    requirement: item.requirement,
    moneyAction: item.moneyAction,
    moneyActionName: item.moneyAction ? moneyActionNames[item.moneyAction] : null,
    moneyAmount: item.moneyAmount,
    state: item.state,
    stateName: rectificationItemStateNames[item.state],
    answer: item.answer,
    answeredAt: item.answeredAt,
    attachmentName: item.attachmentName,
    reviewReason: item.reviewReason,
    reviewedAt: item.reviewedAt,
  };
}

export async function toNoticeDetail(deps: ServiceDeps, input: { actor: Actor; notice: RectificationNotice; items: StoredRectificationItem[] }): Promise<NoticeDetail> {
  const { actor, notice, items } = input;
  const documentIds = [...new Set(items.map((item) => item.documentId).filter((id): id is string => id !== null))];
  const bodies = await deps.repositories.documents.listBodies(documentIds);
  const events = await deps.repositories.rectification.listEvents(notice.id);
  const isOpen = notice.state === 'open';
  return {
    ...toNoticeSummary(notice, items, deps.now()),
    itemList: items.map((item) => toItem(item, bodies)),
    events: events.map((event) => ({ ...event, actionName: eventNames[event.action] ?? event.action })),
    canAnswer: isOpen && isUnitRole(actor.role) && actor.organisationId === notice.organisationId && items.some((item) => item.state !== 'accepted'),
    canReview: isOpen && isFinanceOver(actor, notice.organisationPath) && items.some((item) => item.state === 'answered'),
  };
}
