/**
 * The import review API (issue 8 item 9), declared once: the server's routes validate with these
 * schemas and the web client infers its types from them. Preview reads an uploaded file and saves
 * nothing; save reads it again with the person's corrections and stores a draft.
 */
import { z } from 'zod';
import { documentKindSchema, documentSchema, findingSchema } from '../core/model.ts';
import { columnRoles } from '../core/column-roles.ts';

export const columnRoleSchema = z.enum(columnRoles);

const cellSourceSchema = z.object({
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  sheet: z.string().optional(),
  address: z.string().optional(),
});

export const previewGridSchema = z.object({
  rows: z.array(
    z.object({
      index: z.number().int(),
      source: cellSourceSchema,
      cells: z.array(z.object({ column: z.number().int(), text: z.string(), rowSpan: z.number().int(), colSpan: z.number().int(), source: cellSourceSchema })),
    }),
  ),
  width: z.number().int(),
  isTruncated: z.boolean(),
});

export const columnMappingSchema = z
  .array(z.object({ column: z.number().int().min(0).max(63), role: columnRoleSchema.nullable() }))
  .max(64);

export const layoutScopeSchema = z.enum(['organisation', 'shared']);

export const importLayoutSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: layoutScopeSchema,
  organisationId: z.string(),
  headerSignature: z.string(),
  headerText: z.string(),
  columnRoles: columnMappingSchema,
  updatedAt: z.string(),
});
export type ImportLayoutView = z.infer<typeof importLayoutSchema>;

const fileSchema = {
  fileName: z.string().trim().min(1, '请提供文件名').max(255),
  contentBase64: z.string().regex(/^[A-Za-z0-9+/\s]*(?:={1,2}\s*)?$/, '文件内容须为 base64 编码'),
};

/** What the person changed on the screen; each part optional. */
export const importCorrectionsSchema = z.object({
  kind: documentKindSchema.optional(),
  year: z.number().int().min(1990).max(2100).nullable().optional(),
  project: z.string().trim().max(200).nullable().optional(),
  /** Column roles for the header band (replaces a saved layout's). */
  columnRoles: columnMappingSchema.optional(),
  /** Rows by source line: to another goal (index), or null: not an indicator. */
  rowMoves: z.array(z.object({ line: z.number().int().positive(), goalIndex: z.number().int().min(0).max(999).nullable() })).max(500).optional(),
  /** Which table of a file holding several to read (0-based, from the preview's tables). */
  table: z.number().int().min(0).max(199).optional(),
});
export type ImportCorrections = z.infer<typeof importCorrectionsSchema>;

export const importPreviewBodySchema = z.object({
  ...fileSchema,
  corrections: importCorrectionsSchema.optional(),
  /** Finance importing on behalf of a unit: the unit the document is for. */
  organisationId: z.string().max(100).optional(),
});
export type ImportPreviewBody = z.infer<typeof importPreviewBodySchema>;

export const fieldConfidenceSchema = z.object({
  field: z.enum(['kind', 'unit', 'year', 'project']),
  confidence: z.enum(['read', 'missing', 'corrected']),
});

/** The uploader-unit check: the unit the file names against the unit the draft will belong to. */
export const unitCheckSchema = z.object({
  fileUnit: z.string().nullable(),
  ownerOrganisationId: z.string().nullable(),
  ownerName: z.string().nullable(),
  isMismatch: z.boolean(),
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  document: documentSchema,
  grid: previewGridSchema.nullable(),
  header: z
    .object({
      firstRow: z.number().int(),
      lastRow: z.number().int(),
      headerSignature: z.string(),
      columns: z.array(z.object({ column: z.number().int(), text: z.string(), defaultRole: columnRoleSchema.nullable(), role: columnRoleSchema.nullable() })),
    })
    .nullable(),
  fields: z.array(fieldConfidenceSchema),
  findings: z.array(findingSchema),
  totals: z.object({ indicators: z.number().int(), weight: z.string().nullable(), score: z.string().nullable() }),
  /** The file's tables when it holds several one after another (one entry otherwise): where each opens, its kind; `table` the one read. */
  tables: z.array(z.object({ line: z.number().int(), kind: documentKindSchema.nullable() })),
  table: z.number().int(),
  /** The saved layout the read used (null: the vocabulary's reading, or the person's mapping). */
  layout: importLayoutSchema.nullable(),
  unitCheck: unitCheckSchema,
  /** Finance: the units it may import for (empty for a unit's own people). */
  units: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importSaveBodySchema = importPreviewBodySchema.extend({
  /** Save the mapping as a named layout (scope 'shared': finance only). */
  layout: z.object({ name: z.string().trim().min(1, '请填写版式名称').max(100), scope: layoutScopeSchema }).nullable().optional(),
  /**
   * Required when the file names another unit: 'save-as-owner' stores it as the owner's with the
   * file's unit noted; without it the save is refused (409 unit-mismatch).
   */
  unitMismatch: z.enum(['save-as-owner']).optional(),
});
export type ImportSaveBody = z.infer<typeof importSaveBodySchema>;

export const importSaveResultSchema = z.object({
  document: z.object({ id: z.string(), year: z.number().int(), kind: documentKindSchema, project: z.string().nullable(), organisationId: z.string(), organisationName: z.string() }),
  findings: z.array(findingSchema),
  layout: importLayoutSchema.nullable(),
});
export type ImportSaveResult = z.infer<typeof importSaveResultSchema>;

/** How many tables one save-tables request may save: every table a file may be read for (corrections.table's range). */
export const maxSavedTables = 200;

/**
 * Every chosen table of a file holding several saved in one request (the file uploaded once): each table read as the
 * reader reads it (saved named layouts included) with its own corrections (the screen's for the table on the screen)
 * and stored as its own draft, all or nothing per table. `confirmedFileUnit`: the unit the file names that the person
 * confirmed as the owner's; a table naming it is saved as the owner's with that noted, a table naming another unit
 * is refused (unit-mismatch) as the single save refuses it.
 */
export const importSaveTablesBodySchema = importPreviewBodySchema.omit({ corrections: true }).extend({
  tables: z
    .array(z.object({ table: z.number().int().min(0).max(maxSavedTables - 1), corrections: importCorrectionsSchema.omit({ table: true }).optional() }))
    .min(1, '请选择要导入的表')
    .max(maxSavedTables)
    .refine((tables) => new Set(tables.map((entry) => entry.table)).size === tables.length, '同一张表只能导入一次'),
  confirmedFileUnit: z.string().trim().min(1).max(200).optional(),
});
export type ImportSaveTablesBody = z.infer<typeof importSaveTablesBodySchema>;

/** One table's outcome: its draft, or why it was not saved (the refusal the single save would answer with). */
export const importTableOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ table: z.number().int(), status: z.literal('saved'), document: importSaveResultSchema.shape.document, findings: z.array(findingSchema) }),
  z.object({
    table: z.number().int(),
    status: z.literal('refused'),
    code: z.string().describe('稳定的错误代码（与单张导入相同，如 document-exists、unit-mismatch、year-required）'),
    message: z.string(),
    /** unit-mismatch: the unit the table names. */
    fileUnit: z.string().nullable(),
  }),
]);
export type ImportTableOutcome = z.infer<typeof importTableOutcomeSchema>;

export const importSaveTablesResultSchema = z.object({
  /** In the order the tables were asked for. */
  outcomes: z.array(importTableOutcomeSchema),
});
export type ImportSaveTablesResult = z.infer<typeof importSaveTablesResultSchema>;
