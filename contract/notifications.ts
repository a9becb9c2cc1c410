/**
 * HTTP contract of 消息通知 (issue 10): the caller's organisation's notifications with their read
 * state for the caller, the unread count, marking one or all read.
 * zod + core types only; the server routes and the web client both import it.
 */
import { z } from 'zod';

/** What happened: a document 退回 / 批复 (or 复核), a 催报, a deadline near, a 整改 notice issued or an item returned. */
export const notificationKinds = ['returned', 'approved', 'reminder', 'deadline-near', 'rectification-issued', 'rectification-returned'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKindNames: Record<NotificationKind, string> = {
  returned: '退回',
  approved: '批复',
  reminder: '催报',
  'deadline-near': '截止提醒',
  'rectification-issued': '整改通知',
  'rectification-returned': '整改退回',
};

export const notificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(notificationKinds),
  kindName: z.string(),
  title: z.string(),
  message: z.string().describe('退回原因、催报内容等'),
  link: z.string().describe('网页内路径：/documents/:id 或 /rectification/:id'),
  createdAt: z.string(),
  isRead: z.boolean().describe('当前用户是否已读'),
});
export type Notification = z.infer<typeof notificationSchema>;

/** Default and largest page of the list (the bell's dropdown asks for a few, the page for more). */
export const notificationListLimits = { default: 50, max: 200 } as const;

export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(notificationListLimits.max).optional(),
  isUnreadOnly: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type NotificationListQuery = z.input<typeof notificationListQuerySchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unreadCount: z.number().int().describe('本用户未读的通知数（不受 limit 影响）'),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationIdParamsSchema = z.object({ id: z.coerce.number().int().min(1) });

export const markReadResponseSchema = z.object({ unreadCount: z.number().int() });
export type MarkReadResponse = z.infer<typeof markReadResponseSchema>;
