/** A document's history (/api/documents/:id/history): transitions and edits page by page, opinions, revisions. */
import { z } from 'zod';
import { documentSummarySchema, opinionSchema } from './documents.ts';

/** Entries per page unless asked otherwise: a document's whole trail once made a 71 MB answer (issue 9). */
export const defaultHistoryPageSize = 50;
export const maxHistoryPageSize = 200;

export const historyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(maxHistoryPageSize).optional().describe(`每页条数（默认 ${defaultHistoryPageSize}，最多 ${maxHistoryPageSize}）`),
  cursor: z.string().regex(/^\d{1,9}$/, '分页游标无效').optional().describe('上一页返回的 nextCursor'),
});

export const fieldChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });

export const historyEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  toStateName: z.string().nullable(),
  reason: z.string().nullable(),
  changes: z.array(fieldChangeSchema),
});

export const historySchema = z.object({
  entries: z.array(historyEntrySchema).describe('一页记录，页内旧的在前；第一页是最新的'),
  nextCursor: z.string().nullable().describe('更早记录的游标；null 表示没有更多'),
  opinions: z.array(opinionSchema),
  revisions: z.array(documentSummarySchema).describe('可见的各修订版本，新的在前'),
});

export type HistoryQuery = z.infer<typeof historyQuerySchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type DocumentHistory = z.infer<typeof historySchema>;
