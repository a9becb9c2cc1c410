import { createOrganisationBodySchema, organisationListSchema, organisationSchema, type Organisation as OrganisationResponse } from '../../contract/organisations.ts';
import type { Organisation } from '../db/organisations.repository.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { createOrganisation } from '../services/organisations/create-organisation.ts';
import { listOrganisations } from '../services/organisations/list-organisations.ts';
import type { ApiApp } from './api-app.ts';
import { authenticate, getActor, requireRole } from './auth.ts';
import { errorResponseSchema } from './errors.ts';

function toOrganisationResponse(organisation: Organisation): OrganisationResponse {
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
        response: { 201: organisationSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request, reply) => reply.code(201).send(toOrganisationResponse(await createOrganisation(deps, request.body))),
  );
}
