/** The finance bureau's summary (/api/reports/summary and its .xlsx): one row per unit and document. */
import { z } from 'zod';
import { documentKinds, grades } from '../core/model.ts';
import { reviewStates } from '../core/review/index.ts';

export const summaryQuerySchema = z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() });

export const summaryRowSchema = z.object({
  documentId: z.string(),
  organisationId: z.string(),
  unit: z.string(),
  supervisor: z.string().nullable().describe('单位上级的主管部门'),
  year: z.number(),
  kind: z.enum(documentKinds),
  kindName: z.string(),
  project: z.string().nullable(),
  revision: z.number(),
  state: z.enum(reviewStates),
  stateName: z.string(),
  executionRate: z.string().nullable().describe('执行率（%），十进制字符串'),
  score: z.string().nullable(),
  grade: z.enum(grades).nullable(),
  findings: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  updatedAt: z.string(),
});

export const summaryUnitSchema = z.object({ id: z.string(), name: z.string(), supervisor: z.string().nullable() });

export const summarySchema = z.object({ rows: z.array(summaryRowSchema), units: z.array(summaryUnitSchema) });

export type SummaryQuery = z.infer<typeof summaryQuerySchema>;
export type SummaryRow = z.infer<typeof summaryRowSchema>;
export type SummaryUnit = z.infer<typeof summaryUnitSchema>;
export type Summary = z.infer<typeof summarySchema>;
