/**
 * The notifications an event writes (issue 10), called by the use case that causes the event with
 * the repositories of its transaction, so the notice exists exactly when the event does. Each one
 * is addressed to the unit concerned; every user of the unit sees it.
 */
import { documentKindNames } from '../../../core/model.ts';
import type { TransitionAction } from '../../../core/review/index.ts';
import { reviewStateNames, type ReviewState } from '../../../core/review/states.ts';
import type { StoredDocument } from '../../db/documents.repository.ts';
import type { NewNotification } from '../../db/notifications.repository.ts';
import type { Repositories } from '../../db/repositories.ts';

/** Names the document as the unit knows it: 2027年度绩效目标表（项目：…）. */
function describeDocument(document: Pick<StoredDocument, 'year' | 'kind' | 'project'>): string {
  return `${document.year}年度${documentKindNames[document.kind]}${document.project ? `（${document.project}）` : ''}`;
}

/** A 退回 (with its reason) or a finance 批复/复核 tells the document's unit; other steps write nothing. */
export async function notifyDocumentTransition(
  repositories: Repositories,
  input: {
    document: StoredDocument;
    action: TransitionAction;
    toState: ReviewState;
    reason: string | null;
    actorId: string;
    at: string;
  },
): Promise<void> {
  const { document } = input;
  const common = {
    organisationId: document.organisationId,
    link: `/documents/${document.id}`,
    documentId: document.id,
    actorId: input.actorId,
    createdAt: input.at,
  };
  if (input.action === 'return') {
    await repositories.notifications.insert({
      ...common,
      kind: 'returned',
      title: `${describeDocument(document)}被退回`,
      message: `退回原因：${input.reason ?? '（未填写）'}`,
    });
  } else if (input.action === 'finance-approve') {
    await repositories.notifications.insert({
      ...common,
      kind: 'approved',
      title: `${describeDocument(document)}${reviewStateNames[input.toState]}`,
      message:
        input.toState === 'approved' ? '财政部门已批复，可在文档中查看批复表。' : '财政部门已复核通过。',
    });
  }
}

/** The notification of a 催报 (one unit, or each of many in one INSERT). */
export interface ReminderNotice {
  organisationId: string;
  /** What is asked for: a monitoring round's title, or "2025年度绩效目标表、绩效自评表". */
  subject: string;
  message: string;
  documentId: string | null;
  /** Where the notification leads when no document is named. */
  fallbackLink: string;
  /** One reminder per unit, subject and day (reminder-limit.ts). */
  dedupeKey: string;
  actorId: string;
  at: string;
}

export function toReminderNotification(input: ReminderNotice): NewNotification {
  return {
    organisationId: input.organisationId,
    kind: 'reminder',
    dedupeKey: input.dedupeKey,
    title: `催报：${input.subject}`,
    message: input.message,
    link: input.documentId ? `/documents/${input.documentId}` : input.fallbackLink,
    documentId: input.documentId,
    actorId: input.actorId,
    createdAt: input.at,
  };
}

/**
 * A 催报 tells the late unit what finance wrote; the link opens its first outstanding table.
 * False when the unit was already reminded of this under `dedupeKey` (reminder-limit.ts): nothing written.
 */
export async function notifyReminder(repositories: Repositories, input: ReminderNotice): Promise<boolean> {
  return repositories.notifications.insert(toReminderNotification(input));
}

/** A 催报 in the history of each outstanding document (who, when, what was said); the state stays. Two statements however many documents. */
export async function recordReminderInHistory(
  repositories: Repositories,
  input: { documentIds: readonly string[]; message: string; actorId: string; at: string },
): Promise<void> {
  const states = await repositories.documents.listStatesByIds(input.documentIds);
  await repositories.auditEntries.appendMany(
    input.documentIds.map((documentId) => ({
      documentId,
      actorId: input.actorId,
      at: input.at,
      action: 'remind' as const,
      fromState: states.get(documentId) ?? null,
      toState: states.get(documentId) ?? null,
      reason: `催报：${input.message}`,
    })),
  );
}

/** A 整改通知 issued to the unit, or one of its items returned (with the reason). */
export async function notifyRectification(
  repositories: Repositories,
  input: {
    organisationId: string;
    noticeId: string;
    noticeTitle: string;
    step: 'issued' | 'returned';
    detail: string;
    actorId: string;
    at: string;
  },
): Promise<void> {
  await repositories.notifications.insert({
    organisationId: input.organisationId,
    kind: input.step === 'issued' ? 'rectification-issued' : 'rectification-returned',
    title:
      input.step === 'issued' ? `收到整改通知：${input.noticeTitle}` : `整改事项被退回：${input.noticeTitle}`,
    message: input.detail,
    link: `/rectification/${input.noticeId}`,
    noticeId: input.noticeId,
    actorId: input.actorId,
    createdAt: input.at,
  });
}
