/**
 * The document API (/api/documents, /api/public/documents): summaries, the document with what the
 * actor may do, lists, creating and uploading. Saving, workflow and history: document-edits.ts,
 * document-workflow.ts, document-history.ts.
 */
import { z } from 'zod';
import { documentKinds, documentSchema, findingSchema, grades } from '../core/model.ts';
import { documentActions, reviewStates } from '../core/review/index.ts';

/** Totals count at most this many documents (a province's list would otherwise be counted in full per page). */
export const maxDocumentCount = 10_000;

/** Documents per page at most: a bounded answer whatever the client asks. */
export const maxDocumentPageSize = 100;
export const yearSchema = z.number().int().min(1990).max(2100);

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
    grade: z.enum(grades).nullable(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable().optional().describe('最近一次提交时间（列表中给出）'),
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

export const documentViewSchema = documentSummarySchema.extend({
  createdAt: z.string(),
  body: documentSchema,
  allowedActions: z.array(z.enum(documentActions)).describe('当前用户现在可执行的操作'),
});

export const documentDetailSchema = documentViewSchema
  .extend({
    opinions: z.array(opinionSchema),
    /** The pack the server scores this document by now (its year's, or its region's): the browser's live score uses it (issue 12). */
    rulePack: z.string().describe('本文档现按其评分的规则包名称（年度或所在地区的规则包）'),
  })
  .describe('文档');

export const publicDocumentSchema = documentSummarySchema.extend({ createdAt: z.string(), body: documentSchema }).describe('公开文档');

export const documentPageSchema = z.object({
  items: z.array(documentSummarySchema),
  total: z.number().int().describe('匹配的文档数；超过 maxDocumentCount 时为 maxDocumentCount（见 isTotalCapped）'),
  page: z.number().int(),
  pageSize: z.number().int(),
  isTotalCapped: z.boolean().optional().describe('为 true 时 total 只是下限（匹配的文档多于 maxDocumentCount）'),
  nextCursor: z.string().nullable().optional().describe('下一页：作为 after 传回；null 表示没有下一页'),
});

export const documentListQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  organisationId: z.string().min(1).max(100).optional(),
  kind: z.enum(documentKinds).optional(),
  state: z.enum(reviewStates).optional(),
  project: z.string().max(200).optional(),
  search: z.string().trim().max(100).optional().describe('在单位名称、项目名称和文档种类中查找'),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(maxDocumentPageSize).optional(),
  after: z.string().min(1).max(300).optional().describe('上一页的 nextCursor：从它之后接着列（深页不必跳过前面的行）；给出时忽略 page'),
});

export const publicDocumentListQuerySchema = documentListQuerySchema.omit({ state: true });

export const uploadBodySchema = z.object({
  text: z.string().describe('文本导出的文档内容'),
  fileName: z.string().max(255).nullable().optional(),
  year: yearSchema.nullable().optional().describe('文档中没有年度时指定'),
  /** When the file names another unit: 'save-as-owner' stores it as the uploader's unit's, noting the file's unit; without it 409 unit-mismatch. */
  unitMismatch: z.enum(['save-as-owner']).optional(),
});

export const importBodySchema = z.object({
  fileName: z.string().trim().min(1, '请提供文件名').max(255),
  contentBase64: z.string().regex(/^[A-Za-z0-9+/\s]*(?:={1,2}\s*)?$/, '文件内容须为 base64 编码'),
  year: yearSchema.nullable().optional(),
  unitMismatch: z.enum(['save-as-owner']).optional(),
});

/** Upload and import answer with the new draft and what the reader and the checks found. */
export const uploadResponseSchema = z.object({ document: documentViewSchema, findings: z.array(findingSchema) });

export const createFromYearBodySchema = z.object({ year: yearSchema, project: z.string().max(200).nullable().optional() });

export const targetTableSources = ['blank', 'last-year'] as const;
export const createTargetTableBodySchema = z.object({ year: yearSchema, from: z.enum(targetTableSources) });

export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type Opinion = z.infer<typeof opinionSchema>;
export type DocumentView = z.infer<typeof documentViewSchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
export type PublicDocument = z.infer<typeof publicDocumentSchema>;
export type DocumentPage = z.infer<typeof documentPageSchema>;
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;
export type UploadBody = z.infer<typeof uploadBodySchema>;
export type UploadResponse = z.infer<typeof uploadResponseSchema>;
export type CreateFromYearBody = z.infer<typeof createFromYearBodySchema>;
export type TargetTableSource = (typeof targetTableSources)[number];
export type CreateTargetTableBody = z.infer<typeof createTargetTableBodySchema>;
