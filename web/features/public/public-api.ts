/** The public, login-free reads (server/http/public.routes.ts). */
import type { PerformanceDocument } from '../../../core/model.ts';
import { requestJson } from '../../lib/api-client.ts';
import type { DocumentPage, DocumentSummary } from '../../lib/api-types.ts';

export interface PublicDocument extends DocumentSummary {
  createdAt: string;
  body: PerformanceDocument;
}

export interface PublicFilter {
  year?: number;
  kind?: string;
  page?: number;
  pageSize?: number;
}

export function listPublishedDocuments(filter: PublicFilter): Promise<DocumentPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return requestJson('GET', `/api/public/documents?${query.toString()}`);
}

export function getPublishedDocument(id: string): Promise<PublicDocument> {
  return requestJson('GET', `/api/public/documents/${encodeURIComponent(id)}`);
}
