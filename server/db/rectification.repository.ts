/** 整改 notices, their items and the event trail of every step. */
import type { Kysely, Selectable } from 'kysely';
import type { MoneyAction, RectificationItemState, RectificationNoticeState } from '../../core/rectification/index.ts';
import type { RectificationItemsTable } from './monitoring-schema.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database } from './schema.ts';

export interface RectificationNotice {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationPath: string[];
  year: number;
  roundId: string | null;
  title: string;
  deadline: string;
  state: RectificationNoticeState;
  issuedBy: string;
  issuedAt: string;
  closedAt: string | null;
}

export interface StoredRectificationItem {
  id: string;
  noticeId: string;
  position: number;
  documentId: string | null;
  indicatorPath: string | null;
  findingCode: string | null;
  requirement: string;
  moneyAction: MoneyAction | null;
  moneyAmount: string | null;
  state: RectificationItemState;
  answer: string | null;
  answeredAt: string | null;
  attachmentName: string | null;
  reviewReason: string | null;
  reviewedAt: string | null;
}

export type NewRectificationItem = Omit<StoredRectificationItem, 'answer' | 'answeredAt' | 'attachmentName' | 'reviewReason' | 'reviewedAt'>;

function toItem(row: Omit<Selectable<RectificationItemsTable>, 'attachment_content'>): StoredRectificationItem {
  return {
    id: row.id,
    noticeId: row.notice_id,
    position: row.position,
    documentId: row.document_id,
    indicatorPath: row.indicator_path,
    findingCode: row.finding_code,
    requirement: row.requirement,
    moneyAction: row.money_action as MoneyAction | null,
    moneyAmount: row.money_amount,
    state: row.state as RectificationItemState,
    answer: row.answer,
    answeredAt: row.answered_at,
    attachmentName: row.attachment_name,
    reviewReason: row.review_reason,
    reviewedAt: row.reviewed_at,
  };
}

/** Every item column but the attachment's bytes. */
const itemColumns = [
  'id', 'notice_id', 'position', 'document_id', 'indicator_path', 'finding_code', 'requirement', 'money_action', 'money_amount', 'state',
  'answer', 'answered_by', 'answered_at', 'attachment_name', 'attachment_type', 'review_reason', 'reviewed_by', 'reviewed_at',
] as const;

export function createRectificationRepository(db: Kysely<Database>) {
  function selectNotices() {
    return db
      .selectFrom('rectification_notices as notices')
      .innerJoin('organisations', 'organisations.id', 'notices.organisation_id')
      .selectAll('notices')
      .select(['organisations.name as organisation_name', 'organisations.path as organisation_path']);
  }
  type NoticeRow = Awaited<ReturnType<ReturnType<typeof selectNotices>['executeTakeFirstOrThrow']>>;
  function toNotice(row: NoticeRow): RectificationNotice {
    return {
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationPath: row.organisation_path.split('/').filter(Boolean),
      year: row.year,
      roundId: row.round_id,
      title: row.title,
      deadline: row.deadline,
      state: row.state as RectificationNoticeState,
      issuedBy: row.issued_by,
      issuedAt: row.issued_at,
      closedAt: row.closed_at,
    };
  }

  return {
    async insertNotice(notice: Omit<RectificationNotice, 'organisationName' | 'organisationPath' | 'closedAt'>, items: readonly NewRectificationItem[]): Promise<void> {
      await db
        .insertInto('rectification_notices')
        .values({
          id: notice.id,
          organisation_id: notice.organisationId,
          year: notice.year,
          round_id: notice.roundId,
          title: notice.title,
          deadline: notice.deadline,
          state: notice.state,
          issued_by: notice.issuedBy,
          issued_at: notice.issuedAt,
          closed_at: null,
        })
        .execute();
      await db
        .insertInto('rectification_items')
        .values(
          items.map((item) => ({
            id: item.id,
            notice_id: item.noticeId,
            position: item.position,
            document_id: item.documentId,
            indicator_path: item.indicatorPath,
            finding_code: item.findingCode,
            requirement: item.requirement,
            money_action: item.moneyAction,
            money_amount: item.moneyAmount,
            state: item.state,
          })),
        )
        .execute();
    },

    async getNotice(id: string): Promise<RectificationNotice | null> {
      const row = await selectNotices().where('notices.id', '=', id).executeTakeFirst();
      return row ? toNotice(row) : null;
    },

    /** Notices of a year (or all), newest first; only under `withinPath` or of `organisationId` when given. */
    async listNotices(filter: { year?: number; withinPath?: string[]; organisationId?: string }): Promise<RectificationNotice[]> {
      let query = selectNotices();
      if (filter.year !== undefined) query = query.where('notices.year', '=', filter.year);
      if (filter.withinPath) query = query.where('organisations.path', 'like', `${formatOrganisationPath(filter.withinPath)}%`);
      if (filter.organisationId) query = query.where('notices.organisation_id', '=', filter.organisationId);
      const rows = await query.orderBy('notices.issued_at', 'desc').orderBy('notices.id').execute();
      return rows.map(toNotice);
    },

    async listItems(noticeIds: readonly string[]): Promise<StoredRectificationItem[]> {
      if (noticeIds.length === 0) return [];
      const items: StoredRectificationItem[] = [];
      for (let start = 0; start < noticeIds.length; start += 500) {
        const rows = await db
          .selectFrom('rectification_items')
          .select(itemColumns)
          .where('notice_id', 'in', noticeIds.slice(start, start + 500))
          .orderBy('notice_id')
          .orderBy('position')
          .execute();
        items.push(...rows.map(toItem));
      }
      return items;
    },

    async getAttachment(itemId: string): Promise<{ name: string; type: string | null; content: string } | null> {
      const row = await db.selectFrom('rectification_items').select(['attachment_name', 'attachment_type', 'attachment_content']).where('id', '=', itemId).executeTakeFirst();
      if (!row?.attachment_name || row.attachment_content == null) return null;
      return { name: row.attachment_name, type: row.attachment_type, content: row.attachment_content };
    },

    /** Moves an item only from `expectedState`, so two reviewers cannot both act on one answer; false when it had moved. */
    async updateItem(input: {
      id: string;
      expectedState: RectificationItemState;
      state: RectificationItemState;
      answer?: { text: string; by: string; at: string; attachment: { name: string; type: string | null; content: string } | null };
      review?: { reason: string | null; by: string; at: string };
    }): Promise<boolean> {
      const result = await db
        .updateTable('rectification_items')
        .set({
          state: input.state,
          ...(input.answer
            ? {
                answer: input.answer.text,
                answered_by: input.answer.by,
                answered_at: input.answer.at,
                ...(input.answer.attachment
                  ? { attachment_name: input.answer.attachment.name, attachment_type: input.answer.attachment.type, attachment_content: input.answer.attachment.content }
                  : {}),
              }
            : {}),
          ...(input.review ? { review_reason: input.review.reason, reviewed_by: input.review.by, reviewed_at: input.review.at } : {}),
        })
        .where('id', '=', input.id)
        .where('state', '=', input.expectedState)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async closeNotice(input: { id: string; at: string }): Promise<void> {
      await db.updateTable('rectification_notices').set({ state: 'closed', closed_at: input.at }).where('id', '=', input.id).execute();
    },

    async appendEvent(event: { noticeId: string; itemId: string | null; actorId: string; at: string; action: string; reason: string | null }): Promise<void> {
      await db
        .insertInto('rectification_events')
        .values({ notice_id: event.noticeId, item_id: event.itemId, actor_id: event.actorId, at: event.at, action: event.action, reason: event.reason })
        .execute();
    },

    async listEvents(noticeId: string) {
      const rows = await db
        .selectFrom('rectification_events as events')
        .leftJoin('users', 'users.id', 'events.actor_id')
        .select(['events.id', 'events.item_id', 'events.action', 'events.at', 'events.reason', 'users.display_name as actor_name'])
        .where('events.notice_id', '=', noticeId)
        .orderBy('events.id')
        .execute();
      return rows.map((row) => ({ itemId: row.item_id, action: row.action, at: row.at, reason: row.reason, actorName: row.actor_name ?? null }));
    },
  };
}

export type RectificationRepository = ReturnType<typeof createRectificationRepository>;
