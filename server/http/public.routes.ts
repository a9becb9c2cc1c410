/** Public read-only routes: published documents, no login (issue 3 "Public read-only endpoints"). */
import { documentIdParamsSchema, documentPageSchema, publicDocumentListQuerySchema, publicDocumentSchema } from '../../contract/documents.ts';
import type { ServiceDeps } from '../services/deps.ts';
import { getPublicDocument, listPublicDocuments } from '../services/documents/list-public-documents.ts';
import type { ApiApp } from './api-app.ts';
import { errorResponseSchema } from './errors.ts';

const tags = ['公开'];

export function registerPublicRoutes(app: ApiApp, deps: ServiceDeps): void {
  app.get(
    '/api/public/documents',
    {
      schema: {
        tags,
        summary: '已公开的文档（无需登录）',
        querystring: publicDocumentListQuerySchema,
        response: { 200: documentPageSchema, 400: errorResponseSchema },
      },
    },
    async (request) => listPublicDocuments(deps, { filter: request.query }),
  );

  app.get(
    '/api/public/documents/:id',
    {
      schema: {
        tags,
        summary: '读取已公开的文档（无需登录）',
        params: documentIdParamsSchema,
        response: { 200: publicDocumentSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => getPublicDocument(deps, { id: request.params.id }),
  );
}
