/** The organisation tree (/api/organisations): 财政部门 → 主管部门 → 预算单位. */
import { z } from 'zod';
import { organisationKinds } from '../core/organisation-kinds.ts';

export const organisationSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(organisationKinds).describe('finance-bureau 财政部门 / supervisor 主管部门 / unit 预算单位'),
    name: z.string(),
    path: z.array(z.string()).describe('自最上级至本单位的 id'),
    createdAt: z.string().describe('建立时间：此前已过的截止日期不算本单位逾期'),
  })
  .describe('单位');

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

export const createOrganisationBodySchema = z.object({
  parentId: z.string().min(1).nullable(),
  kind: z.enum(organisationKinds),
  name: z.string().trim().min(1, '请填写单位名称').max(100),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type CreateOrganisationBody = z.infer<typeof createOrganisationBodySchema>;

/** Admin screens (issue 10): rename a unit, move it under another parent. */
export const organisationParamsSchema = z.object({ id: z.string().min(1) });
export const renameOrganisationBodySchema = z.object({ name: z.string().trim().min(1, '请填写单位名称').max(100, '单位名称不超过 100 个字') });
export const moveOrganisationBodySchema = z.object({ parentId: z.string().min(1).nullable().describe('新的上级单位；null 为最上级') });

export type RenameOrganisationBody = z.infer<typeof renameOrganisationBodySchema>;
export type MoveOrganisationBody = z.infer<typeof moveOrganisationBodySchema>;
