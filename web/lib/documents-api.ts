/** Typed calls of the document API (server/http/documents.routes.ts, public.routes.ts); shapes from contract/. */
import { historySchema, type DocumentHistory } from '../../contract/document-history.ts';
import { addedOpinionSchema, transitionResponseSchema, type AddedOpinion, type TransitionBody, type TransitionResponse } from '../../contract/document-workflow.ts';
import {
  documentDetailSchema,
  documentPageSchema,
  documentViewSchema,
  uploadResponseSchema,
  type CreateTargetTableBody,
  type DocumentDetail,
  type DocumentListQuery,
  type DocumentPage,
  type DocumentView,
  type UploadBody,
  type UploadResponse,
} from '../../contract/documents.ts';
import type { CreateProjectTargetTableBody } from '../../contract/project-target-tables.ts';
import type { PerformanceDocument } from '../../core/model.ts';
import type { ReviewOpinion } from '../../core/review/index.ts';
import { callApi } from './api-client.ts';

/** The list filters the web app sends: the query of GET /api/documents. */
export type DocumentFilter = DocumentListQuery;

function toQuery(filter: DocumentFilter): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

const documentUrl = (id: string, rest = '') => `/api/documents/${encodeURIComponent(id)}${rest}`;

export function listDocuments(filter: DocumentFilter = {}): Promise<DocumentPage> {
  return callApi({ method: 'GET', url: `/api/documents${toQuery({ pageSize: 100, ...filter })}`, response: documentPageSchema });
}

/** Every page of a filtered list (an export wants the whole list, not the first 100). */
export async function listAllDocuments(filter: Omit<DocumentFilter, 'page' | 'pageSize'> = {}): Promise<DocumentPage['items']> {
  const items: DocumentPage['items'] = [];
  // Keyset paging: each page starts after the last one's final row, never skipping rows again.
  for (let after: string | undefined; ; ) {
    const answer = await listDocuments({ ...filter, pageSize: 100, ...(after ? { after } : {}) });
    items.push(...answer.items);
    if (answer.items.length === 0 || !answer.nextCursor) return items;
    after = answer.nextCursor;
  }
}

export function getDocument(id: string): Promise<DocumentDetail> {
  return callApi({ method: 'GET', url: documentUrl(id), response: documentDetailSchema });
}

export function saveDocument(input: { id: string; expectedVersion: number; body: PerformanceDocument }): Promise<DocumentView> {
  return callApi({ method: 'PUT', url: documentUrl(input.id), body: { expectedVersion: input.expectedVersion, body: input.body }, response: documentViewSchema });
}

export function uploadDocument(input: UploadBody & { fileName: string }): Promise<UploadResponse> {
  return callApi({ method: 'POST', url: '/api/documents/upload', body: input, response: uploadResponseSchema });
}

export function createSelfEvaluation(input: { year: number }): Promise<DocumentView> {
  return callApi({ method: 'POST', url: '/api/documents/self-evaluations', body: input, response: documentViewSchema });
}

export function createTargetTable(input: CreateTargetTableBody): Promise<DocumentView> {
  return callApi({ method: 'POST', url: '/api/documents/target-tables', body: input, response: documentViewSchema });
}

export function createProjectTargetTable(input: CreateProjectTargetTableBody): Promise<DocumentView> {
  return callApi({ method: 'POST', url: '/api/documents/project-target-tables', body: input, response: documentViewSchema });
}

export function createEvaluationReport(input: { year: number }): Promise<DocumentView> {
  return callApi({ method: 'POST', url: '/api/documents/evaluation-reports', body: input, response: documentViewSchema });
}

export function transitionDocument(id: string, request: TransitionBody): Promise<TransitionResponse> {
  return callApi({ method: 'POST', url: documentUrl(id, '/transitions'), body: request, response: transitionResponseSchema });
}

export function addOpinion(id: string, opinion: ReviewOpinion): Promise<AddedOpinion> {
  return callApi({ method: 'POST', url: documentUrl(id, '/opinions'), body: opinion, response: addedOpinionSchema });
}

/** A page of a document's history: the newest entries first; pass `cursor` (nextCursor) for older ones. */
export function getHistory(id: string, page: { cursor?: string } = {}): Promise<DocumentHistory> {
  const query = page.cursor === undefined ? '' : `?cursor=${encodeURIComponent(page.cursor)}`;
  return callApi({ method: 'GET', url: documentUrl(id, `/history${query}`), response: historySchema });
}

export function listPublicDocuments(filter: DocumentFilter = {}): Promise<DocumentPage> {
  return callApi({ method: 'GET', url: `/api/public/documents${toQuery(filter)}`, response: documentPageSchema });
}
