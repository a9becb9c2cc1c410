/** Typed calls of the 评价结果通报 and 结果应用 API; shapes come from contract/results.ts (z.infer). */
import type { z } from 'zod';
import type {
  ApplicationList,
  ApplicationRecordView,
  DocumentApplications,
  PublicResultsNotice,
  publicResultsNoticeListSchema,
  ResultsNoticeView,
  SaveApplicationBody,
} from '../../../contract/results.ts';
import { requestJson } from '../../lib/api-client.ts';

export function getResultsNotice(year: number): Promise<ResultsNoticeView> {
  return requestJson('GET', `/api/results-notices/${year}`);
}
export function publishResultsNotice(year: number): Promise<ResultsNoticeView> {
  return requestJson('POST', `/api/results-notices/${year}/publish`);
}
export function buildNoticeExportUrl(year: number, format: 'docx' | 'xlsx'): string {
  return `/api/results-notices/${year}/export?format=${format}`;
}
export function listApplications(year: number): Promise<ApplicationList> {
  return requestJson('GET', `/api/results-applications/${year}`);
}
export function saveApplication(input: { year: number; organisationId: string; body: SaveApplicationBody }): Promise<ApplicationRecordView> {
  return requestJson('PUT', `/api/results-applications/${input.year}/${encodeURIComponent(input.organisationId)}`, input.body);
}
export function listDocumentApplications(documentId: string): Promise<DocumentApplications> {
  return requestJson('GET', `/api/documents/${encodeURIComponent(documentId)}/results-applications`);
}
export function listPublicNotices(): Promise<z.infer<typeof publicResultsNoticeListSchema>> {
  return requestJson('GET', '/api/public/results-notices');
}
export function getPublicNotice(year: number): Promise<PublicResultsNotice> {
  return requestJson('GET', `/api/public/results-notices/${year}`);
}
