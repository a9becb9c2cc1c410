/**
 * HTTP contract of 整改 (rectification, issue 11): notices with items, the unit's answers,
 * finance's acceptance or return, and the ledger.
 */
import { z } from 'zod';
import { maxRectificationTextLength, moneyActionSchema, moneyActions, moneyAmountMessage, moneyAmountPattern, rectificationItemStates, rectificationNoticeStates } from '../core/rectification/index.ts';

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const idText = z.string().min(1).max(100);
const text = z.string().trim().min(1, '不能为空').max(maxRectificationTextLength, `不能超过 ${maxRectificationTextLength} 个字`);

/** Largest attachment kept with an answer (bytes of the file, before base64). */
export const maxAttachmentBytes = 1024 * 1024;

export const noticeIdParamsSchema = z.object({ id: idText });
export const itemParamsSchema = z.object({ id: idText, itemId: idText });

export const newItemSchema = z
  .object({
    documentId: idText.nullable().optional(),
    indicatorPath: z.string().regex(/^goals\.\d{1,4}\.indicators\.\d{1,4}$/, '指标位置格式不正确').nullable().optional(),
    findingCode: z.string().regex(/^[a-z0-9-]{1,60}$/, '问题代码格式不正确').nullable().optional(),
    requirement: text,
    moneyAction: moneyActionSchema.nullable().optional(),
    moneyAmount: z.string().regex(moneyAmountPattern, moneyAmountMessage).max(20).nullable().optional(),
  })
  .refine((item) => (item.moneyAction == null) === (item.moneyAmount == null || item.moneyAmount === ''), '资金处理方式与金额须同时填写');

export const issueNoticeRequestSchema = z.object({
  organisationId: idText,
  year: z.number().int().min(1990).max(2100),
  roundId: idText.nullable().optional(),
  title: z.string().trim().min(1, '请填写通知标题').max(200),
  deadline: dateText,
  items: z.array(newItemSchema).min(1, '整改通知至少包含一项整改事项').max(200),
});
export type IssueNoticeRequest = z.infer<typeof issueNoticeRequestSchema>;

export const itemSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  documentId: z.string().nullable(),
  indicatorPath: z.string().nullable(),
  indicatorName: z.string().nullable(),
  findingCode: z.string().nullable(),
  requirement: z.string(),
  moneyAction: moneyActionSchema.nullable(),
  moneyActionName: z.string().nullable(),
  moneyAmount: z.string().nullable(),
  state: z.enum(rectificationItemStates),
  stateName: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  attachmentName: z.string().nullable(),
  reviewReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type RectificationItem = z.infer<typeof itemSchema>;

export const noticeSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  year: z.number().int(),
  roundId: z.string().nullable(),
  title: z.string(),
  deadline: z.string(),
  state: z.enum(rectificationNoticeStates),
  stateName: z.string(),
  issuedAt: z.string(),
  closedAt: z.string().nullable(),
  items: z.number().int(),
  itemsAccepted: z.number().int(),
  itemsToAnswer: z.number().int().describe('待单位反馈的事项（待整改、被退回）'),
  itemsToReview: z.number().int().describe('已反馈、待财政验收的事项'),
  daysOverdue: z.number().int(),
});
export type NoticeSummary = z.infer<typeof noticeSummarySchema>;

export const eventSchema = z.object({ itemId: z.string().nullable(), action: z.string(), actionName: z.string(), actorName: z.string().nullable(), at: z.string(), reason: z.string().nullable() });

export const noticeDetailSchema = noticeSummarySchema.extend({
  itemList: z.array(itemSchema),
  events: z.array(eventSchema),
  canAnswer: z.boolean().describe('当前用户可反馈整改情况'),
  canReview: z.boolean().describe('当前用户可验收或退回'),
});
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

export const noticeListQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });
export const noticeListSchema = z.object({ items: z.array(noticeSummarySchema) });

export const answerRequestSchema = z.object({
  answer: text,
  attachment: z
    .object({
      fileName: z.string().trim().min(1).max(200),
      contentType: z.string().max(100).optional(),
      /** base64 of the file. */
      content: z.string().max(Math.ceil((maxAttachmentBytes * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, '附件内容格式不正确'),
    })
    .nullable()
    .optional(),
});
export type AnswerRequest = z.infer<typeof answerRequestSchema>;

export const reviewRequestSchema = z.object({
  decision: z.enum(['accept', 'return']),
  reason: z.string().trim().max(2000).nullable().optional(),
});

export const ledgerQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });
export const ledgerSchema = z.object({
  notices: z.number().int(),
  noticesClosed: z.number().int(),
  items: z.number().int(),
  itemsClosed: z.number().int(),
  itemsOverdue: z.number().int(),
  money: z.object(Object.fromEntries(moneyActions.map((action) => [action, z.string()])) as Record<(typeof moneyActions)[number], z.ZodString>),
  moneyTotal: z.string(),
});
export type Ledger = z.infer<typeof ledgerSchema>;
