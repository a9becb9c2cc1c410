import { z } from 'zod';
import type { Organisation } from '../db/organisations.repository.ts';
import { organisationKinds } from '../db/schema.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createOrganisation } from '../services/organisations/create-organisation.ts';
import { listOrganisations } from '../services/organisations/list-organisations.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

export const organisationSchema = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    kind: z.enum(organisationKinds).describe('finance-bureau 财政部门 / supervisor 主管部门 / unit 预算单位'),
    name: z.string(),
    path: z.array(z.string()).describe('自最上级至本单位的 id'),
  })
  .describe('单位');

function toOrganisationResponse(organisation: Organisation) {
  return { id: organisation.id, parentId: organisation.parentId, kind: organisation.kind, name: organisation.name, path: organisation.path };
}

export function registerOrganisationRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/organisations',
    {
      onRequest: authenticate,
      schema: {
        tags: ['单位'],
        summary: '本人可见的单位（本单位及下级）',
        response: { 200: z.object({ items: z.array(organisationSchema) }), 401: errorResponseSchema },
      },
    },
    async (request) => ({ items: (await listOrganisations(deps, { actor: getActor(request) })).map(toOrganisationResponse) }),
  );

  app.post(
    '/api/organisations',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['单位'],
        summary: '新建单位（管理员）',
        body: z.object({
          parentId: z.string().min(1).nullable(),
          kind: z.enum(organisationKinds),
          name: z.string().trim().min(1, '请填写单位名称').max(100),
        }),
        response: { 201: organisationSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => reply.code(201).send(toOrganisationResponse(await createOrganisation(deps, request.body))),
  );
}
