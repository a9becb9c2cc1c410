/** Typed calls of the document API (server/http/documents.routes.ts, public.routes.ts). */
import type { PerformanceDocument } from '../../core/model.ts';
import type { ReviewOpinion } from '../../core/review/index.ts';
import { requestJson } from './api-client.ts';
import type {
  DocumentDetail,
  DocumentFilter,
  DocumentHistory,
  DocumentPage,
  DocumentView,
  Opinion,
  TransitionRequest,
  TransitionResult,
  UploadResult,
} from './api-types.ts';

function toQuery(filter: DocumentFilter): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export function listDocuments(filter: DocumentFilter = {}): Promise<DocumentPage> {
  return requestJson('GET', `/api/documents${toQuery({ pageSize: 100, ...filter })}`);
}

export function getDocument(id: string): Promise<DocumentDetail> {
  return requestJson('GET', `/api/documents/${encodeURIComponent(id)}`);
}

export function saveDocument(input: {
  id: string;
  expectedVersion: number;
  body: PerformanceDocument;
}): Promise<DocumentView> {
  return requestJson('PUT', `/api/documents/${encodeURIComponent(input.id)}`, {
    expectedVersion: input.expectedVersion,
    body: input.body,
  });
}

export function uploadDocument(input: {
  text: string;
  fileName: string;
  year?: number | null;
}): Promise<UploadResult> {
  return requestJson('POST', '/api/documents/upload', input);
}

export function createSelfEvaluation(input: { year: number }): Promise<DocumentView> {
  return requestJson('POST', '/api/documents/self-evaluations', input);
}

export function createTargetTable(input: { year: number; from: 'blank' | 'last-year' }): Promise<DocumentView> {
  return requestJson('POST', '/api/documents/target-tables', input);
}

export function createEvaluationReport(input: { year: number }): Promise<DocumentView> {
  return requestJson('POST', '/api/documents/evaluation-reports', input);
}

export function transitionDocument(id: string, request: TransitionRequest): Promise<TransitionResult> {
  return requestJson('POST', `/api/documents/${encodeURIComponent(id)}/transitions`, request);
}

export function addOpinion(
  id: string,
  opinion: ReviewOpinion,
): Promise<Omit<Opinion, 'revision' | 'actorName'>> {
  return requestJson('POST', `/api/documents/${encodeURIComponent(id)}/opinions`, opinion);
}

/** A page of a document's history: the newest entries first; pass `cursor` (nextCursor) for older ones. */
export function getHistory(id: string, page: { cursor?: string } = {}): Promise<DocumentHistory> {
  const query = page.cursor === undefined ? '' : `?cursor=${encodeURIComponent(page.cursor)}`;
  return requestJson('GET', `/api/documents/${encodeURIComponent(id)}/history${query}`);
}

export function listPublicDocuments(filter: DocumentFilter = {}): Promise<DocumentPage> {
  return requestJson('GET', `/api/public/documents${toQuery(filter)}`);
}
