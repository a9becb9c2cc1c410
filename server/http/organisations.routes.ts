import {
  createOrganisationBodySchema,
  moveOrganisationBodySchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationSchema,
  renameOrganisationBodySchema,
  type Organisation as OrganisationResponse,
} from '../../contract/organisations.ts';
import { deploymentSchema } from '../../contract/deployment.ts';
import type { Organisation } from '../db/organisations.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createOrganisation } from '../services/organisations/create-organisation.ts';
import { describeDeployment } from '../services/organisations/describe-deployment.ts';
import { listOrganisations } from '../services/organisations/list-organisations.ts';
import { moveOrganisation } from '../services/organisations/move-organisation.ts';
import { renameOrganisation } from '../services/organisations/rename-organisation.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

function toOrganisationResponse(organisation: Organisation): OrganisationResponse {
  return { id: organisation.id, parentId: organisation.parentId, kind: organisation.kind, name: organisation.name, path: organisation.path, createdAt: organisation.createdAt };
}

const adminErrors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

export function registerOrganisationRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/organisations',
    {
      onRequest: authenticate,
      schema: {
        tags: ['单位'],
        summary: '本人可见的单位（本单位及下级）',
        response: { 200: organisationListSchema, 401: errorResponseSchema },
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
        body: createOrganisationBodySchema,
        response: { 201: organisationSchema, ...adminErrors },
      },
    },
    async (request, reply) => reply.code(201).send(toOrganisationResponse(await createOrganisation(deps, { actor: getActor(request), ...request.body }))),
  );

  app.put(
    '/api/organisations/:id/name',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['单位'],
        summary: '单位改名（管理员）',
        params: organisationParamsSchema,
        body: renameOrganisationBodySchema,
        response: { 200: organisationSchema, ...adminErrors },
      },
    },
    async (request) => toOrganisationResponse(await renameOrganisation(deps, { actor: getActor(request), id: request.params.id, name: request.body.name })),
  );

  app.put(
    '/api/organisations/:id/parent',
    {
      onRequest: requireRole('admin'),
      schema: {
        tags: ['单位'],
        summary: '把单位连同下级移到另一上级之下（管理员；不能移到自己的下级之下）',
        params: organisationParamsSchema,
        body: moveOrganisationBodySchema,
        response: { 200: organisationSchema, ...adminErrors, 409: errorResponseSchema },
      },
    },
    async (request) => toOrganisationResponse(await moveOrganisation(deps, { actor: getActor(request), id: request.params.id, parentId: request.body.parentId })),
  );

  app.get(
    '/api/public/deployment',
    { schema: { tags: ['系统'], summary: '登录页显示的产品名称与本部署的财政部门（无需登录）', response: { 200: deploymentSchema } } },
    async () => describeDeployment(deps),
  );
}
