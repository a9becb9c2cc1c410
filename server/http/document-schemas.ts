/** zod schemas of the document API (input and output), shared by the document and public routers. */
import { z } from 'zod';
import { findIndicatorLimitBreach, findLimitBreach, type LimitBreach } from '../../core/document-limits.ts';
import { documentKinds, documentSchema, findingSchema, indicatorSchema } from '../../core/model.ts';
import { documentActions, reviewConclusionSchema, reviewStates, transitionActions } from '../../core/review/index.ts';
import { maxPageSize } from '../services/documents/list-documents.ts';
import { defaultHistoryPageSize, maxHistoryPageSize } from '../services/documents/get-history.ts';

export const documentIdParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const documentSummarySchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    organisationName: z.string(),
    year: z.number().int(),
    kind: z.enum(documentKinds),
    kindName: z.string(),
    project: z.string().nullable(),
    revision: z.number().int(),
    state: z.enum(reviewStates),
    stateName: z.string().describe('状态中文名'),
    version: z.number().int().describe('乐观锁版本号：保存时带回'),
    score: z.string().nullable().describe('自评得分（按规则）'),
    grade: z.string().nullable(),
    updatedAt: z.string(),
  })
  .describe('文档摘要');

export const opinionSchema = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  path: z.string().nullable().describe('指标路径，如 goals.0.indicators.3；null 为整体意见'),
  text: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
});

export const documentDetailSchema = documentSummarySchema
  .extend({
    createdAt: z.string(),
    body: documentSchema,
    allowedActions: z.array(z.enum(documentActions)).describe('当前用户现在可执行的操作'),
    opinions: z.array(opinionSchema),
  })
  .describe('文档');

export const documentViewSchema = documentSummarySchema.extend({
  createdAt: z.string(),
  body: documentSchema,
  allowedActions: z.array(z.enum(documentActions)),
});

export const publicDocumentSchema = documentSummarySchema.extend({ createdAt: z.string(), body: documentSchema }).describe('公开文档');

export const documentPageSchema = z.object({
  items: z.array(documentSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const documentListQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  organisationId: z.string().min(1).max(100).optional(),
  kind: z.enum(documentKinds).optional(),
  state: z.enum(reviewStates).optional(),
  project: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).optional(),
});

export const uploadBodySchema = z.object({
  text: z.string().describe('文本导出的文档内容'),
  fileName: z.string().max(255).nullable().optional(),
  year: z.number().int().min(1990).max(2100).nullable().optional().describe('文档中没有年度时指定'),
});

export const importBodySchema = z.object({
  fileName: z.string().trim().min(1, '请提供文件名').max(255),
  contentBase64: z.string().regex(/^[A-Za-z0-9+/\s]*(?:={1,2}\s*)?$/, '文件内容须为 base64 编码'),
  year: z.number().int().min(1990).max(2100).nullable().optional(),
});

/** A breach of core/document-limits.ts as a zod issue at its path, so the 400 names the field. */
function addBreach(breach: LimitBreach | null, context: z.RefinementCtx): void {
  if (breach) context.addIssue({ code: 'custom', message: breach.message, path: breach.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) });
}

/** The document as clients send it: the model within the size limits. */
export const boundedDocumentSchema = documentSchema.superRefine((document, context) => addBreach(findLimitBreach(document), context));

export const saveBodySchema = z.object({
  expectedVersion: z.number().int().min(1).describe('读取时的版本号'),
  body: boundedDocumentSchema,
});

export const saveIndicatorBodySchema = z.object({
  expectedVersion: z.number().int().min(1).describe('读取时的版本号'),
  path: z.string().max(40).describe('指标路径，如 goals.0.indicators.3'),
  indicator: indicatorSchema.superRefine((indicator, context) => addBreach(findIndicatorLimitBreach(indicator), context)),
});

export const savedIndicatorSchema = documentSummarySchema
  .extend({
    path: z.string(),
    indicator: indicatorSchema.describe('按规则重新评分后的指标'),
    totals: documentSchema.shape.totals,
    findings: documentSchema.shape.findings,
  })
  .describe('保存单个指标的结果');

export const transitionBodySchema = z.object({
  action: z.enum(transitionActions).describe('submit 提交 / withdraw 撤回（审核开始前） / supervisor-approve 主管部门审核通过 / finance-approve 财政审核通过 / return 退回 / publish 公开 / revise 调整'),
  expectedVersion: z.number().int().min(1).nullable().optional(),
  reason: z.string().max(5000).nullable().optional().describe('退回理由 / 调整原因（退回、调整时必填）'),
  conclusion: reviewConclusionSchema.nullable().optional(),
});

export const transitionResponseSchema = z.object({
  document: documentViewSchema,
  revision: documentViewSchema.optional().describe('调整时新建的修订版本'),
  approvalTable: documentViewSchema.optional().describe('批复时生成的批复表'),
});

export const historyQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(maxHistoryPageSize).optional().describe(`每页条数（默认 ${defaultHistoryPageSize}，最多 ${maxHistoryPageSize}）`),
  cursor: z.string().regex(/^\d{1,9}$/, '分页游标无效').optional().describe('上一页返回的 nextCursor'),
});

export const historySchema = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      actorName: z.string().nullable(),
      fromState: z.string().nullable(),
      toState: z.string().nullable(),
      toStateName: z.string().nullable(),
      reason: z.string().nullable(),
      changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
  nextCursor: z.string().nullable().describe('更早记录的游标；null 表示没有更多'),
  opinions: z.array(opinionSchema),
  revisions: z.array(documentSummarySchema),
});

export const scorePreviewSchema = z.object({
  totals: documentSchema.shape.totals,
  budget: documentSchema.shape.budget,
  indicators: z.array(z.object({ path: z.string(), name: z.string(), score: z.string().nullable(), suggestedScore: z.string().nullable() })),
  findings: z.array(findingSchema),
});
