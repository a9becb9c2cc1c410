/** Typed calls of the monitoring-round and 整改 API; shapes come from contract/ (z.infer), never written again. */
import type { z } from 'zod';
import {
  roundDetailSchema,
  type OpeningPreview,
  type OpenRoundRequest,
  type OpenRoundResponse,
  type Reminder,
  type RoundDetail,
  type RoundEntriesQueryInput,
  type RoundOverview,
  type RoundSummary,
  type roundListSchema,
} from '../../../contract/monitoring-rounds.ts';
import { roundRollupSchema, type RoundRollup } from '../../../contract/monitoring-rollup.ts';
import type { AnswerRequest, IssueNoticeRequest, Ledger, NoticeDetail, NoticeSummary } from '../../../contract/rectification.ts';
import type { MonitoringConclusion } from '../../../core/monitoring/conclusion.ts';
import { callApi, requestJson } from '../../lib/api-client.ts';

const at = (id: string) => encodeURIComponent(id);

export function listRounds(): Promise<z.infer<typeof roundListSchema>> {
  return requestJson('GET', '/api/monitoring-rounds');
}
export function openRound(request: OpenRoundRequest): Promise<OpenRoundResponse> {
  return requestJson('POST', '/api/monitoring-rounds', request);
}
/** Before opening: how many tables a round of `year` would generate, for how many units, and which years have approved targets. */
export function previewOpening(year: number): Promise<OpeningPreview> {
  return requestJson('GET', `/api/monitoring-rounds/opening-preview?year=${year}`);
}
/** The round's counts and one page of its entries meeting the filters (the server pages; defaults: page 1 of 50). */
export function getRound(id: string, query: RoundEntriesQueryInput = {}): Promise<RoundDetail> {
  return callApi({ method: 'GET', url: `/api/monitoring-rounds/${at(id)}${toQueryString(query)}`, response: roundDetailSchema });
}

/** `?a=1&b=2` of the fields that are set; '' when none is. */
export function toQueryString(query: Record<string, string | number | boolean | undefined | null>): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') parameters.set(key, String(value));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}
/** The overview by level: the children of `under` (default: the user's own organisation) with their sums. */
export function getRoundRollup(id: string, under?: string): Promise<RoundRollup> {
  return callApi({ method: 'GET', url: `/api/monitoring-rounds/${at(id)}/rollup${under ? `?under=${at(under)}` : ''}`, response: roundRollupSchema });
}
export function recordConclusion(input: { roundId: string; documentId: string; conclusion: MonitoringConclusion; note?: string | null }): Promise<RoundDetail> {
  return requestJson('PUT', `/api/monitoring-rounds/${at(input.roundId)}/tables/${at(input.documentId)}/conclusion`, { conclusion: input.conclusion, note: input.note ?? null });
}
export function remindUnit(input: { roundId: string; organisationId: string }): Promise<Reminder> {
  return requestJson('POST', `/api/monitoring-rounds/${at(input.roundId)}/reminders`, { organisationId: input.organisationId });
}
export function listOwnReminders(): Promise<{ items: Reminder[] }> {
  return requestJson('GET', '/api/monitoring-reminders');
}
export function listOrganisations(): Promise<{ items: { id: string; parentId: string | null; kind: string; name: string; path: string[] }[] }> {
  return requestJson('GET', '/api/organisations');
}

export function issueNotice(request: IssueNoticeRequest): Promise<NoticeDetail> {
  return requestJson('POST', '/api/rectification-notices', request);
}
export function listNotices(): Promise<{ items: NoticeSummary[] }> {
  return requestJson('GET', '/api/rectification-notices');
}
export function getNotice(id: string): Promise<NoticeDetail> {
  return requestJson('GET', `/api/rectification-notices/${at(id)}`);
}
export function answerItem(input: { noticeId: string; itemId: string; request: AnswerRequest }): Promise<NoticeDetail> {
  return requestJson('POST', `/api/rectification-notices/${at(input.noticeId)}/items/${at(input.itemId)}/answer`, input.request);
}
export function reviewItem(input: { noticeId: string; itemId: string; decision: 'accept' | 'return'; reason?: string | null }): Promise<NoticeDetail> {
  return requestJson('POST', `/api/rectification-notices/${at(input.noticeId)}/items/${at(input.itemId)}/review`, { decision: input.decision, reason: input.reason ?? null });
}
export function getLedger(): Promise<Ledger> {
  return requestJson('GET', '/api/rectification-ledger');
}
export function attachmentUrl(noticeId: string, itemId: string): string {
  return `/api/rectification-notices/${at(noticeId)}/items/${at(itemId)}/attachment`;
}

export type { RoundRollup, RoundDetail, RoundEntriesQueryInput, RoundOverview, RoundSummary, NoticeDetail, NoticeSummary, Ledger, Reminder };
