/** The public, login-free reads (server/http/public.routes.ts). */
import { documentPageSchema, publicDocumentSchema, type DocumentPage, type PublicDocument } from '../../../contract/documents.ts';
import { callApi } from '../../lib/api-client.ts';

export type { PublicDocument };

export interface PublicFilter {
  year?: number;
  kind?: string;
  /** Text in the unit's or project's name. */
  search?: string;
  page?: number;
  pageSize?: number;
}

export function listPublishedDocuments(filter: PublicFilter): Promise<DocumentPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return callApi({ method: 'GET', url: `/api/public/documents?${query.toString()}`, response: documentPageSchema });
}

export function getPublishedDocument(id: string): Promise<PublicDocument> {
  return callApi({ method: 'GET', url: `/api/public/documents/${encodeURIComponent(id)}`, response: publicDocumentSchema });
}
